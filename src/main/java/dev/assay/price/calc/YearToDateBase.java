package dev.assay.price.calc;

/** Where a year-to-date change is measured from: the publisher's convention depends on how often an index prints. */
public enum YearToDateBase {
    /** The first print of the current year (weekly and biweekly indices). */
    FIRST_PRINT_OF_YEAR,
    /** The last print of the prior year (monthly and slower indices). */
    LAST_PRINT_OF_PRIOR_YEAR
}
