package dev.assay.price.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.price.calc.Print;

/** The GraphQL type {@code Print}: a calculated {@link Print} with the descriptions the schema gives it. */
@Name("Print")
@Description("One print of an index: the value assessed on a date, exactly as stored.")
public record PrintOutput(
        @NonNull @Description("Assessment date.") LocalDate date,
        @NonNull @Description("The value, exact (a decimal, never a binary float).") BigDecimal value) {

    /** Null stays null, so that a missing print answers null. */
    static PrintOutput of(Print print) {
        return print == null ? null : new PrintOutput(print.date(), print.value());
    }

    /** Null stays null, so that a withheld list answers null. */
    static List<PrintOutput> all(List<Print> prints) {
        return prints == null ? null : prints.stream().map(PrintOutput::of).toList();
    }
}
