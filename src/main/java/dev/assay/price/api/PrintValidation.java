package dev.assay.price.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.assay.graphql.BadUserInputException;
import dev.assay.price.calc.PrintRules;

/** Checks a print an editor submits before anything is written, by the {@link PrintRules} every path applies. */
final class PrintValidation {

    private PrintValidation() {
    }

    static void check(LocalDate date, BigDecimal value, LocalDate today) throws BadUserInputException {
        String problem = PrintRules.dateProblem(date, today);
        if (problem != null) {
            throw new BadUserInputException("date", date + " " + problem);
        }
        checkValue(value);
    }

    static void checkValue(BigDecimal value) throws BadUserInputException {
        String problem = PrintRules.valueProblem(value);
        if (problem != null) {
            throw new BadUserInputException("value", value.toPlainString() + " " + problem);
        }
    }
}
