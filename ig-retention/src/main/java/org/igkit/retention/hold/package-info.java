/**
 * Legal holds (litigation, inquiry preservation orders such as IICSA's): a hold in force blocks a record's
 * disposal action but never moves its due date.
 */
package org.igkit.retention.hold;
