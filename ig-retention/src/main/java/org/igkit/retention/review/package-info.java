/**
 * Reviews: a person's recorded decision when a record reaches its review date. The latest review applies and
 * can only extend retention, never bring disposal before the schedule's minimum.
 */
package org.igkit.retention.review;
