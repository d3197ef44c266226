package dev.assay.article.mention;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.assay.article.mention.TopicLink.LinkReason;

/**
 * Finds the commodities an article discusses, by the mapping of tags, categories and phrases to commodities.
 * Phrases match as names do, the longest first: "lithium carbonate prices" is about lithium carbonate, not also
 * about lithium.
 */
public final class TopicFinder {

    private final Collection<CommodityTopic> topics;
    private final PhraseIndex<Long> phrases = new PhraseIndex<>();

    private TopicFinder(Collection<CommodityTopic> topics) {
        this.topics = topics;
        for (CommodityTopic topic : topics) {
            topic.phrases().forEach(phrase -> phrases.add(Phrase.of(topic.commodityId(), phrase, false)));
        }
    }

    public static TopicFinder of(Collection<CommodityTopic> topics) {
        return new TopicFinder(topics);
    }

    /** The commodities the article is about, by id, with why. */
    public Map<Long, TopicLink> find(ArticleText text, Set<String> tags, Set<String> categories) {
        Map<Long, Mentions> named = Scan.run(text, phrases, false);
        Map<Long, TopicLink> links = new LinkedHashMap<>();
        for (CommodityTopic topic : topics) {
            Set<LinkReason> via = EnumSet.noneOf(LinkReason.class);
            if (topic.tags().stream().anyMatch(tags::contains)) {
                via.add(LinkReason.TAG);
            }
            if (topic.categories().stream().anyMatch(categories::contains)) {
                via.add(LinkReason.CATEGORY);
            }
            Mentions mentions = named.get(topic.commodityId());
            if (mentions != null) {
                via.add(LinkReason.TEXT);
            }
            if (!via.isEmpty()) {
                links.put(topic.commodityId(), new TopicLink(via, mentions));
            }
        }
        return links;
    }
}
