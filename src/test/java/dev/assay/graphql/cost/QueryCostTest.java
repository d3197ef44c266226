package dev.assay.graphql.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import graphql.parser.Parser;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/** The cost of documents over a schema of the same shapes as the service's: lists, connections, paged fields. */
class QueryCostTest {

    private static final GraphQLSchema SCHEMA = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse("""
            type Query {
              ticker: [TickerEntry!]!
              commodities(sector: String): [Commodity!]!
              commodity(slug: String!): Commodity
              articles(first: Int, after: String): ArticleConnection!
              publishers: [String!]!
            }
            type TickerEntry { label: String today: Float deltas: [Delta!] commodity: Commodity }
            type Delta { basis: String value: Float }
            type Commodity {
              slug: String
              latest: Print
              history(first: Int, last: Int): PriceHistoryConnection
            }
            type Print { date: String value: Float }
            type PriceHistoryConnection { totalCount: Int edges: [PrintEdge!]! nodes: [Print!]! }
            type PrintEdge { cursor: String node: Print }
            type ArticleConnection { edges: [ArticleEdge!]! }
            type ArticleEdge { node: Article }
            type Article { slug: String related(first: Int): [Article!]! tags: [String!]! }
            """));

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            // a field is 1, plus its selection
            "{ commodity(slug: \"x\") { slug } }                                   | 2",
            // __typename is free
            "{ commodity(slug: \"x\") { __typename slug } }                        | 2",
            // a list of 20 ticker entries of 2 fields each
            "{ ticker { label today } }                                            | 60",
            // nested lists multiply: 20 entries x (1 + 7 deltas x 2)
            "{ ticker { deltas { basis } } }                                       | 300",
            // the requested page counts, not the field: 100 x (1 + edges (1 + node (1 + 1)))
            "{ commodity(slug: \"x\") { history(first: 100) { edges { node { date } } } } } | 401",
            // last counts as first does; lists in a connection are counted by its page
            "{ commodity(slug: \"x\") { history(last: 10) { totalCount nodes { date } } } } | 41",
            // no page size asked: the default page of 50
            "{ commodity(slug: \"x\") { history { totalCount } } }                 | 101",
            // beyond the page cap, the resolver refuses: counted at the cap
            "{ commodity(slug: \"x\") { history(first: 100000) { totalCount } } }  | 1001",
            // a narrowing argument states a shorter list: 20 commodities, not 100
            "{ commodities(sector: \"lithium\") { slug } }                          | 40",
            "{ commodities { slug } }                                              | 200",
            // aliases add up
            "{ a: ticker { label } b: ticker { label } }                           | 80",
            // related has a default page of 5, tags a stated length of 5: 2 x (1 + (1 + (1 + 5 x 2 + 5)))
            "{ articles(first: 2) { edges { node { related { slug } tags } } } }   | 36",
            // a list of unstated length counts 10
            "{ publishers }                                                        | 10",
    })
    void costOf(String document, String expected) {
        assertEquals(Long.parseLong(expected), cost(document, Map.of()), document);
    }

    @Test
    void pageSizesFromVariablesCount() {
        String document = "query Page($n: Int) { commodity(slug: \"x\") { history(first: $n) { totalCount } } }";
        assertEquals(1 + 7 * 2, cost(document, Map.of("n", 7)));
    }

    @Test
    void nestedPagesSaturateInsteadOfOverflowing() {
        StringBuilder document = new StringBuilder("{ articles(first: 500) { edges { node { ");
        for (int i = 0; i < 12; i++) {
            document.append("related(first: 500) { ");
        }
        document.append("slug").append(" }".repeat(12)).append(" } } } }");
        assertEquals(Long.MAX_VALUE, cost(document.toString(), Map.of()));
    }

    /** Ten aliases a level, each spreading the next level's fragment, eight levels deep: 10^8 fields. */
    @Test
    void everySpreadOfAFragmentCountsInFull() {
        StringBuilder document = new StringBuilder("{ articles(first: 1) { edges { node { ...f0 } } } }");
        for (int level = 0; level < 8; level++) {
            document.append(" fragment f").append(level).append(" on Article {");
            for (int alias = 0; alias < 10; alias++) {
                document.append(" r").append(alias).append(": related(first: 1) { ")
                        .append(level == 7 ? "slug" : "...f" + (level + 1)).append(" }");
            }
            document.append(" }");
        }
        long expected = 0;
        for (int level = 7; level >= 0; level--) {
            expected = 10 * (1 + (level == 7 ? 1 : expected));
        }
        assertEquals(1 + 1 * (1 + (1 + expected)), cost(document.toString(), Map.of()));
    }

    @Test
    void aFragmentSpreadUnderManyAliasesCountsEachTime() {
        String once = "{ a: ticker { ...entry } } fragment entry on TickerEntry { label today }";
        String twice = "{ a: ticker { ...entry } b: ticker { ...entry } } fragment entry on TickerEntry { label today }";
        assertEquals(60, cost(once, Map.of()));
        assertEquals(120, cost(twice, Map.of()));
    }

    @Test
    void introspectionIsCountedFieldByField() {
        String document = "{ __schema { types { name fields { name type { name } } } } }";
        assertEquals(7, cost(document, Map.of()));
    }

    private static long cost(String document, Map<String, Object> variables) {
        return QueryCost.of(SCHEMA, Parser.parse(document), null, variables);
    }
}
