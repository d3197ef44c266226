package dev.assay.ingest.feed;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Splits CSV text into rows of fields (RFC 4180 quoting, CRLF or LF), skipping blank lines. It reads the text
 * through a fixed buffer, so a file of any length is split in constant memory.
 */
final class CsvRows {

    /** One row: the line it starts on and its fields, unquoted. */
    record Row(int line, List<String> fields) {
    }

    private static final char BOM = '\uFEFF';
    private static final int END = -1;

    private final Reader reader;
    private final char[] buffer = new char[1 << 16];
    private final StringBuilder field = new StringBuilder(32);
    private int length;
    private int pos;
    private int line = 1;
    private boolean started;

    CsvRows(Reader reader) {
        this.reader = reader;
    }

    /**
     * The next row that is not blank, or null at the end of the text; {@code fieldName} names the field at
     * a position for error messages (null when it has no name).
     */
    Row next(IntFunction<String> fieldName) throws IOException {
        if (!started) {
            started = true;
            if (peek() == BOM) {
                pos++;
            }
        }
        while (peek() != END) {
            int start = line;
            List<String> fields = new ArrayList<>(4);
            boolean quotedAny = false;
            while (true) {
                boolean quoted = peek() == '"';
                quotedAny |= quoted;
                fields.add(quoted ? quotedField(fields.size(), fieldName) : plainField(fields.size(), fieldName));
                if (peek() == ',') {
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

    private String plainField(int index, IntFunction<String> fieldName) throws IOException {
        field.setLength(0);
        while (true) {
            if (pos == length && !fill()) {
                break;
            }
            int start = pos;
            while (pos < length) {
                char c = buffer[pos];
                if (c == ',' || c == '\n' || c == '\r') {
                    field.append(buffer, start, pos - start);
                    return field.toString();
                }
                if (c == '"') {
                    throw new FeedFormatException(line, fieldName.apply(index),
                            "a quote inside an unquoted field; quote the whole field and double the inner quotes");
                }
                pos++;
            }
            field.append(buffer, start, pos - start);
        }
        return field.toString();
    }

    private String quotedField(int index, IntFunction<String> fieldName) throws IOException {
        int startLine = line;
        field.setLength(0);
        pos++;
        while (true) {
            int c = read();
            if (c == END) {
                throw new FeedFormatException(startLine, fieldName.apply(index),
                        "a quoted field is not closed before the end of the file");
            }
            if (c == '"') {
                if (peek() == '"') {
                    field.append('"');
                    pos++;
                    continue;
                }
                break;
            }
            if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            field.append((char) c);
        }
        int after = peek();
        if (after != END && after != ',' && after != '\n' && after != '\r') {
            throw new FeedFormatException(line, fieldName.apply(index),
                    "unexpected " + PriceFields.shown(String.valueOf((char) after)) + " after the closing quote");
        }
        return field.toString();
    }

    private void endOfLine() throws IOException {
        int c = peek();
        if (c == END) {
            return;
        }
        if (c == '\r') {
            pos++;
        }
        if (peek() == '\n') {
            pos++;
        }
        line++;
    }

    private int peek() throws IOException {
        return pos < length || fill() ? buffer[pos] : END;
    }

    private int read() throws IOException {
        return pos < length || fill() ? buffer[pos++] : END;
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = reader.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            length = 0;
            pos = 0;
            return false;
        }
        length = read;
        pos = 0;
        return true;
    }
}
