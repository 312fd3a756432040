package org.igkit.core.explain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;
import java.util.Optional;

import org.igkit.core.error.ValidationException;

/**
 * The rule an explanation step applied: an instrument (statute, regulation or guidance document), the
 * provision within it, and optionally where to read it and a note (for example where sources disagree).
 *
 * @param instrument the instrument, e.g. "Freedom of Information Act 2000"
 * @param provision  the provision, e.g. "s.10(1)"; may be empty for a whole document
 * @param url        where the provision can be read, an absolute URI, or {@code null}
 * @param note       a remark on how the provision was read, or {@code null}
 */
public record Citation(String instrument, String provision, String url, String note) {

    public Citation {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(provision, "provision");
        if (instrument.isBlank()) {
            throw new ValidationException("instrument", "must not be blank", instrument);
        }
        if (url != null) {
            requireAbsoluteUri(url);
        }
    }

    /** A citation of a provision with no link and no note. */
    public static Citation of(String instrument, String provision) {
        return new Citation(instrument, provision, null, null);
    }

    /** A copy of this citation that links to {@code absoluteUrl}. */
    public Citation withUrl(String absoluteUrl) {
        return new Citation(instrument, provision, absoluteUrl, note);
    }

    /** A copy of this citation with a note on how it was read. */
    public Citation withNote(String remark) {
        return new Citation(instrument, provision, url, remark);
    }

    /** The link, if any. */
    public Optional<String> findUrl() {
        return Optional.ofNullable(url);
    }

    /** The note, if any. */
    public Optional<String> findNote() {
        return Optional.ofNullable(note);
    }

    /** "Freedom of Information Act 2000 s.10(1)". */
    @Override
    public String toString() {
        return provision.isEmpty() ? instrument : instrument + " " + provision;
    }

    private static void requireAbsoluteUri(String url) {
        try {
            if (!new URI(url).isAbsolute()) {
                throw new ValidationException("url", "must be an absolute URI", url);
            }
        } catch (URISyntaxException e) {
            throw new ValidationException("url", "must be a valid URI: " + e.getReason(), url);
        }
    }
}
