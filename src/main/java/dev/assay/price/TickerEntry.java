package dev.assay.price;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.commodity.Commodity;

/**
 * One index in the ticker, with exactly the field names of the publisher's {@code ticker-data}, so a
 * front end that rendered that payload can switch to this query unchanged. Its values are served by
 * {@link TickerGraphQLApi}, which withholds them from callers without access.
 */
@Description("One index in the price ticker, field for field as the publisher's ticker, plus the commodity "
        + "and the structured deltas behind each figure. Percentages are rounded half-up to 2 decimals.")
public class TickerEntry {

    @NonNull
    @Description("The index's display name.")
    public final String label;

    @Ignore
    public final LocalDate publishedDate;

    @NonNull
    @Description("The publisher's frequency code: `1wk`, `2wk`, `monthly` or `quarterly`.")
    public final String updateFrequency;

    @NonNull
    @Description("The update frequency as displayed.")
    public final String updateFrequencyText;

    @Ignore
    public final BigDecimal today;

    @Ignore
    public final BigDecimal last;

    @Ignore
    public final BigDecimal percentageChange;

    @Ignore
    public final BigDecimal yearToDate;

    @Ignore
    public final BigDecimal yearOnYear;

    @Ignore
    public final List<Print> oneYearIndexTrend;

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

    @Ignore
    public final List<Delta> deltas;

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
        this.oneYearIndexTrend = trend;
        this.percentageChange = rounded(deltas, DeltaBasis.PREVIOUS);
        this.yearToDate = rounded(deltas, DeltaBasis.YEAR_TO_DATE);
        this.yearOnYear = rounded(deltas, DeltaBasis.YEAR_ON_YEAR);
    }

    private static BigDecimal rounded(List<Delta> deltas, DeltaBasis basis) {
        return deltas.stream().filter(d -> d.basis == basis).findFirst()
                .map(d -> IndexDeltas.roundPercent(d.value)).orElse(null);
    }
}
