package dev.assay.price.calc;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Rescales a series so that its print on a chosen base date reads 100. */
public final class Rebasing {

    /** Decimals kept for rebased values. */
    public static final int SCALE = 6;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rebasing() {
    }

    /**
     * Every print (before and after the base) as value / base value * 100, rounded half-up to {@value #SCALE}
     * decimals. The base print is the last one on or before {@code base}.
     *
     * @return empty when no print is on or before {@code base} or the base print is zero
     * @throws IllegalArgumentException if {@code ascending} is not sorted ascending with unique dates
     */
    public static Optional<List<Print>> rebase(List<Print> ascending, LocalDate base) {
        Objects.requireNonNull(ascending, "ascending");
        Objects.requireNonNull(base, "base");
        PrintLookup.requireAscending(ascending);
        int baseIndex = PrintLookup.lastIndexOnOrBefore(ascending, base);
        if (baseIndex < 0 || ascending.get(baseIndex).value().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal baseValue = ascending.get(baseIndex).value();
        return Optional.of(ascending.stream()
                .map(p -> new Print(p.date(),
                        p.value().multiply(HUNDRED).divide(baseValue, SCALE, RoundingMode.HALF_UP)))
                .toList());
    }
}
