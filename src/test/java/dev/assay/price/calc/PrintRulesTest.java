package dev.assay.price.calc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one set of rules a print meets on every path that writes it. */
class PrintRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 28);

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            2026-05-28 | -
            2026-05-29 | is after today (2026-05-28)
            1900-01-01 | -
            1899-12-31 | is before 1900-01-01, the earliest date a print may have
            1477-03-02 | is before 1900-01-01, the earliest date a print may have
            """)
    void dates(String date, String problem) {
        assertEquals(problem, PrintRules.dateProblem(LocalDate.parse(date), TODAY));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            0.000001          | -
            1.123456          | -
            12345678901234.5  | -
            0                 | must be greater than zero
            0.000             | must be greater than zero
            -3                | must be greater than zero
            1.1234567         | has 7 decimal places; at most 6 are allowed
            1.5000000         | has 7 decimal places; at most 6 are allowed
            123456789012345   | has 15 digits before the decimal point; at most 14 are allowed
            """)
    void values(String value, String problem) {
        assertEquals(problem, PrintRules.valueProblem(new BigDecimal(value)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            1477-03-02 | 10  | date
            2026-05-27 | 0   | value
            """)
    void writersThatCheckedAlreadyAreStoppedAllTheSame(String date, String value, String field) {
        InvalidPrintException e = assertThrows(InvalidPrintException.class,
                () -> PrintRules.require(LocalDate.parse(date), new BigDecimal(value), TODAY));
        assertEquals(field, e.field());
    }
}
