package dev.assay.price.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.commodity.Commodity;

/** Several series aligned on their common dates, for charts, with their pairwise correlations. */
@Description("Several series aligned on the dates they all have a print for, with pairwise correlations.")
public class Comparison {

    @NonNull
    @Description("The dates every compared series has a print for, ascending.")
    public final List<@NonNull LocalDate> dates;

    @NonNull
    @Description("One entry per requested commodity, in the order requested, its values aligned with `dates`.")
    public final List<@NonNull ComparedSeries> series;

    @NonNull
    @Description("Pearson correlation of the period returns of each pair of series, over the common dates.")
    public final List<@NonNull Correlation> correlations;

    Comparison(List<LocalDate> dates, List<ComparedSeries> series, List<Correlation> correlations) {
        this.dates = dates;
        this.series = series;
        this.correlations = correlations;
    }

    /** One series of a comparison. */
    @Description("One series of a comparison.")
    public static class ComparedSeries {

        @NonNull
        @Description("The compared commodity.")
        public final Commodity commodity;

        @NonNull
        @Description("Its values on the comparison's dates.")
        public final List<@NonNull BigDecimal> values;

        ComparedSeries(Commodity commodity, List<BigDecimal> values) {
            this.commodity = commodity;
            this.values = values;
        }
    }

    /** The correlation of two compared series. */
    @Description("The correlation of two compared series' period returns; null with fewer than 3 common dates.")
    public static class Correlation {

        @NonNull
        @Description("Slug of the first commodity.")
        public final String first;

        @NonNull
        @Description("Slug of the second commodity.")
        public final String second;

        @Description("Pearson coefficient between -1 and 1.")
        public final BigDecimal coefficient;

        Correlation(String first, String second, BigDecimal coefficient) {
            this.first = first;
            this.second = second;
            this.coefficient = coefficient;
        }
    }
}
