package dev.assay.price;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;

/**
 * Summary of a run of prints. Prices ({@code first}, {@code last}, {@code min}, {@code max}, {@code mean}) are in
 * index units; {@code volatility} is the sample standard deviation of print-to-print returns in percent (not
 * annualised), {@code maxDrawdown} the largest peak-to-trough fall in percent (zero or negative), {@code cagr}
 * the compound annual growth rate in percent per year. Nullable: {@code volatility} and {@code cagr}.
 */
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
}
