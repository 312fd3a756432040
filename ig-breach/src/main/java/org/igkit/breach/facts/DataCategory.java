package org.igkit.breach.facts;

/**
 * The four ENISA data categories with their basic data processing context (DPC) score (ENISA 2013, Annex 1,
 * Table 1). Credentials are no category of their own: score them by the data the system they open holds.
 */
public enum DataCategory {
    /** Biographical data, contact details, full name, education, family life, professional experience. */
    SIMPLE(1),
    /** Location, traffic data, personal preferences and habits. */
    BEHAVIOURAL(2),
    /** Income, transactions, bank statements, investments, credit cards, invoices, social welfare data. */
    FINANCIAL(3),
    /** Health, political affiliation, sexual life, and (our reading) every UK GDPR Art 9 and Art 10 category. */
    SENSITIVE(4);

    private final int basicScore;

    DataCategory(int basicScore) {
        this.basicScore = basicScore;
    }

    /** ENISA's preliminary basic score for this category, before the context adjusts it. */
    public int basicScore() {
        return basicScore;
    }
}
