package dev.assay.access;

import java.util.List;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.assay.commodity.Commodity;
import dev.assay.graphql.ForbiddenException;

/**
 * Which series the caller of the current request may see, as {@link SeriesAccess} decides it. Every reader of
 * values (commodity fields, ticker, history, change feed, subscription) takes the ids to query from here and
 * answers each withheld commodity with a FORBIDDEN error in place of its value.
 */
@ApplicationScoped
public class SeriesGate {

    @Inject
    CallerEntitlements caller;

    /** The access of the current caller, to keep beyond the request (a subscription's stream). */
    public SeriesAccess caller() {
        return SeriesAccess.of(caller.get());
    }

    public boolean canSee(Commodity commodity) {
        return caller().canSee(commodity);
    }

    /** The commodities whose values the caller may see, in the given order. */
    public List<Commodity> visible(List<Commodity> commodities) {
        return caller().visible(commodities);
    }

    /** The ids of the commodities whose values the caller may see, in the given order. */
    public List<Long> visibleIds(List<Commodity> commodities) {
        return caller().visibleIds(commodities);
    }

    /** The ids of every commodity of the catalogue whose values the caller may see, in display order. */
    public List<Long> visibleIds() {
        return visibleIds(Commodity.listInDisplayOrder());
    }

    /** The ids of all the commodities; FORBIDDEN, naming the tier, unless the caller may see every one. */
    public List<Long> requireAll(List<Commodity> commodities) throws ForbiddenException {
        return caller().requireAll(commodities);
    }

    /** One answer per commodity for a batched resolver: its value, or FORBIDDEN where withheld. */
    public <T> List<T> answer(List<Commodity> commodities, Function<Commodity, T> value) {
        return caller().answer(commodities, value);
    }
}
