package dev.assay.price;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.assay.access.Withheld;

/**
 * The value fields of a ticker entry. An entry the caller has no access to answers each of them with
 * null and a FORBIDDEN error naming the tier; its label and metadata stay visible.
 */
@GraphQLApi
public class TickerGraphQLApi {

    @Description("Date of the latest print on or before the requested date.")
    public List<LocalDate> publishedDate(@Source List<TickerEntry> entries) {
        return values(entries, e -> e.publishedDate);
    }

    @Description("The latest print.")
    public List<BigDecimal> today(@Source List<TickerEntry> entries) {
        return values(entries, e -> e.today);
    }

    @Description("The print before the latest.")
    public List<BigDecimal> last(@Source List<TickerEntry> entries) {
        return values(entries, e -> e.last);
    }

    @Description("Change of the latest print against the one before it, in percent.")
    public List<BigDecimal> percentageChange(@Source List<TickerEntry> entries) {
        return values(entries, e -> e.percentageChange);
    }

    @Description("Year-to-date change in percent: weekly and biweekly indices measure from the first print of the "
            + "year, monthly and slower ones from the last print of the prior year.")
    public List<BigDecimal> yearToDate(@Source List<TickerEntry> entries) {
        return values(entries, e -> e.yearToDate);
    }

    @Description("Change against the last print on or before the same day a year earlier, in percent.")
    public List<BigDecimal> yearOnYear(@Source List<TickerEntry> entries) {
        return values(entries, e -> e.yearOnYear);
    }

    @Description("The latest 12 prints, newest first.")
    public List<List<@NonNull Print>> oneYearIndexTrend(@Source List<TickerEntry> entries) {
        return values(entries, e -> e.oneYearIndexTrend);
    }

    @Description("Every delta behind the figures, and more: previous, week, month, quarter, six months, "
            + "year-to-date and year-on-year, each with basis, base date, base value, source and reconciliation.")
    public List<List<@NonNull Delta>> deltas(@Source List<TickerEntry> entries) {
        return values(entries, e -> e.deltas);
    }

    private static <T> List<T> values(List<TickerEntry> entries, Function<TickerEntry, T> value) {
        return Withheld.answers(entries, entry -> entry.hasAccess, entry -> entry.commodity, value);
    }
}
