package org.igkit.rest.console;

import java.util.Objects;
import java.util.Optional;

/**
 * What the layout around every page needs: the organisation named in the header ({@code ig.organisation.name}), the
 * page's title, and who is signed in (with the session's CSRF token for the sign-out form).
 *
 * @param organisation the organisation's name, shown in the header instead of a logo
 * @param title        the page's own title, first in the browser's title bar
 * @param signedIn     the signed-in caller, empty on public pages and for visitors
 */
public record Frame(String organisation, String title, Optional<SignedIn> signedIn) {
    public Frame {
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(signedIn, "signedIn");
    }

    /** A frame for a visitor (nobody signed in). */
    public static Frame visitor(String organisation, String title) {
        return new Frame(organisation, title, Optional.empty());
    }

    /** A frame for a signed-in caller. */
    public static Frame of(String organisation, String title, SignedIn signedIn) {
        return new Frame(organisation, title, Optional.of(signedIn));
    }

    /** The title bar text: the page, then the service, then the organisation. */
    public String pageTitle() {
        return title + " - igkit console - " + organisation;
    }

    /** The stylesheet of GOV.UK Frontend, at a path naming its version (so it may be cached for a year). */
    public String govukStylesheet() {
        return ConsoleAssets.govukStylesheetPath();
    }

    /**
     * A signed-in caller as pages show it.
     *
     * @param name  the key's fingerprint (never the key)
     * @param roles the roles, e.g. {@code DPO, READER}
     * @param csrf  the session's CSRF token, put in every form
     */
    public record SignedIn(String name, String roles, String csrf) {
    }
}
