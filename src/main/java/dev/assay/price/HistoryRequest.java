package dev.assay.price;

import java.time.LocalDate;
import java.util.List;

import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.Cursor;
import dev.assay.graphql.PageSize;

/** The validated arguments of a history page: a date range, and a page from its start or its end. */
record HistoryRequest(LocalDate from, LocalDate to, LocalDate lowerExclusive, LocalDate upperExclusive, int size,
        boolean fromEnd) {

    static final String CURSOR_KIND = "print";

    static HistoryRequest of(LocalDate from, LocalDate to, Integer first, String after, Integer last, String before)
            throws BadUserInputException {
        DateRange range = DateRange.of(from, to);
        LocalDate start = range.from();
        LocalDate end = range.to();
        if (first != null && last != null) {
            throw new BadUserInputException("last", "give either `first` or `last`, not both");
        }
        LocalDate lower = start.minusDays(1);
        if (after != null) {
            lower = max(lower, cursorDate(after, "after"));
        }
        LocalDate upper = end.plusDays(1);
        if (before != null) {
            upper = min(upper, cursorDate(before, "before"));
        }
        boolean fromEnd = last != null;
        int size = fromEnd ? PageSize.of(last, "last") : PageSize.of(first, "first");
        return new HistoryRequest(start, end, lower, upper, size, fromEnd);
    }

    /** The page of an in-memory ascending series: up to size + 1 prints within the bounds, from the chosen end. */
    List<Print> slice(List<Print> ascending) {
        List<Print> within = ascending.stream()
                .filter(p -> p.date().isAfter(lowerExclusive) && p.date().isBefore(upperExclusive)).toList();
        int limit = size + 1;
        if (within.size() <= limit) {
            return within;
        }
        return fromEnd ? within.subList(within.size() - limit, within.size()) : within.subList(0, limit);
    }

    static String cursorOf(Print print) {
        return Cursor.encode(CURSOR_KIND, print.date().toString());
    }

    private static LocalDate cursorDate(String cursor, String argument) throws BadUserInputException {
        String position = Cursor.decode(CURSOR_KIND, cursor, argument);
        try {
            return LocalDate.parse(position);
        } catch (java.time.format.DateTimeParseException e) {
            throw new BadUserInputException(argument, "not a cursor returned by this API for this list");
        }
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
