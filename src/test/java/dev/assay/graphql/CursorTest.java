package dev.assay.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Cursors come back as they were handed out, or are refused naming the argument. */
class CursorTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026-05-27", "0001-01-01|42", "123456789", "lithium-carbonate|2026-05-27"})
    void positionsThisApiHandsOutComeBack(String position) throws BadUserInputException {
        assertEquals(position, Cursor.decode("kind", Cursor.encode("kind", position), "after"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+999999999-12-31", "-1", "2026-01-01|99999999999999999999", "", "x' OR '1'='1", "2026-01-01|"})
    void forgedPositionsAreRefused(String position) {
        BadUserInputException refused = assertThrows(BadUserInputException.class,
                () -> Cursor.decode("kind", Cursor.encode("kind", position), "after"));
        assertEquals("after", refused.argument());
    }

    @Test
    void aCursorOfAnotherListIsRefused() {
        assertThrows(BadUserInputException.class, () -> Cursor.decode("print", Cursor.encode("article", "2026-01-01|1"), "after"));
    }

    @Test
    void aHugeCursorIsRefusedBeforeItIsDecoded() {
        String huge = Base64.getUrlEncoder().encodeToString(("kind:" + "1".repeat(10_000)).getBytes(StandardCharsets.UTF_8));
        assertThrows(BadUserInputException.class, () -> Cursor.decode("kind", huge, "after"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0|42|lg chem|LG Chem", "3|7|societe generale|Société Générale", "1|2|a|b|c"})
    void aPositionEndingInTextComesBack(String position) throws BadUserInputException {
        assertEquals(position, Cursor.decodeEndingInText("kind", Cursor.encode("kind", position), "after", 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1|42|name", "0|+9|name", "0|42|line\nbreak", "0|42", "x' OR '1'='1|1|name"})
    void aForgedPositionEndingInTextIsRefused(String position) {
        assertThrows(BadUserInputException.class,
                () -> Cursor.decodeEndingInText("kind", Cursor.encode("kind", position), "after", 2));
    }
}
