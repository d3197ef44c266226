package dev.assay.price.store;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;

import dev.assay.price.calc.Print;

/**
 * The recent tails of series (see {@link PriceRepository#tails}) loaded once per request and shared by the
 * fields that read them: {@code latest}, {@code previous}, {@code deltas} and the ticker over the same
 * commodities and the same {@code asOf}/{@code knownAt} cost one statement between them, not one each.
 * Only the commodities not yet loaded for those arguments are read; a print written during the request (a
 * mutation's answer reads its own write) empties the memo.
 */
@RequestScoped
public class PrintTails {

    @Inject
    PriceRepository prices;

    private final Map<TailArguments, Map<Long, List<Print>>> loaded = new HashMap<>();

    /** Each commodity's tail up to {@code asOf}, as known at {@code knownAt} (now when null). */
    public synchronized Map<Long, List<Print>> of(Collection<Long> commodityIds, LocalDate asOf, OffsetDateTime knownAt) {
        Map<Long, List<Print>> known = loaded.computeIfAbsent(new TailArguments(asOf, knownAt), key -> new HashMap<>());
        List<Long> missing = new ArrayList<>();
        for (Long id : commodityIds) {
            if (!known.containsKey(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            known.putAll(prices.tails(missing, asOf, knownAt));
        }
        Map<Long, List<Print>> tails = new HashMap<>();
        commodityIds.forEach(id -> tails.put(id, known.get(id)));
        return tails;
    }

    /** Only when this request has loaded tails: writes made elsewhere never create the bean. */
    synchronized void forget(@Observes(notifyObserver = Reception.IF_EXISTS) RevisionsWritten written) {
        loaded.clear();
    }

    private record TailArguments(LocalDate asOf, OffsetDateTime knownAt) {
    }
}
