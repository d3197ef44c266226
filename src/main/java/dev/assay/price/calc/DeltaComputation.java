package dev.assay.price.calc;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A price change measured at {@code date}/{@code value} against a base print; {@code percent} keeps
 * {@value #PERCENT_SCALE} decimals and {@code missingReason} explains, in one sentence, why it is null.
 */
public record DeltaComputation(DeltaBasis basis, LocalDate date, BigDecimal value, LocalDate baseDate,
        BigDecimal baseValue, BigDecimal change, BigDecimal percent, String missingReason) {

    public static final int PERCENT_SCALE = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public DeltaComputation {
        Objects.requireNonNull(basis, "basis");
        if (missingReason == null) {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(baseDate, "baseDate");
            Objects.requireNonNull(baseValue, "baseValue");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(percent, "percent");
        } else if (percent != null) {
            throw new IllegalArgumentException("A delta with a missing reason has no percent.");
        }
    }

    /** The change from {@code base} to {@code latest}; a zero base has no percentage, so it is reported as missing. */
    static DeltaComputation between(DeltaBasis basis, Print latest, Print base) {
        BigDecimal change = latest.value().subtract(base.value());
        if (base.value().signum() == 0) {
            return new DeltaComputation(basis, latest.date(), latest.value(), base.date(), base.value(), change, null,
                    "The base print on " + base.date() + " is zero, so the percentage change is undefined.");
        }
        // (value - base) * 100 / base equals (value / base - 1) * 100 and loses less precision.
        BigDecimal percent = change.multiply(HUNDRED)
                .divide(base.value(), MathContext.DECIMAL64)
                .setScale(PERCENT_SCALE, RoundingMode.HALF_UP);
        return new DeltaComputation(basis, latest.date(), latest.value(), base.date(), base.value(), change, percent,
                null);
    }

    /** A delta whose base is unknown; {@code latest} is null only for a window without an end print. */
    static DeltaComputation missing(DeltaBasis basis, Print latest, String reason) {
        Objects.requireNonNull(reason, "reason");
        return new DeltaComputation(basis, latest == null ? null : latest.date(),
                latest == null ? null : latest.value(), null, null, null, null, reason);
    }

    /** True when the percentage change is known. */
    public boolean isKnown() {
        return missingReason == null;
    }
}
