package dev.assay.ingest.feed;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** The rules every feed applies to a print's commodity, date and value, whatever the file format. */
final class PriceFields {

    static final String COMMODITY = "commodity";
    static final String DATE = "date";
    static final String VALUE = "value";

    /** The column that stores prints allows no more decimals than this. */
    static final int MAX_DECIMALS = 6;

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DATE_FORM = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    // Digits with an optional fraction: no exponent, no grouping, no NaN; the sign is only so "-3" gets a clearer error.
    private static final Pattern DECIMAL = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final int SHOWN_LENGTH = 40;

    private PriceFields() {
    }

    static String commodity(String text, int line) {
        requireNotEmpty(text, line, COMMODITY);
        if (!SLUG.matcher(text).matches()) {
            throw new FeedFormatException(line, COMMODITY, shown(text)
                    + " is not a commodity slug (lowercase letters and digits, words joined by single hyphens)");
        }
        return text;
    }

    static LocalDate date(String text, int line, LocalDate today) {
        requireNotEmpty(text, line, DATE);
        if (!DATE_FORM.matcher(text).matches()) {
            throw new FeedFormatException(line, DATE, shown(text) + " is not a date in the form yyyy-MM-dd");
        }
        LocalDate date;
        try {
            date = LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10),
                    Integer.parseInt(text, 8, 10, 10));
        } catch (DateTimeException e) {
            throw new FeedFormatException(line, DATE, shown(text) + " is not a valid calendar date", e);
        }
        if (date.isAfter(today)) {
            throw new FeedFormatException(line, DATE, shown(text) + " is after today (" + today + ")");
        }
        return date;
    }

    /** The value exactly as written: the decimal is built from the text, never through a double. */
    static BigDecimal value(String text, int line) {
        requireNotEmpty(text, line, VALUE);
        if (!DECIMAL.matcher(text).matches()) {
            throw new FeedFormatException(line, VALUE, shown(text) + " is not a decimal number");
        }
        return value(new BigDecimal(text), text, line);
    }

    /** Checks a value already read exactly; {@code text} is how the file wrote it. */
    static BigDecimal value(BigDecimal value, String text, int line) {
        if (value.signum() <= 0) {
            throw new FeedFormatException(line, VALUE, shown(text) + " must be greater than zero");
        }
        if (value.scale() > MAX_DECIMALS) {
            throw new FeedFormatException(line, VALUE, shown(text) + " has " + value.scale()
                    + " decimal places; at most " + MAX_DECIMALS + " are allowed");
        }
        return value;
    }

    /** The text in quotes for a message, shortened when long. */
    static String shown(String text) {
        String body = text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "..." : text;
        return "'" + body + "'";
    }

    private static void requireNotEmpty(String text, int line, String field) {
        if (text.isEmpty()) {
            throw new FeedFormatException(line, field, "is empty");
        }
    }
}
