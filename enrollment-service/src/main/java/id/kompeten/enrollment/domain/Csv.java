package id.kompeten.enrollment.domain;

import java.util.List;

/**
 * Writes RFC 4180 CSV: comma separated, CRLF line ends, a cell quoted when it holds a comma, quote or line break, and
 * no cell that a spreadsheet opening the file would run as a formula (CSV injection).
 */
public final class Csv {

    private Csv() {
    }

    /** The header row and the rows, each line ending in CRLF. */
    public static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String cell(String text) {
        if (text == null) {
            return "";
        }
        // A text cell that a spreadsheet would run as a formula (=, +, -, @, tab, CR first) gets a leading
        // apostrophe, which spreadsheets show as text: course and provider names come from other people.
        String value = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0) {
            return '"' + value.replace("\"", "\"\"") + '"';
        }
        return value;
    }
}
