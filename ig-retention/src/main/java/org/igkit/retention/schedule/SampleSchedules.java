package org.igkit.retention.schedule;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Two sample schedules shipped as resources, written from public sources named on each row: a school schedule
 * (after the IRMS Information Management Toolkit for Schools and related public guidance) and a council schedule
 * (after published council schedules and the statutes behind them). Rows whose wording was not verified against
 * the current edition are marked {@code verified=false}: check them before relying on them. Samples, not advice.
 */
public final class SampleSchedules {
    /** The id of the school sample. */
    public static final String SCHOOL_ID = "sample-school";
    /** The id of the council sample. */
    public static final String COUNCIL_ID = "sample-council";

    private SampleSchedules() {
    }

    /** The school sample schedule. */
    public static Schedule school() {
        return load(SCHOOL_ID, "Sample school retention schedule (England)",
                "IRMS Information Management Toolkit for Schools (2019) and public school and DfE guidance, as cited per row",
                "school-sample.csv");
    }

    /** The council sample schedule. */
    public static Schedule council() {
        return load(COUNCIL_ID, "Sample local authority retention schedule (England)",
                "Published council schedules (Derbyshire CC 6+ rule, Blackpool, Essex University HR) and the statutes they cite, as cited per row",
                "council-sample.csv");
    }

    private static Schedule load(String id, String title, String source, String resource) {
        try (InputStream in = SampleSchedules.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("sample schedule resource missing: " + resource);
            }
            return ScheduleCsv.read(id, title, source, new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
