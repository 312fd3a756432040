package org.igkit.assurance.dspt;

import org.igkit.core.error.ValidationException;

/**
 * One standard (NDG track) or contributing outcome (CAF track), as data with its source.
 *
 * @param framework the framework
 * @param id        its id, e.g. {@code NDG3} or {@code A1.a}
 * @param title     its title
 * @param source    where it was read
 * @param url       the source's address
 */
public record DsptStandard(DsptFramework framework, String id, String title, String source, String url) {
    public DsptStandard {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(framework != null, "framework", "is required: NDG10 or CAF", null);
        problems.require(id != null && !id.isBlank(), "id", "must not be blank", id);
        problems.require(title != null && !title.isBlank(), "title", "must not be blank", title);
        problems.require(source != null && !source.isBlank(), "source", "must name where the standard was read", source);
        problems.throwIfAny();
    }
}
