/**
 * Retention over HTTP: the stateless calculator ({@code /v1/retention/calculations}) and retention rules as JSON;
 * schedules ({@code /v1/schedules}), records ({@code /v1/records}, with their bulk import) and legal holds
 * ({@code /v1/holds}) over the retention register; and disposal. The JSON of facts and reviews is mapped to the
 * domain in one place, {@code RetentionInputs}, for all of them.
 */
package org.igkit.rest.retention;
