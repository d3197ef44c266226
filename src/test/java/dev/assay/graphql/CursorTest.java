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
    @ValueSource(strings = {"2026-05-27", "0001-01-01|42", "123456789"})
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
}
