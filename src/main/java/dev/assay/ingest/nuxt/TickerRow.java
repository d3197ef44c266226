package dev.assay.ingest.nuxt;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.assay.price.calc.Print;

/** One price index of the publisher's ticker, with its latest prints and changes. */
public record TickerRow(
        String label,
        LocalDate publishedDate,
        String updateFrequency,
        String updateFrequencyText,
        BigDecimal today,
        BigDecimal last,
        BigDecimal percentageChange,
        BigDecimal yearToDate,
        BigDecimal yearOnYear,
        List<Print> oneYearIndexTrend,
        String url,
        String subscription,
        boolean isProtected,
        boolean hasAccess) {

    public TickerRow {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(publishedDate, "publishedDate");
        Objects.requireNonNull(updateFrequency, "updateFrequency");
        Objects.requireNonNull(today, "today");
        oneYearIndexTrend = oneYearIndexTrend == null ? List.of() : List.copyOf(oneYearIndexTrend);
    }
}
