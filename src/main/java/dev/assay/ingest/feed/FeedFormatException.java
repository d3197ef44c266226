package dev.assay.ingest.feed;

/** Thrown when a feed file cannot be read: says what was wrong, on which line and in which field. */
public class FeedFormatException extends RuntimeException {

    private final int line;
    private final String field;
    private final String problem;

    /**
     * @param line    1-based line of the problem, 0 when it concerns no particular line
     * @param field   the field or column concerned, null when none
     * @param problem what was wrong, e.g. {@code "'12,5' is not a decimal number"}
     */
    public FeedFormatException(int line, String field, String problem) {
        this(line, field, problem, null);
    }

    public FeedFormatException(int line, String field, String problem, Throwable cause) {
        super(where(line, field) + problem, cause);
        this.line = line;
        this.field = field;
        this.problem = problem;
    }

    /** The 1-based line of the problem, or 0 when it concerns no particular line. */
    public int line() {
        return line;
    }

    /** The field or column concerned, or null. */
    public String field() {
        return field;
    }

    /** The message without its location. */
    public String problem() {
        return problem;
    }

    private static String where(int line, String field) {
        if (line > 0 && field != null) {
            return "line " + line + ", field " + field + ": ";
        }
        if (line > 0) {
            return "line " + line + ": ";
        }
        return field != null ? "field " + field + ": " : "";
    }
}
