package org.igkit.core.csv;

/**
 * Keeps spreadsheet formulas out of the CSV igkit writes (OWASP "CSV Injection"): a cell that Excel, LibreOffice
 * or Google Sheets would run as a formula, one starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a
 * carriage return, is written with a leading {@code '} and quoted, so it shows as text. The public asset register
 * is downloadable by anyone and the RoPA is opened in Excel by DPOs, so a value typed into a field must never run.
 *
 * <p>{@link #unprotect} is the exact inverse of {@link #protect}: a cell that already starts with apostrophes
 * before a formula character gains one more, and reading takes one off, so text survives a write and a read
 * unchanged, whatever it starts with.
 */
public final class FormulaGuard {
    private FormulaGuard() {
    }

    /** {@code cell}, with a leading {@code '} when a spreadsheet would read it as a formula. */
    public static String protect(String cell) {
        return needsGuard(cell) ? "'" + cell : cell;
    }

    /** True when {@link #protect} changes {@code cell}: it then must be quoted too. */
    public static boolean needsGuard(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) == '\'') {
            i++;
        }
        return i < cell.length() && isTrigger(cell.charAt(i));
    }

    /** {@code cell} as it was before {@link #protect}. */
    public static String unprotect(String cell) {
        return cell.startsWith("'") && needsGuard(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean isTrigger(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
