/**
 * The link between the Information Asset Register (ig-core) and the retention schedule: every asset's retention
 * reference must resolve to an entry of the schedule in force, and the register shows that entry's rule and
 * disposal action instead of free text.
 */
package org.igkit.retention.assets;
