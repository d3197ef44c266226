package dev.assay.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.assay.support.GraphQLClient;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.test.junit.QuarkusTest;

/** The engine as the service runs it: documents parsed once, properties read without a per-field context. */
@QuarkusTest
class EngineSetupTest {

    @Inject
    GraphQLSchema schema;

    @Test
    void propertiesOfOutputTypesAreReadByThePlainFetcher() {
        for (String[] coordinates : new String[][] { { "Print", "date" }, { "Print", "value" }, { "Delta", "basis" },
                { "TickerEntry", "label" }, { "Commodity", "slug" } }) {
            GraphQLObjectType type = schema.getObjectType(coordinates[0]);
            assertInstanceOf(PlainFieldFetcher.class, schema.getCodeRegistry().getDataFetcher(
                    FieldCoordinates.coordinates(type, coordinates[1]), type.getFieldDefinition(coordinates[1])),
                    String.join(".", coordinates));
        }
    }

    @Test
    void aRepeatedQueryIsParsedOnceAndAnInvalidOneNever() {
        String query = "{ ticker { label publishedDate } commodities { slug } }";
        GraphQLClient.postQuery(query, Map.of());
        int held = EngineCustomization.cachedDocuments();
        GraphQLClient.postQuery(query, Map.of());
        assertEquals(held, EngineCustomization.cachedDocuments());
        GraphQLClient.postQuery("{ tickerr { label } }", Map.of());
        assertEquals(held, EngineCustomization.cachedDocuments());
    }
}
