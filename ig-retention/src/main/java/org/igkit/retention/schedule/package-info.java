/**
 * Retention schedules as versioned data: {@link org.igkit.retention.schedule.Schedule}s of
 * {@link org.igkit.retention.schedule.ScheduleEntry}s (a rule, a disposal action, the source's wording, citations,
 * validity dates and the disposal authority), referenced by {@link org.igkit.retention.schedule.EntryRef}, loaded from
 * CSV by {@link org.igkit.retention.schedule.ScheduleCsv}, with two sample schedules in
 * {@link org.igkit.retention.schedule.SampleSchedules}.
 */
package org.igkit.retention.schedule;
