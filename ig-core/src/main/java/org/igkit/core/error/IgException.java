package org.igkit.core.error;

/** The unchecked root of every error igkit raises on purpose. */
public class IgException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public IgException(String message) {
        super(message);
    }

    public IgException(String message, Throwable cause) {
        super(message, cause);
    }
}
