package dev.assay.graphql;

/** Validates the page-size arguments of a connection against the page cap. */
public final class PageSize {

    /** The largest page any list answers with. */
    public static final int MAX = 500;
    public static final int DEFAULT = 50;

    private PageSize() {
    }

    public static int of(Integer requested, String argument) throws BadUserInputException {
        if (requested == null) {
            return DEFAULT;
        }
        if (requested < 0) {
            throw new BadUserInputException(argument, "must not be negative, was " + requested);
        }
        if (requested > MAX) {
            throw new BadUserInputException(argument, "at most " + MAX + " items per page, was " + requested);
        }
        return requested;
    }
}
