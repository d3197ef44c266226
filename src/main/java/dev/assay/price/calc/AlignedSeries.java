package dev.assay.price.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

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

    /**
     * The dates on which every series has a print, ascending, with each series' values on them; keys keep the
     * map's iteration order. No series at all gives no dates.
     *
     * @throws IllegalArgumentException if a series is not sorted ascending with unique dates
     */
    public static AlignedSeries of(Map<String, List<Print>> seriesByKey) {
        Objects.requireNonNull(seriesByKey, "seriesByKey");
        Set<LocalDate> common = null;
        for (List<Print> series : seriesByKey.values()) {
            PrintLookup.requireAscending(series);
            Set<LocalDate> dates = new TreeSet<>(series.stream().map(Print::date).toList());
            if (common == null) {
                common = dates;
            } else {
                common.retainAll(dates);
            }
        }
        List<LocalDate> dates = common == null ? List.of() : List.copyOf(common);
        Map<String, List<BigDecimal>> values = new LinkedHashMap<>();
        seriesByKey.forEach((key, series) -> values.put(key, valuesOn(dates, series)));
        return new AlignedSeries(dates, values);
    }

    private static List<BigDecimal> valuesOn(List<LocalDate> dates, List<Print> series) {
        Map<LocalDate, BigDecimal> byDate = new HashMap<>();
        series.forEach(p -> byDate.put(p.date(), p.value()));
        List<BigDecimal> values = new ArrayList<>(dates.size());
        dates.forEach(d -> values.add(byDate.get(d)));
        return values;
    }
}
