package dev.assay.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.assay.graphql.ScalarSpecifications.Specification;
import dev.assay.support.GraphQLClient;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * The served SDL is a complete schema a client can load as it is: every type it uses is declared, and each
 * custom scalar says what it is on the wire (description) and which specification it follows.
 */
@QuarkusTest
class ServedSchemaTest {

    @Test
    void theServedSdlBuildsIntoASchemaWithEveryTypeDeclared() {
        // Throws a SchemaProblem naming every type the SDL uses without declaring it
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(servedRegistry());

        for (Map.Entry<String, Specification> scalar : ScalarSpecifications.SCALARS.entrySet()) {
            GraphQLScalarType declared = assertInstanceOf(GraphQLScalarType.class, schema.getType(scalar.getKey()),
                    "scalar " + scalar.getKey() + " is declared");
            assertEquals(scalar.getValue().description(), declared.getDescription(), scalar.getKey());
            assertEquals(scalar.getValue().url(), declared.getSpecifiedByUrl(), scalar.getKey() + " @specifiedBy");
        }
    }

    @Test
    void everyCustomScalarOfTheSchemaIsOneAssayDescribes() {
        Set<String> custom = servedRegistry().scalars().keySet().stream()
                .filter(name -> !ScalarInfo.isGraphqlSpecifiedScalar(name))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(ScalarSpecifications.SCALARS.keySet()), custom,
                "a custom scalar of the schema needs its description in ScalarSpecifications");
    }

    @Test
    void introspectionGivesTheSameDescriptionAndSpecification() {
        for (Map.Entry<String, Specification> scalar : ScalarSpecifications.SCALARS.entrySet()) {
            JsonPath type = GraphQLClient.post("scalarIntrospection", Map.of("name", scalar.getKey()));
            assertNull(type.get("errors"), scalar.getKey());
            assertEquals("SCALAR", type.getString("data.__type.kind"));
            assertEquals(scalar.getValue().description(), type.getString("data.__type.description"));
            assertEquals(scalar.getValue().url(), type.getString("data.__type.specifiedByURL"));
        }
    }

    private static TypeDefinitionRegistry servedRegistry() {
        return new SchemaParser().parse(SchemaContractTest.servedSchema());
    }
}
