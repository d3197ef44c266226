package dev.assay.price.calc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** One print of a price index: the value assessed on a date, exactly as stored. */
public record Print(LocalDate date, BigDecimal value) {

    public Print {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
    }
}
