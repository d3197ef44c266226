package dev.assay.price;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Summary of a run of prints. Prices ({@code first}, {@code last}, {@code min}, {@code max}, {@code mean}) are in
 * index units; {@code volatility} is the sample standard deviation of print-to-print returns in percent (not
 * annualised), {@code maxDrawdown} the largest peak-to-trough fall in percent (zero or negative), {@code cagr}
 * the compound annual growth rate in percent per year. Nullable: {@code volatility} and {@code cagr}.
 */
public record SeriesStats(LocalDate from, LocalDate to, int count, BigDecimal first, BigDecimal last,
        BigDecimal min, LocalDate minDate, BigDecimal max, LocalDate maxDate, BigDecimal mean,
        BigDecimal volatility, BigDecimal maxDrawdown, BigDecimal cagr) {
}
