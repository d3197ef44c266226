package dev.assay.commodity;

import java.util.Arrays;

import org.eclipse.microprofile.graphql.Description;

import dev.assay.price.calc.YearToDateBase;

/** How often a price index is assessed, with the publisher's codes and display text. */
@Description("How often a price index is assessed.")
public enum UpdateFrequency {
    WEEKLY("1wk", "Updated every week"),
    BIWEEKLY("2wk", "Updated every 2 weeks"),
    MONTHLY("monthly", "Updated every month"),
    QUARTERLY("quarterly", "Updated every quarter");

    private final String code;
    private final String defaultText;

    UpdateFrequency(String code, String defaultText) {
        this.code = code;
        this.defaultText = defaultText;
    }

    /** The publisher's short code, as printed in the ticker ({@code 1wk}, {@code 2wk}, {@code monthly}). */
    public String code() {
        return code;
    }

    public String defaultText() {
        return defaultText;
    }

    /**
     * The publisher's year-to-date convention: weekly and biweekly indices measure from the first
     * print of the current year, monthly and slower ones from the last print of the prior year.
     */
    public YearToDateBase yearToDateBase() {
        return this == WEEKLY || this == BIWEEKLY ? YearToDateBase.FIRST_PRINT_OF_YEAR
                : YearToDateBase.LAST_PRINT_OF_PRIOR_YEAR;
    }

    public static UpdateFrequency fromCode(String code) {
        return Arrays.stream(values())
                .filter(f -> f.code.equalsIgnoreCase(code) || f.name().equalsIgnoreCase(code))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown update frequency '" + code + "'"));
    }
}
