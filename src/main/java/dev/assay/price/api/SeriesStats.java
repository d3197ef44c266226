package dev.assay.price.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;

import dev.assay.price.calc.WindowStatistics;

/** The GraphQL type of {@link WindowStatistics}: the same figures, described for the schema. */
@Description("Statistics of the prints in a window. Prices are in the index's unit; percentages are full precision.")
public record SeriesStats(
        @Description("Date of the first print in the window.") LocalDate from,
        @Description("Date of the last print in the window.") LocalDate to,
        @Description("Number of prints in the window.") int count,
        @Description("Value of the first print.") BigDecimal first,
        @Description("Value of the last print.") BigDecimal last,
        @Description("Lowest value.") BigDecimal min,
        @Description("Date of the lowest value (the earliest, if repeated).") LocalDate minDate,
        @Description("Highest value.") BigDecimal max,
        @Description("Date of the highest value (the earliest, if repeated).") LocalDate maxDate,
        @Description("Arithmetic mean of the values.") BigDecimal mean,
        @Description("Sample standard deviation of print-to-print returns, in percent, not annualised; null with "
                + "fewer than 3 prints.") BigDecimal volatility,
        @Description("Largest peak-to-trough fall, in percent (zero or negative).") BigDecimal maxDrawdown,
        @Description("Compound annual growth rate from first to last print, in percent per year; null over less "
                + "than a day.") BigDecimal cagr) {

    static SeriesStats of(WindowStatistics s) {
        return new SeriesStats(s.from(), s.to(), s.count(), s.first(), s.last(), s.min(), s.minDate(), s.max(),
                s.maxDate(), s.mean(), s.volatility(), s.maxDrawdown(), s.cagr());
    }
}
