package dev.assay.price.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Builds print series for tests from text such as {@code "2026-01-07=233.73 2025-12-24=203.79"}. */
public final class TestPrints {

    private TestPrints() {
    }

    /** Parses {@code date=value} pairs separated by spaces, in any order, into an ascending series. */
    public static List<Print> ascending(String pairs) {
        if (pairs == null || pairs.isBlank()) {
            return List.of();
        }
        return Arrays.stream(pairs.trim().split("\\s+"))
                .map(TestPrints::print)
                .sorted(Comparator.comparing(Print::date))
                .toList();
    }

    public static Print print(String pair) {
        String[] parts = pair.split("=");
        return new Print(LocalDate.parse(parts[0]), new BigDecimal(parts[1]));
    }

    public static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
