package org.igkit.assurance.sharing;

import java.time.LocalDate;

import org.igkit.core.error.ValidationException;

/**
 * Something that brings an agreement's review forward (spec §2.3): a breach of the shared data, a significant
 * complaint, or a change of lawful basis, purpose, data items or parties (a change also needs the agreement
 * amended).
 *
 * @param kind what happened
 * @param on   when
 * @param note what, in words
 */
public record AgreementEvent(Kind kind, LocalDate on, String note) {
    /** The events the spec names. */
    public enum Kind {
        /** A breach involving the shared data. */
        BREACH(false),
        /** A significant complaint. */
        COMPLAINT(false),
        /** The lawful basis changed. */
        LAWFUL_BASIS_CHANGED(true),
        /** The purpose changed. */
        PURPOSE_CHANGED(true),
        /** The data items changed. */
        DATA_ITEMS_CHANGED(true),
        /** The parties changed. */
        PARTIES_CHANGED(true);

        private final boolean amendment;

        Kind(boolean amendment) {
            this.amendment = amendment;
        }

        /** True when the agreement must also be amended. */
        public boolean requiresAmendment() {
            return amendment;
        }
    }

    public AgreementEvent {
        ValidationException.Collector problems = ValidationException.collector();
        problems.require(kind != null, "kind", "is required", null);
        problems.require(on != null, "on", "is required", null);
        problems.require(note != null && !note.isBlank(), "note", "must not be blank", note);
        problems.throwIfAny();
    }
}
