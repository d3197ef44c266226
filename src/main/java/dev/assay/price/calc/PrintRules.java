package dev.assay.price.calc;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The rules every print meets, whichever path writes it (editorial mutations, feed files, seed documents): pure.
 * Each answers what is wrong, or null; every path words its own error around that, with its own location.
 */
public final class PrintRules {

    /** The earliest assessment date a print may have. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The most decimal places a value may be written with; the database keeps no more. */
    public static final int MAX_DECIMALS = 6;
    /** The most digits a value may have before the decimal point. */
    public static final int MAX_INTEGER_DIGITS = 14;

    private PrintRules() {
    }

    /** What is wrong with an assessment date, e.g. {@code "is after today (2026-05-28)"}; null when nothing. */
    public static String dateProblem(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            return "is after today (" + today + ")";
        }
        if (date.isBefore(EARLIEST)) {
            return "is before " + EARLIEST + ", the earliest date a print may have";
        }
        return null;
    }

    /** What is wrong with a value as written (its scale is how many decimals it was written with); null when nothing. */
    public static String valueProblem(BigDecimal value) {
        if (value.signum() <= 0) {
            return "must be greater than zero";
        }
        if (value.scale() > MAX_DECIMALS) {
            return "has " + value.scale() + " decimal places; at most " + MAX_DECIMALS + " are allowed";
        }
        int integerDigits = value.precision() - value.scale();
        if (integerDigits > MAX_INTEGER_DIGITS) {
            return "has " + integerDigits + " digits before the decimal point; at most " + MAX_INTEGER_DIGITS
                    + " are allowed";
        }
        return null;
    }

    /**
     * Refuses a print that breaks a rule, for writers whose input was checked before and should never fail here.
     *
     * @throws InvalidPrintException naming the field and what is wrong
     */
    public static void require(LocalDate date, BigDecimal value, LocalDate today) {
        String problem = dateProblem(date, today);
        if (problem != null) {
            throw new InvalidPrintException("date", date + " " + problem);
        }
        problem = valueProblem(value);
        if (problem != null) {
            throw new InvalidPrintException("value", value.toPlainString() + " " + problem);
        }
    }
}
