package dev.assay.ingest.seed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.assay.article.ArticleDocument;
import dev.assay.company.CompanyKind;
import dev.assay.company.facts.Relationship;
import dev.assay.ingest.json.MalformedPayloadException;

/** The registry and topic files as the project keeps them, and what a malformed one is told. */
class CompanyRegistryFileTest {

    @Test
    void theShippedRegistryReads() {
        CompanyRegistry registry = CompanyRegistry.load();
        assertTrue(registry.companies().size() >= 18);
        CompanyRegistry.Entry catl = registry.companies().stream().filter(c -> c.slug().equals("catl")).findFirst().orElseThrow();
        assertEquals(List.of("Contemporary Amperex Technology", "Contemporary Amperex Technology Co., Limited"), catl.aliases());
        assertEquals(CompanyKind.CELL_MAKER, catl.kind());
        assertTrue(registry.relations().stream().anyMatch(r -> r.subject().equals("lg-chem")
                && r.kind() == Relationship.Kind.JOINT_VENTURE && r.object().equals("sinopec")));
        assertEquals(15, CommodityTopics.load().topics().size());
    }

    @Test
    void everyQuotedSentenceIsInTheSeedArticleItCites() {
        SeedBundle seeds = SeedDocuments.readAll();
        CompanyRegistry registry = CompanyRegistry.load();
        Stream.concat(registry.relations().stream().map(CompanyRegistry.RelationEntry::source),
                registry.facts().stream().map(CompanyRegistry.FactEntry::source)).forEach(source -> {
                    ArticleDocument article = seeds.articles().stream().filter(a -> a.slug().equals(source.article()))
                            .findFirst().orElseThrow(() -> new AssertionError("no seed article " + source.article()));
                    String text = article.title() + "\n" + article.excerpt() + "\n" + article.bodyText();
                    assertTrue(text.contains(source.sentence()), source.sentence());
                });
    }

    static Stream<Arguments> malformed() {
        String company = "{\"slug\": \"acme\", \"name\": \"Acme\"}";
        return Stream.of(
                Arguments.of("[]", "companies.json must be an object"),
                Arguments.of("{\"companies\": [" + company + ", " + company + "]}", "companies.json.companies[1].slug \"acme\" is listed a second time"),
                Arguments.of("{\"companies\": [{\"slug\": \"Acme Inc\", \"name\": \"Acme\"}]}", "is not a slug"),
                Arguments.of("{\"companies\": [{\"slug\": \"acme\", \"name\": \"Acme\", \"country\": \"UK\"}]}",
                        "companies.json.companies[0].country \"UK\" is not an ISO 3166 alpha-2 code"),
                Arguments.of("{\"companies\": [{\"slug\": \"acme\", \"name\": \"Acme\", \"kind\": \"BANK\"}]}",
                        "companies.json.companies[0].kind \"BANK\" is none of"),
                Arguments.of("{\"companies\": [" + company + ", {\"slug\": \"other\", \"name\": \"Other\", \"aliases\": [\"Acme\"]}]}",
                        "companies.json.companies[1] names \"Acme\", which another company has"),
                Arguments.of("{\"companies\": [" + company + "], \"relations\": [{\"subject\": \"acme\", \"kind\": \"PARTNERSHIP\", "
                        + "\"object\": \"nobody\", \"description\": \"x\", \"source\": {\"article\": \"a\", \"sentence\": \"b\"}}]}",
                        "companies.json.relations[0].object \"nobody\" is not a company of the registry"),
                Arguments.of("{\"companies\": [" + company + "], \"facts\": [{\"company\": \"acme\", \"metric\": \"capacity\", "
                        + "\"value\": \"lots\", \"unit\": \"GWh\", \"year\": 2024, \"status\": \"ACTUAL\", \"statement\": \"x\", "
                        + "\"source\": {\"article\": \"a\", \"sentence\": \"b\"}}]}",
                        "companies.json.facts[0].value \"lots\" is not a number"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("malformed")
    void aMalformedRegistrySaysWhatAndWhere(String json, String message) {
        MalformedPayloadException refused = assertThrows(MalformedPayloadException.class, () -> CompanyRegistry.parse(json));
        assertTrue(refused.getMessage().contains(message), refused.getMessage());
    }

    @Test
    void aTopicWithoutWordsIsRefused() {
        MalformedPayloadException refused = assertThrows(MalformedPayloadException.class,
                () -> CommodityTopics.parse("{\"topics\": [{\"commodity\": \"lithium\", \"phrases\": [\"--\"]}]}"));
        assertEquals("commodity-topics.json.topics[0].phrases[0] holds no word", refused.getMessage());
    }
}
