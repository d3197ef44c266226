package dev.assay.access;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import dev.assay.commodity.Commodity;
import dev.assay.graphql.ForbiddenException;

/** The error that stands in for a value the caller's subscription does not cover. */
public final class Withheld {

    private Withheld() {
    }

    public static ForbiddenException valuesOf(String commoditySlug, String tier) {
        return new ForbiddenException("The values of '" + commoditySlug + "' need the subscription tier '" + tier
                + "', which the caller does not hold");
    }

    /**
     * One answer per item for a batched resolver: the value where the caller may see it, otherwise the
     * FORBIDDEN error itself, which the batch loader turns into a per-field error with a null value.
     */
    @SuppressWarnings("unchecked")
    public static <S, T> List<T> answers(List<S> items, Predicate<S> visible, Function<S, Commodity> commodityOf,
            Function<S, T> value) {
        List<Object> answers = new ArrayList<>(items.size());
        for (S item : items) {
            Commodity commodity = commodityOf.apply(item);
            answers.add(visible.test(item) ? value.apply(item) : valuesOf(commodity.slug, commodity.subscriptionTier));
        }
        return (List<T>) answers;
    }
}
