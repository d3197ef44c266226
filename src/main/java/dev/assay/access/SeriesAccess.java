package dev.assay.access;

import java.util.List;
import java.util.function.Function;

import dev.assay.commodity.Commodity;
import dev.assay.graphql.ForbiddenException;

/**
 * The series one caller may see: the one place the tier rule is applied to commodities. Readers query with the
 * ids it hands out and answer the others with its FORBIDDEN errors. Immutable, so that a subscription or an
 * export can keep it beyond the request that made it.
 */
public final class SeriesAccess {

    private final Entitlements caller;

    private SeriesAccess(Entitlements caller) {
        this.caller = caller;
    }

    public static SeriesAccess of(Entitlements caller) {
        return new SeriesAccess(caller);
    }

    public boolean canSee(Commodity commodity) {
        return caller.canSeeValues(commodity.subscriptionTier);
    }

    /** The commodities whose values the caller may see, in the given order. */
    public List<Commodity> visible(List<Commodity> commodities) {
        return commodities.stream().filter(this::canSee).toList();
    }

    /** The ids of the commodities whose values the caller may see, in the given order: what readers query. */
    public List<Long> visibleIds(List<Commodity> commodities) {
        return commodities.stream().filter(this::canSee).map(c -> c.id).toList();
    }

    /** The ids of all the commodities; FORBIDDEN, naming the tier, unless the caller may see every one. */
    public List<Long> requireAll(List<Commodity> commodities) throws ForbiddenException {
        for (Commodity commodity : commodities) {
            if (!canSee(commodity)) {
                throw Withheld.valuesOf(commodity.slug, commodity.subscriptionTier);
            }
        }
        return commodities.stream().map(c -> c.id).toList();
    }

    /** One answer per commodity for a batched resolver: its value, or FORBIDDEN where withheld. */
    public <T> List<T> answer(List<Commodity> commodities, Function<Commodity, T> value) {
        return Withheld.answers(commodities, this::canSee, Function.identity(), value);
    }
}
