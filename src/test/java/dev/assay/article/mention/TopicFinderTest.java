package dev.assay.article.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.assay.article.mention.TopicLink.LinkReason;

/** Articles linked to commodities through tags, categories and phrases of their text. */
class TopicFinderTest {

    private static final long LITHIUM = 1;
    private static final long CARBONATE = 2;
    private static final long CELLS = 3;
    private static final long LFP = 4;
    private static final long ANODE = 5;

    private static final TopicFinder FINDER = TopicFinder.of(List.of(
            new CommodityTopic(LITHIUM, Set.of("lithium"), Set.of(), List.of("lithium prices", "lithium supplies")),
            new CommodityTopic(CARBONATE, Set.of(), Set.of(), List.of("lithium carbonate")),
            new CommodityTopic(CELLS, Set.of(), Set.of("gigafactories"), List.of("lithium-ion battery", "lithium-ion batteries")),
            new CommodityTopic(LFP, Set.of(), Set.of(), List.of("LFP", "lithium iron phosphate")),
            new CommodityTopic(ANODE, Set.of("anode"), Set.of("silicon-anode"), List.of("silicon anode"))));

    /** Text, tags, categories, then each commodity linked with why and how many text mentions. */
    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("Lithium carbonate prices rose.", Set.of(), Set.of(), Map.of(CARBONATE, "TEXT 1")),
                Arguments.of("LITHIUM CARBONATE and lithium prices.", Set.of(), Set.of(),
                        Map.of(CARBONATE, "TEXT 1", LITHIUM, "TEXT 1")),
                Arguments.of("Lithium-ion batteries and lithium ion battery cells.", Set.of(), Set.of(), Map.of(CELLS, "TEXT 2")),
                Arguments.of("LFP cells, not lfp or Lfp.", Set.of(), Set.of(), Map.of(LFP, "TEXT 1")),
                Arguments.of("Nothing here.", Set.of("lithium"), Set.of("gigafactories"),
                        Map.of(LITHIUM, "TAG", CELLS, "CATEGORY")),
                Arguments.of("Silicon anode makers.", Set.of("anode"), Set.of("silicon-anode"),
                        Map.of(ANODE, "TAG CATEGORY TEXT 1")),
                Arguments.of("See https://example.com/lithium-carbonate-prices now.", Set.of(), Set.of(), Map.of()),
                Arguments.of("Lithium rose.", Set.of("china"), Set.of(), Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void linksEachCommodityWithItsReasons(String text, Set<String> tags, Set<String> categories, Map<Long, String> expected) {
        Map<Long, String> links = new TreeMap<>();
        FINDER.find(ArticleText.of(null, null, text), tags, categories).forEach((commodity, link) -> {
            StringBuilder why = new StringBuilder();
            for (LinkReason reason : LinkReason.values()) {
                if (link.via().contains(reason)) {
                    why.append(why.isEmpty() ? "" : " ").append(reason);
                }
            }
            if (link.mentions() != null) {
                why.append(' ').append(link.mentions().count());
            }
            links.put(commodity, why.toString());
        });
        assertEquals(new TreeMap<>(expected), links);
    }
}
