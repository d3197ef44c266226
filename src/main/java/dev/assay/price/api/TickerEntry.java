package dev.assay.price.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.access.Withheld;
import dev.assay.commodity.Commodity;
import dev.assay.graphql.ForbiddenException;
import dev.assay.graphql.GuardedValues;
import dev.assay.price.calc.IndexDeltas;
import dev.assay.price.calc.Print;

/**
 * One index in the ticker, with exactly the field names of the publisher's {@code ticker-data}, so a
 * front end that rendered that payload can switch to this query unchanged. An entry the caller has no
 * access to answers each of its values with null and a FORBIDDEN error naming the tier; its label and
 * metadata stay visible. The values are plain properties, computed before the entry is built: a batched
 * resolver per value cost more than everything else the ticker does.
 */
@Description("One index in the price ticker, field for field as the publisher's ticker, plus the commodity "
        + "and the structured deltas behind each figure. Percentages are rounded half-up to 2 decimals.")
public class TickerEntry implements GuardedValues {

    private static final Set<String> VALUES = Set.of("publishedDate", "today", "last", "percentageChange",
            "yearToDate", "yearOnYear", "oneYearIndexTrend", "deltas");

    @NonNull
    @Description("The index's display name.")
    public final String label;

    @Description("Date of the latest print on or before the requested date.")
    public final LocalDate publishedDate;

    @NonNull
    @Description("The publisher's frequency code: `1wk`, `2wk`, `monthly` or `quarterly`.")
    public final String updateFrequency;

    @NonNull
    @Description("The update frequency as displayed.")
    public final String updateFrequencyText;

    @Description("The latest print.")
    public final BigDecimal today;

    @Description("The print before the latest.")
    public final BigDecimal last;

    @Description("Change of the latest print against the one before it, in percent.")
    public final BigDecimal percentageChange;

    @Description("Year-to-date change in percent: weekly and biweekly indices measure from the first print of the "
            + "year, monthly and slower ones from the last print of the prior year.")
    public final BigDecimal yearToDate;

    @Description("Change against the last print on or before the same day a year earlier, in percent.")
    public final BigDecimal yearOnYear;

    @Description("The latest 12 prints, newest first.")
    public final List<@NonNull PrintOutput> oneYearIndexTrend;

    @Description("The index's price page.")
    public final String url;

    @Description("Subscription tier the index needs; null when public.")
    public final String subscription;

    @Name("isProtected")
    @Description("Whether the index needs a subscription tier.")
    public final boolean isProtected;

    @Name("hasAccess")
    @Description("Whether the caller may see this index's values.")
    public final boolean hasAccess;

    @NonNull
    @Description("The commodity behind the entry.")
    public final Commodity commodity;

    @Description("Every delta behind the figures, and more: previous, week, month, quarter, six months, "
            + "year-to-date and year-on-year, each with basis, base date, base value, source and reconciliation.")
    public final List<@NonNull Delta> deltas;

    TickerEntry(Commodity commodity, boolean hasAccess, LocalDate publishedDate, BigDecimal today, BigDecimal last,
            List<Delta> deltas, List<Print> trend) {
        this.commodity = commodity;
        this.label = commodity.name;
        this.updateFrequency = commodity.updateFrequency.code();
        this.updateFrequencyText = commodity.updateFrequencyText;
        this.url = commodity.pricePageUrl;
        this.subscription = commodity.subscriptionTier;
        this.isProtected = commodity.isProtected();
        this.hasAccess = hasAccess;
        this.publishedDate = publishedDate;
        this.today = today;
        this.last = last;
        this.deltas = deltas;
        this.oneYearIndexTrend = PrintOutput.all(trend);
        this.percentageChange = rounded(deltas, DeltaBasisOutput.PREVIOUS);
        this.yearToDate = rounded(deltas, DeltaBasisOutput.YEAR_TO_DATE);
        this.yearOnYear = rounded(deltas, DeltaBasisOutput.YEAR_ON_YEAR);
    }

    @Override
    public ForbiddenException withheld(String property) {
        return hasAccess || !VALUES.contains(property) ? null
                : Withheld.valuesOf(commodity.slug, commodity.subscriptionTier);
    }

    private static BigDecimal rounded(List<Delta> deltas, DeltaBasisOutput basis) {
        if (deltas == null) {
            return null;
        }
        return deltas.stream().filter(d -> d.basis == basis).findFirst()
                .map(d -> IndexDeltas.roundPercent(d.value)).orElse(null);
    }
}
