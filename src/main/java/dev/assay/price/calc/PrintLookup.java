package dev.assay.price.calc;

import java.time.LocalDate;
import java.util.List;

/** Binary searches and ordering checks over a series of prints sorted ascending by date. */
final class PrintLookup {

    private PrintLookup() {
    }

    /** Index of the last print dated on or before {@code date}, or -1 when every print is later. */
    static int lastIndexOnOrBefore(List<Print> ascending, LocalDate date) {
        int low = 0;
        int high = ascending.size() - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (ascending.get(mid).date().isAfter(date)) {
                high = mid - 1;
            } else {
                found = mid;
                low = mid + 1;
            }
        }
        return found;
    }

    static void requireAscending(List<Print> prints) {
        for (int i = 1; i < prints.size(); i++) {
            if (!prints.get(i).date().isAfter(prints.get(i - 1).date())) {
                throw new IllegalArgumentException("Prints must be sorted ascending by date with unique dates, but "
                        + prints.get(i).date() + " follows " + prints.get(i - 1).date() + ".");
            }
        }
    }
}
