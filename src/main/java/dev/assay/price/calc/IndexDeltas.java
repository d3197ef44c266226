package dev.assay.price.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Price changes of an index against the publisher's bases: previous print, fixed periods, year-to-date, windows. */
public final class IndexDeltas {

    private static final List<DeltaBasis> STANDARD_BASES = List.of(DeltaBasis.PREVIOUS, DeltaBasis.WEEK,
            DeltaBasis.MONTH, DeltaBasis.QUARTER, DeltaBasis.HALF_YEAR, DeltaBasis.YEAR_TO_DATE,
            DeltaBasis.YEAR_ON_YEAR);

    private static final MonthDay JANUARY_FIRST = MonthDay.of(1, 1);

    private IndexDeltas() {
    }

    /**
     * The change of the latest print (the last element) against {@code basis}.
     *
     * @param ascending the series up to the as-of date, sorted ascending by date with unique dates; not empty
     * @param yearToDate where the year-to-date change is measured from
     * @throws IllegalArgumentException if {@code ascending} is empty or unsorted, or {@code basis} is WINDOW
     */
    public static DeltaComputation compute(DeltaBasis basis, List<Print> ascending, YearToDateBase yearToDate) {
        requireSeries(ascending);
        return computeChecked(basis, ascending, yearToDate);
    }

    /** PREVIOUS, WEEK, MONTH, QUARTER, HALF_YEAR, YEAR_TO_DATE and YEAR_ON_YEAR, in that order. */
    public static List<DeltaComputation> standardSet(List<Print> ascending, YearToDateBase yearToDate) {
        requireSeries(ascending);
        List<DeltaComputation> deltas = new ArrayList<>(STANDARD_BASES.size());
        for (DeltaBasis basis : STANDARD_BASES) {
            deltas.add(computeChecked(basis, ascending, yearToDate));
        }
        return List.copyOf(deltas);
    }

    /**
     * The change between the last print on or before {@code from} and the last print on or before {@code to}.
     *
     * @throws IllegalArgumentException if {@code from} is after {@code to} or the prints are unsorted
     */
    public static DeltaComputation window(List<Print> ascending, LocalDate from, LocalDate to) {
        Objects.requireNonNull(ascending, "ascending");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("The window starts on " + from + ", after its end " + to + ".");
        }
        PrintLookup.requireAscending(ascending);
        int end = PrintLookup.lastIndexOnOrBefore(ascending, to);
        if (end < 0) {
            return DeltaComputation.missing(DeltaBasis.WINDOW, null,
                    "No print on or before " + to + " is stored, so the window has no end print.");
        }
        Print latest = ascending.get(end);
        int base = PrintLookup.lastIndexOnOrBefore(ascending, from);
        if (base < 0) {
            return DeltaComputation.missing(DeltaBasis.WINDOW, latest,
                    "No print on or before " + from + " is stored, so the window base is unknown.");
        }
        return DeltaComputation.between(DeltaBasis.WINDOW, latest, ascending.get(base));
    }

    /** Rounds a percentage half-up to 2 decimals, as the publisher displays it; null stays null. */
    public static BigDecimal roundPercent(BigDecimal percent) {
        return percent == null ? null : percent.setScale(2, RoundingMode.HALF_UP);
    }

    /** The prints dated on or before {@code asOf}, as an unmodifiable view of {@code ascending}. */
    public static List<Print> upTo(List<Print> ascending, LocalDate asOf) {
        int last = PrintLookup.lastIndexOnOrBefore(ascending, asOf);
        return Collections.unmodifiableList(ascending.subList(0, last + 1));
    }

    /** The latest {@code n} prints, newest first (fewer when the series is shorter). */
    public static List<Print> trend(List<Print> ascending, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("A trend needs a non-negative number of prints, not " + n + ".");
        }
        int size = ascending.size();
        List<Print> newestFirst = new ArrayList<>(ascending.subList(Math.max(0, size - n), size));
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }

    private static void requireSeries(List<Print> ascending) {
        Objects.requireNonNull(ascending, "ascending");
        if (ascending.isEmpty()) {
            throw new IllegalArgumentException("A delta needs at least one print.");
        }
        PrintLookup.requireAscending(ascending);
    }

    private static DeltaComputation computeChecked(DeltaBasis basis, List<Print> ascending,
            YearToDateBase yearToDate) {
        Objects.requireNonNull(basis, "basis");
        Print latest = ascending.get(ascending.size() - 1);
        LocalDate date = latest.date();
        return switch (basis) {
            case PREVIOUS -> previous(ascending, latest);
            case WEEK -> lastOnOrBefore(basis, ascending, latest, date.minusWeeks(1), "one-week");
            case MONTH -> lastOnOrBefore(basis, ascending, latest, date.minusMonths(1), "one-month");
            case QUARTER -> lastOnOrBefore(basis, ascending, latest, date.minusMonths(3), "three-month");
            case HALF_YEAR -> lastOnOrBefore(basis, ascending, latest, date.minusMonths(6), "six-month");
            case YEAR_ON_YEAR -> lastOnOrBefore(basis, ascending, latest, date.minusYears(1), "year-on-year");
            case YEAR_TO_DATE -> yearToDate(ascending, latest, Objects.requireNonNull(yearToDate, "yearToDate"));
            case WINDOW -> throw new IllegalArgumentException("A window delta needs dates: use window(...).");
        };
    }

    private static DeltaComputation previous(List<Print> ascending, Print latest) {
        if (ascending.size() < 2) {
            return DeltaComputation.missing(DeltaBasis.PREVIOUS, latest,
                    "Only one print (" + latest.date() + ") is stored, so there is no previous print.");
        }
        return DeltaComputation.between(DeltaBasis.PREVIOUS, latest, ascending.get(ascending.size() - 2));
    }

    private static DeltaComputation lastOnOrBefore(DeltaBasis basis, List<Print> ascending, Print latest,
            LocalDate baseDate, String baseName) {
        int base = PrintLookup.lastIndexOnOrBefore(ascending, baseDate);
        if (base < 0) {
            return DeltaComputation.missing(basis, latest,
                    "No print on or before " + baseDate + " is stored, so the " + baseName + " base is unknown.");
        }
        return DeltaComputation.between(basis, latest, ascending.get(base));
    }

    private static DeltaComputation yearToDate(List<Print> ascending, Print latest, YearToDateBase base) {
        int year = latest.date().getYear();
        LocalDate endOfPriorYear = LocalDate.of(year - 1, 12, 31);
        int lastOfPriorYear = PrintLookup.lastIndexOnOrBefore(ascending, endOfPriorYear);
        if (base == YearToDateBase.LAST_PRINT_OF_PRIOR_YEAR) {
            return lastOnOrBefore(DeltaBasis.YEAR_TO_DATE, ascending, latest, endOfPriorYear, "year-to-date");
        }
        Print firstOfYear = ascending.get(lastOfPriorYear + 1);
        // Without an earlier print the stored history may start mid-year and miss the true first print;
        // a print dated 1 January is the first of its year whatever came before.
        boolean firstPrintIsCertain = lastOfPriorYear >= 0 || MonthDay.from(firstOfYear.date()).equals(JANUARY_FIRST);
        if (!firstPrintIsCertain) {
            return DeltaComputation.missing(DeltaBasis.YEAR_TO_DATE, latest,
                    "The stored history starts on " + firstOfYear.date() + ", so the first print of " + year
                            + ", the year-to-date base, may be missing.");
        }
        return DeltaComputation.between(DeltaBasis.YEAR_TO_DATE, latest, firstOfYear);
    }
}
