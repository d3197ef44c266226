package dev.assay.price;

import java.math.BigDecimal;
import java.time.LocalDate;

import dev.assay.graphql.BadUserInputException;

/** Checks a print an editor submits before anything is written: pure. */
final class PrintValidation {

    /** The largest scale a stored value keeps; the database enforces the same. */
    static final int MAX_SCALE = 6;
    static final int MAX_INTEGER_DIGITS = 14;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);

    private PrintValidation() {
    }

    static void check(LocalDate date, BigDecimal value, LocalDate today) throws BadUserInputException {
        if (date.isAfter(today)) {
            throw new BadUserInputException("date", date + " is in the future (today is " + today + ")");
        }
        if (date.isBefore(EARLIEST)) {
            throw new BadUserInputException("date", date + " is before " + EARLIEST);
        }
        checkValue(value);
    }

    /** The value as it is stored: the same number, with trailing zeros beyond the stored scale dropped. */
    static BigDecimal stored(BigDecimal value) {
        return value.scale() > MAX_SCALE ? value.setScale(MAX_SCALE, java.math.RoundingMode.UNNECESSARY) : value;
    }

    static void checkValue(BigDecimal value) throws BadUserInputException {
        if (value.signum() <= 0) {
            throw new BadUserInputException("value", "must be greater than zero, was " + value.toPlainString());
        }
        BigDecimal normalized = value.stripTrailingZeros();
        if (normalized.scale() > MAX_SCALE) {
            throw new BadUserInputException("value", value.toPlainString() + " has more than " + MAX_SCALE
                    + " decimal places");
        }
        if (normalized.precision() - normalized.scale() > MAX_INTEGER_DIGITS) {
            throw new BadUserInputException("value", value.toPlainString() + " has more than " + MAX_INTEGER_DIGITS
                    + " integer digits");
        }
    }
}
