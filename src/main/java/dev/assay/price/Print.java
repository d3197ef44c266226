package dev.assay.price;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One print of a price index: the value assessed on a date. */
@Description("One print of an index: the value assessed on a date, exactly as stored.")
public record Print(
        @NonNull @Description("Assessment date.") LocalDate date,
        @NonNull @Description("The value, exact (a decimal, never a binary float).") BigDecimal value) {

    public Print {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(value, "value");
    }
}
