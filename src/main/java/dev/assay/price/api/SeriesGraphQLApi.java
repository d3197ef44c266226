package dev.assay.price.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import dev.assay.access.SeriesGate;
import dev.assay.commodity.Commodity;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.ForbiddenException;
import dev.assay.price.calc.AlignedSeries;
import dev.assay.price.calc.IndexDeltas;
import dev.assay.price.calc.Print;
import dev.assay.price.calc.Rebasing;
import dev.assay.price.calc.ReturnCorrelation;
import dev.assay.price.calc.WindowStatistics;
import dev.assay.price.store.PriceRepository;

/** Window calculations on a commodity's series, computed on demand and batched over lists of commodities. */
@GraphQLApi
public class SeriesGraphQLApi {

    static final int MAX_COMPARED = 20;

    @Inject
    PriceRepository prices;

    @Inject
    SeriesGate gate;

    @Query("compare")
    @Description("Several series aligned on their common dates between `from` and `to` (both optional), for charts, "
            + "with the correlation of each pair. Every slug must exist; at most 20.")
    public @NonNull Comparison compare(
            @Name("slugs") @Description("Slugs of the commodities to compare, 1 to 20.") @NonNull List<@NonNull String> slugs,
            @Name("from") @Description("First date, inclusive.") LocalDate from,
            @Name("to") @Description("Last date, inclusive.") LocalDate to) throws BadUserInputException, ForbiddenException {
        DateRange range = DateRange.of(from, to);
        List<String> distinct = slugs.stream().distinct().toList();
        if (distinct.isEmpty() || distinct.size() > MAX_COMPARED) {
            throw new BadUserInputException("slugs", "give between 1 and " + MAX_COMPARED + " slugs, got " + distinct.size());
        }
        Map<String, Commodity> bySlug = new HashMap<>();
        Commodity.listBySlugs(distinct).forEach(c -> bySlug.put(c.slug, c));
        List<String> unknown = distinct.stream().filter(slug -> !bySlug.containsKey(slug)).toList();
        if (!unknown.isEmpty()) {
            throw new BadUserInputException("slugs", "no commodity has the slug " + String.join(", ", unknown));
        }
        List<Commodity> commodities = distinct.stream().map(bySlug::get).toList();
        Map<Long, List<Print>> series = prices.range(gate.requireAll(commodities), range.from(), range.to());
        Map<String, List<Print>> keyed = new LinkedHashMap<>();
        commodities.forEach(c -> keyed.put(c.slug, series.get(c.id)));
        AlignedSeries aligned = AlignedSeries.of(keyed);
        List<Comparison.ComparedSeries> compared = commodities.stream()
                .map(c -> new Comparison.ComparedSeries(c, aligned.values().get(c.slug))).toList();
        List<Comparison.Correlation> correlations = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            for (int j = i + 1; j < distinct.size(); j++) {
                correlations.add(new Comparison.Correlation(distinct.get(i), distinct.get(j), ReturnCorrelation
                        .of(aligned.values().get(distinct.get(i)), aligned.values().get(distinct.get(j)))));
            }
        }
        return new Comparison(aligned.dates(), compared, correlations);
    }

    @Description("Change between the last print on or before `from` and the last print on or before `to`, with "
            + "both prints; `computed` is null with a reason when either print is not stored.")
    public List<Delta> change(@Source List<Commodity> commodities,
            @Name("from") @NonNull @Description("Base date: the last print on or before it is the base.") LocalDate from,
            @Name("to") @NonNull @Description("End date: the last print on or before it is measured.") LocalDate to,
            @Name("knownAt") @Description(PriceArguments.KNOWN_AT) OffsetDateTime knownAt) throws BadUserInputException {
        DateRange.require(from, to);
        List<Long> ids = gate.visibleIds(commodities);
        Map<Long, List<Print>> bases = knownAt == null ? prices.onOrBefore(ids, from, to)
                : prices.knownAt(ids, to, knownAt);
        return gate.answer(commodities, c -> Delta.computed(IndexDeltas.window(bases.get(c.id), from, to)));
    }

    @Description("Statistics of the prints between `from` and `to` inclusive (both optional): min, max, mean, "
            + "volatility of period returns, maximum drawdown and CAGR. Null when the window holds no print.")
    public List<SeriesStats> stats(@Source List<Commodity> commodities,
            @Name("from") LocalDate from, @Name("to") LocalDate to) throws BadUserInputException {
        DateRange range = DateRange.of(from, to);
        Map<Long, List<Print>> series = prices.range(gate.visibleIds(commodities), range.from(),
                range.to());
        return gate.answer(commodities,
                c -> series.get(c.id).isEmpty() ? null : SeriesStats.of(WindowStatistics.of(series.get(c.id))));
    }

    @Description("The prints between `from` and `to` rebased so that the last print on or before `base` is 100. "
            + "Null when no print on or before `base` is stored.")
    public List<List<@NonNull PrintOutput>> rebased(@Source List<Commodity> commodities, @Name("base") @NonNull LocalDate base,
            @Name("from") LocalDate from, @Name("to") LocalDate to) throws BadUserInputException {
        DateRange range = DateRange.of(from, to);
        LocalDate start = range.from().isBefore(base) ? range.from() : base;
        List<Long> ids = gate.visibleIds(commodities);
        Map<Long, List<Print>> bases = prices.onOrBefore(ids, base, base);
        Map<Long, List<Print>> series = prices.range(ids, start, range.to());
        return gate.answer(commodities, c -> {
            List<Print> withBase = new java.util.ArrayList<>(bases.get(c.id));
            series.get(c.id).stream().filter(p -> withBase.isEmpty() || p.date().isAfter(withBase.get(0).date()))
                    .forEach(withBase::add);
            return Rebasing.rebase(withBase, base)
                    .map(all -> PrintOutput.all(all.stream().filter(range::contains).toList()))
                    .orElse(null);
        });
    }
}
