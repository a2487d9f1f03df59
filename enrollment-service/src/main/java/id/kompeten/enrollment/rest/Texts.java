package id.kompeten.enrollment.rest;

/** Shared shapes of request fields. */
final class Texts {

    /** Codes of units and positions: upper case letters, digits, '.', '_', '-', 2 to 50 characters. */
    static final String CODE = "[A-Z0-9][A-Z0-9._-]{1,49}";
    /** Phone numbers: digits, spaces, '+', '-', '(' and ')', at least one digit. */
    static final String PHONE = "\\+?[0-9 ()-]*[0-9][0-9 ()-]*";
    /** Generous bound on a number field: long enough for the printed grouping and for text to report on. */
    static final int NUMBER_MAX = 40;

    private Texts() {
    }

    /** The text with surrounding blanks removed; null when absent or blank. */
    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
