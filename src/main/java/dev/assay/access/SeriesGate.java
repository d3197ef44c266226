package dev.assay.access;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.assay.commodity.Commodity;
import dev.assay.graphql.ForbiddenException;

/**
 * The one place that decides whether a caller may see a series' values. Batched resolvers ask it which
 * commodities to query, and answer each withheld commodity with a FORBIDDEN error in place of its value.
 */
@ApplicationScoped
public class SeriesGate {

    @Inject
    CallerEntitlements caller;

    public boolean canSee(Commodity commodity) {
        return caller.get().canSeeValues(commodity.subscriptionTier);
    }

    /** The commodities whose values the caller may see, in the given order. */
    public List<Commodity> visible(List<Commodity> commodities) {
        return commodities.stream().filter(this::canSee).toList();
    }

    /** Throws FORBIDDEN, naming the tier, unless the caller may see every one of the commodities. */
    public void requireAll(List<Commodity> commodities) throws ForbiddenException {
        for (Commodity commodity : commodities) {
            if (!canSee(commodity)) {
                throw Withheld.valuesOf(commodity.slug, commodity.subscriptionTier);
            }
        }
    }

    /** One answer per commodity for a batched resolver: its value, or FORBIDDEN where withheld. */
    public <T> List<T> answer(List<Commodity> commodities, Function<Commodity, T> value) {
        return Withheld.answers(commodities, this::canSee, Function.identity(), value);
    }
}
