/** Retention: rules, schedules, the calculator, legal holds, reviews and disposal. */
package org.igkit.retention;
