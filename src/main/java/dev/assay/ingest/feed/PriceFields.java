package dev.assay.ingest.feed;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import dev.assay.common.Slugs;
import dev.assay.price.calc.PrintRules;

/**
 * Reads a print's commodity, date and value from the text of a feed, whatever the file format, and applies the
 * {@link PrintRules} every writer of prints applies. Feeds hold millions of rows, so the checks are written out
 * rather than matched with regular expressions; one instance reads one file (it remembers the slugs it checked).
 */
final class PriceFields {

    static final String COMMODITY = "commodity";
    static final String DATE = "date";
    static final String VALUE = "value";

    private static final int SHOWN_LENGTH = 40;
    private static final int REMEMBERED_SLUGS = 10_000;

    private final LocalDate today;
    private final Set<String> checkedSlugs = new HashSet<>();

    PriceFields(LocalDate today) {
        this.today = today;
    }

    String commodity(String text, int line) {
        requireNotEmpty(text, line, COMMODITY);
        if (checkedSlugs.contains(text)) {
            return text;
        }
        if (!Slugs.isValid(text)) {
            throw new FeedFormatException(line, COMMODITY, shown(text)
                    + " is not a commodity slug (lowercase letters and digits, words joined by single hyphens)");
        }
        if (checkedSlugs.size() < REMEMBERED_SLUGS) {
            checkedSlugs.add(text);
        }
        return text;
    }

    LocalDate date(String text, int line) {
        requireNotEmpty(text, line, DATE);
        if (!isIsoDateForm(text)) {
            throw new FeedFormatException(line, DATE, shown(text) + " is not a date in the form yyyy-MM-dd");
        }
        LocalDate date;
        try {
            date = LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
        } catch (DateTimeException e) {
            throw new FeedFormatException(line, DATE, shown(text) + " is not a valid calendar date", e);
        }
        String problem = PrintRules.dateProblem(date, today);
        if (problem != null) {
            throw new FeedFormatException(line, DATE, shown(text) + " " + problem);
        }
        return date;
    }

    /** The value exactly as written: the decimal is built from the text, never through a double. */
    BigDecimal value(String text, int line) {
        requireNotEmpty(text, line, VALUE);
        if (!isPlainDecimal(text)) {
            throw new FeedFormatException(line, VALUE, shown(text) + " is not a decimal number");
        }
        return value(new BigDecimal(text), text, line);
    }

    /** Checks a value already read exactly; {@code text} is how the file wrote it. */
    BigDecimal value(BigDecimal value, String text, int line) {
        String problem = PrintRules.valueProblem(value);
        if (problem != null) {
            throw new FeedFormatException(line, VALUE, shown(text) + " " + problem);
        }
        return value;
    }

    /** The text in quotes for a message, shortened when long. */
    static String shown(String text) {
        String body = text.length() > SHOWN_LENGTH ? text.substring(0, SHOWN_LENGTH) + "..." : text;
        return "'" + body + "'";
    }

    /** {@code dddd-dd-dd}. */
    private static boolean isIsoDateForm(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && !isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Digits with an optional fraction: no exponent, no grouping, no NaN, no plus sign. A leading minus is let
     * through, so that "-3" is told it must be greater than zero rather than that it is not a number.
     */
    private static boolean isPlainDecimal(String text) {
        int i = text.charAt(0) == '-' ? 1 : 0;
        int integerStart = i;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == integerStart) {
            return false;
        }
        if (i == text.length()) {
            return true;
        }
        if (text.charAt(i) != '.') {
            return false;
        }
        int fractionStart = ++i;
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        return i > fractionStart && i == text.length();
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int digits(String text, int from, int to) {
        return Integer.parseInt(text, from, to, 10);
    }

    private static void requireNotEmpty(String text, int line, String field) {
        if (text.isEmpty()) {
            throw new FeedFormatException(line, field, "is empty");
        }
    }
}
