package dev.assay.article.mention;

import java.util.List;
import java.util.Set;

/**
 * What makes an article about a commodity: any of these tags or categories (slugs), or any of these phrases in
 * its text. Phrases match in any case, except words written in capitals ("LFP").
 */
public record CommodityTopic(long commodityId, Set<String> tags, Set<String> categories, List<String> phrases) {

    public CommodityTopic {
        tags = Set.copyOf(tags);
        categories = Set.copyOf(categories);
        phrases = List.copyOf(phrases);
    }
}
