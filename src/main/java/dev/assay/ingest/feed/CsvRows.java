package dev.assay.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/** Splits CSV text into rows of fields (RFC 4180 quoting, CRLF or LF), skipping blank lines. */
final class CsvRows {

    /** One row: the line it starts on and its fields, unquoted. */
    record Row(int line, List<String> fields) {
    }

    private static final char BOM = '\uFEFF';

    private final String text;
    private int pos;
    private int line = 1;

    CsvRows(String text) {
        this.text = text;
        this.pos = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
    }

    /**
     * The next row that is not blank, or null at the end of the text; {@code fieldName} names the field at
     * a position for error messages (null when it has no name).
     */
    Row next(IntFunction<String> fieldName) {
        while (pos < text.length()) {
            int start = line;
            List<String> fields = new ArrayList<>(4);
            boolean quotedAny = false;
            while (true) {
                boolean quoted = pos < text.length() && text.charAt(pos) == '"';
                quotedAny |= quoted;
                fields.add(quoted ? quotedField(fields.size(), fieldName) : plainField(fields.size(), fieldName));
                if (pos < text.length() && text.charAt(pos) == ',') {
                    pos++;
                    continue;
                }
                endOfLine();
                break;
            }
            if (quotedAny || fields.size() > 1 || !fields.get(0).isBlank()) {
                return new Row(start, fields);
            }
        }
        return null;
    }

    private String plainField(int index, IntFunction<String> fieldName) {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == ',' || c == '\n' || c == '\r') {
                break;
            }
            if (c == '"') {
                throw new FeedFormatException(line, fieldName.apply(index),
                        "a quote inside an unquoted field; quote the whole field and double the inner quotes");
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private String quotedField(int index, IntFunction<String> fieldName) {
        int startLine = line;
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= text.length()) {
                throw new FeedFormatException(startLine, fieldName.apply(index),
                        "a quoted field is not closed before the end of the file");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                if (pos < text.length() && text.charAt(pos) == '"') {
                    value.append('"');
                    pos++;
                    continue;
                }
                break;
            }
            if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
                line++;
            }
            value.append(c);
        }
        if (pos < text.length()) {
            char after = text.charAt(pos);
            if (after != ',' && after != '\n' && after != '\r') {
                throw new FeedFormatException(line, fieldName.apply(index),
                        "unexpected " + PriceFields.shown(String.valueOf(after)) + " after the closing quote");
            }
        }
        return value.toString();
    }

    private void endOfLine() {
        if (pos >= text.length()) {
            return;
        }
        if (text.charAt(pos) == '\r') {
            pos++;
        }
        if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
    }
}
