package dev.assay.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One print of a price index: the assessment date and the index value. */
public record DatedValue(LocalDate date, BigDecimal value) {

    public DatedValue {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
    }
}
