package dev.assay.price;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Several series on their common dates: {@code values.get(key).get(i)} is a series' print on {@code dates.get(i)}. */
public record AlignedSeries(List<LocalDate> dates, Map<String, List<BigDecimal>> values) {

    public AlignedSeries {
        dates = List.copyOf(dates);
        Map<String, List<BigDecimal>> ordered = new LinkedHashMap<>();
        for (Map.Entry<String, List<BigDecimal>> entry : values.entrySet()) {
            List<BigDecimal> series = List.copyOf(entry.getValue());
            if (series.size() != dates.size()) {
                throw new IllegalArgumentException("Series '" + entry.getKey() + "' has " + series.size()
                        + " values for " + dates.size() + " dates.");
            }
            ordered.put(Objects.requireNonNull(entry.getKey(), "key"), series);
        }
        // Insertion order is the caller's series order; Map.copyOf would lose it.
        values = Collections.unmodifiableMap(ordered);
    }
}
