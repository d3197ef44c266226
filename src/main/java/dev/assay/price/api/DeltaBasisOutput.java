package dev.assay.price.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;

import dev.assay.price.calc.DeltaBasis;

/** The GraphQL enum {@code DeltaBasis}: the calculated {@link DeltaBasis}, constant for constant, described. */
@Name("DeltaBasis")
@Description("What a change is measured against: the previous print, a fixed period back, the start of the year, "
        + "a year back, or a chosen window.")
public enum DeltaBasisOutput {
    PREVIOUS, WEEK, MONTH, QUARTER, HALF_YEAR, YEAR_TO_DATE, YEAR_ON_YEAR, WINDOW;

    static DeltaBasisOutput of(DeltaBasis basis) {
        return valueOf(basis.name());
    }
}
