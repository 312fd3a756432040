package org.igkit.core.error;

import java.util.Objects;

/** Something looked up by id does not exist. */
public class NotFoundException extends IgException {
    private static final long serialVersionUID = 1L;

    private final String type;
    private final String id;

    /**
     * @param type what was looked for, in domain words ("information request", "schedule entry")
     * @param id   the id that was not found
     */
    public NotFoundException(String type, String id) {
        super(Objects.requireNonNull(type, "type") + " '" + id + "' was not found");
        this.type = type;
        this.id = id;
    }

    public String type() {
        return type;
    }

    public String id() {
        return id;
    }
}
