package dev.assay.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The schema is a contract with partners: the served schema must equal the committed copy, so a change
 * to it is always deliberate. Regenerate the copy with {@code -Dassay.schema.update=true}.
 */
@QuarkusTest
class SchemaContractTest {

    private static final Path CONTRACT = Path.of("src", "main", "graphql", "schema.graphql");

    @Test
    void servedSchemaIsTheCommittedContract() throws IOException {
        String served = servedSchema();
        if (Boolean.getBoolean("assay.schema.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(CONTRACT), "The committed contract " + CONTRACT + " is missing");
        assertEquals(Files.readString(CONTRACT, StandardCharsets.UTF_8).strip(), served.strip(),
                "The served schema differs from " + CONTRACT + "; if the change is deliberate, rerun with "
                        + "-Dassay.schema.update=true and commit the new contract");
    }

    @Test
    void everyTypeAndFieldIsDescribed() {
        List<String> undescribed = new ArrayList<>();
        String previousLine = "";
        for (String line : servedSchema().split("\n")) {
            String trimmed = line.strip();
            boolean declaration = TYPE.matcher(trimmed).matches() || (line.startsWith("  ") && FIELD.matcher(trimmed).matches());
            if (declaration && !previousLine.endsWith("\"") && !previousLine.endsWith("\"\"\"")) {
                undescribed.add(trimmed);
            }
            previousLine = trimmed;
        }
        assertEquals(List.of(), undescribed, "every type and field needs a description");
    }

    private static final Pattern TYPE = Pattern.compile("^(type|input|enum|interface) (?!Query|Mutation|Subscription)\\w+.*\\{$");
    private static final Pattern FIELD = Pattern.compile("^\\w+(\\(.*\\))?: .+$");

    static String servedSchema() {
        return given().when().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    }
}
