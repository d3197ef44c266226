package dev.assay.price.calc;

/** What a price change is measured against. */
public enum DeltaBasis {
    PREVIOUS("Change since the previous print"),
    WEEK("Change over one week"),
    MONTH("Change over one month"),
    QUARTER("Change over three months"),
    HALF_YEAR("Change over six months"),
    YEAR_TO_DATE("Change since the start of the calendar year"),
    YEAR_ON_YEAR("Change over one year"),
    WINDOW("Change between two chosen dates");

    private final String description;

    DeltaBasis(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
