package dev.assay.price.api;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.price.calc.DeltaComputation;
import dev.assay.price.calc.IndexDeltas;

/**
 * A change of an index against a base print, with how it was computed and how it reconciles with
 * what the publisher printed.
 */
@Description("A change of an index against a base print, saying how it was computed (basis, base date, base value) "
        + "and how it reconciles with the figure the publisher printed, if any.")
public class Delta {

    @NonNull
    @Description("What the change is measured against.")
    public final DeltaBasisOutput basis;

    @Description("The change in percent: the publisher's printed figure where one exists for this date and basis, "
            + "otherwise Assay's computation at full precision. Null when neither exists.")
    public final BigDecimal value;

    @Description("Where `value` came from; null when `value` is null.")
    public final FigureSource source;

    @Description("Assay's computation in percent, full precision; null when the base print is not stored (see `reason`).")
    public final BigDecimal computed;

    @Description("The figure the publisher printed for this date and basis, in percent, if one was imported.")
    public final BigDecimal reported;

    @Description("`computed` rounded half-up to 2 decimals minus `reported`, where both exist: 0 when they agree.")
    public final BigDecimal reconciliation;

    @Description("Date of the print the change is measured at.")
    public final LocalDate date;

    @Description("Value of the print the change is measured at.")
    public final BigDecimal latestValue;

    @Description("Date of the base print, if stored.")
    public final LocalDate baseDate;

    @Description("Value of the base print, if stored.")
    public final BigDecimal baseValue;

    @Description("Absolute change: latestValue minus baseValue.")
    public final BigDecimal change;

    @Description("Why `computed` is null, in a sentence.")
    public final String reason;

    private Delta(DeltaComputation computation, BigDecimal reported) {
        this.basis = DeltaBasisOutput.of(computation.basis());
        this.computed = computation.percent();
        this.reported = reported;
        this.value = reported != null ? reported : computation.percent();
        this.source = reported != null ? FigureSource.REPORTED
                : computation.percent() != null ? FigureSource.COMPUTED : null;
        this.reconciliation = reported != null && computation.percent() != null
                ? IndexDeltas.roundPercent(computation.percent()).subtract(reported)
                : null;
        this.date = computation.date();
        this.latestValue = computation.value();
        this.baseDate = computation.baseDate();
        this.baseValue = computation.baseValue();
        this.change = computation.change();
        this.reason = computation.missingReason();
    }

    /** A delta reconciled with the publisher's figure for the same date and basis ({@code reported} may be null). */
    public static Delta reconciled(DeltaComputation computation, BigDecimal reported) {
        return new Delta(computation, reported);
    }

    public static Delta computed(DeltaComputation computation) {
        return new Delta(computation, null);
    }
}
