package dev.assay.price.api;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.assay.commodity.Commodity;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.Cursor;
import dev.assay.graphql.PageSize;
import dev.assay.price.calc.Print;

/**
 * The validated arguments of a history page: a date range, and a page from its start or its end. A cursor
 * holds its series as well as its date, so that it continues only the history it came from.
 */
record HistoryRequest(LocalDate from, LocalDate to, LocalDate lowerExclusive, LocalDate upperExclusive, int size,
        boolean fromEnd, CursorPosition cursor) {

    static final String CURSOR_KIND = "print";

    /** Where a cursor points: a print of one series; {@code argument} is the one it came in. */
    record CursorPosition(String series, LocalDate date, String argument) {
    }

    static HistoryRequest of(LocalDate from, LocalDate to, Integer first, String after, Integer last, String before)
            throws BadUserInputException {
        DateRange range = DateRange.of(from, to);
        LocalDate start = range.from();
        LocalDate end = range.to();
        if (first != null && last != null) {
            throw new BadUserInputException("last", "give either `first` or `last`, not both");
        }
        CursorPosition afterPosition = after == null ? null : position(after, "after");
        CursorPosition beforePosition = before == null ? null : position(before, "before");
        if (afterPosition != null && beforePosition != null && !afterPosition.series().equals(beforePosition.series())) {
            throw new BadUserInputException("before", "a cursor of the history of '" + beforePosition.series()
                    + "', while `after` is one of '" + afterPosition.series() + "'");
        }
        LocalDate lower = start.minusDays(1);
        if (afterPosition != null) {
            lower = max(lower, afterPosition.date());
        }
        LocalDate upper = end.plusDays(1);
        if (beforePosition != null) {
            upper = min(upper, beforePosition.date());
        }
        boolean fromEnd = last != null;
        int size = fromEnd ? PageSize.of(last, "last") : PageSize.of(first, "first");
        return new HistoryRequest(start, end, lower, upper, size, fromEnd,
                afterPosition != null ? afterPosition : beforePosition);
    }

    /** The commodities whose history this request may page: all of them, or only the series of its cursor. */
    List<Commodity> pagedAmong(List<Commodity> commodities) {
        return cursor == null ? commodities : commodities.stream().filter(c -> cursor.series().equals(c.slug)).toList();
    }

    /**
     * The answers of a batch with BAD_USER_INPUT, naming the cursor's argument, in place of each commodity the
     * cursor does not belong to. The batch loader turns an error element into that field's error with a null value.
     */
    @SuppressWarnings("unchecked")
    <T> List<T> refuseForeignCursor(List<Commodity> commodities, List<T> answers) {
        if (cursor == null) {
            return answers;
        }
        List<Object> refused = new ArrayList<>(answers);
        for (int i = 0; i < commodities.size(); i++) {
            Commodity commodity = commodities.get(i);
            if (!cursor.series().equals(commodity.slug)) {
                refused.set(i, new BadUserInputException(cursor.argument(), "a cursor of the history of '"
                        + cursor.series() + "', not of '" + commodity.slug + "'"));
            }
        }
        return (List<T>) refused;
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

    static String cursorOf(Commodity commodity, Print print) {
        return Cursor.encode(CURSOR_KIND, commodity.slug + "|" + print.date());
    }

    private static CursorPosition position(String cursor, String argument) throws BadUserInputException {
        String[] position = Cursor.decode(CURSOR_KIND, cursor, argument).split("\\|", -1);
        try {
            if (position.length != 2 || position[0].isEmpty()) {
                throw new IllegalArgumentException("not a series and a date");
            }
            return new CursorPosition(position[0], LocalDate.parse(position[1]), argument);
        } catch (RuntimeException e) {
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
