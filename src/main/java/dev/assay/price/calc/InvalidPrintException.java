package dev.assay.price.calc;

/** A print breaks one of the {@link PrintRules}: says which field and what is wrong. */
public class InvalidPrintException extends IllegalArgumentException {

    private final String field;

    public InvalidPrintException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The field concerned: {@code date} or {@code value}. */
    public String field() {
        return field;
    }
}
