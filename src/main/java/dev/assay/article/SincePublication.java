package dev.assay.article;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.assay.access.SeriesAccess;
import dev.assay.access.SeriesGate;
import dev.assay.access.Withheld;
import dev.assay.price.api.Delta;
import dev.assay.price.calc.IndexDeltas;
import dev.assay.price.calc.Print;
import dev.assay.price.store.PriceRepository;

/**
 * What a commodity's index did after an article was published: the window from the last print on or before the
 * publication date to the latest print, computed by the same delta code as `change`. One statement for any number
 * of links; series the caller may not see are answered FORBIDDEN.
 */
@ApplicationScoped
public class SincePublication {

    @Inject
    LinkRepository links;

    @Inject
    SeriesGate gate;

    /** One answer per link: its delta, null for an undated article, or the FORBIDDEN error of a withheld series. */
    public List<Delta> of(List<? extends SincePublished> items) {
        SeriesAccess access = gate.caller();
        List<Map<String, Object>> pairs = new ArrayList<>();
        for (SincePublished item : items) {
            if (item.article().publishedOn != null && access.canSee(item.commodity())) {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("commodity_id", item.commodity().id);
                pair.put("day", item.article().publishedOn.toString());
                pairs.add(pair);
            }
        }
        Map<String, Print> prints = new HashMap<>();
        for (Object[] row : links.printsOnOrBefore(pairs)) {
            LocalDate day = row[1] == null ? null : row[1] instanceof LocalDate d ? d : ((Date) row[1]).toLocalDate();
            LocalDate date = row[2] instanceof LocalDate d ? d : ((Date) row[2]).toLocalDate();
            prints.put(key(((Number) row[0]).longValue(), day), new Print(date, (BigDecimal) row[3]));
        }
        return Withheld.answers(items, item -> access.canSee(item.commodity()), SincePublished::commodity, item -> {
            LocalDate published = item.article().publishedOn;
            if (published == null) {
                return null;
            }
            List<Print> ascending = new ArrayList<>();
            Print base = prints.get(key(item.commodity().id, published));
            Print latest = prints.get(key(item.commodity().id, null));
            if (base != null) {
                ascending.add(base);
            }
            if (latest != null && (base == null || latest.date().isAfter(base.date()))) {
                ascending.add(latest);
            }
            return Delta.computed(IndexDeltas.window(ascending, published, PriceRepository.UNBOUNDED));
        });
    }

    private static String key(long commodityId, LocalDate day) {
        return commodityId + "@" + day;
    }
}
