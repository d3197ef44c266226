package dev.assay.ingest.nuxt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.assay.ingest.json.MalformedPayloadException;

import com.fasterxml.jackson.databind.JsonNode;

class NuxtPayloadTest {

    @Test
    void resolvesReferencesIntoPlainTree() {
        JsonNode root = NuxtPayload.decode(
                "[{\"name\":1,\"tags\":2,\"price\":5,\"flag\":6,\"none\":7},\"Lithium\",[3,4],\"a\",\"b\",411.01,true,null]");

        assertEquals("Lithium", root.get("name").textValue());
        assertEquals("[\"a\",\"b\"]", root.get("tags").toString());
        assertTrue(root.get("flag").booleanValue());
        assertTrue(root.get("none").isNull());
        assertEquals(new BigDecimal("411.01"), root.get("price").decimalValue());
    }

    @Test
    void keepsDecimalTextExactly() {
        JsonNode root = NuxtPayload.decode("[[1,2,3,4],411.01,324,2.30,1e2]");

        assertEquals("411.01", root.get(0).decimalValue().toPlainString());
        assertEquals("324", root.get(1).decimalValue().toPlainString());
        assertEquals("2.30", root.get(2).decimalValue().toPlainString());
        assertEquals(0, new BigDecimal("100").compareTo(root.get(3).decimalValue()));
    }

    @Test
    void literalNumbersAreEntriesNotIndices() {
        // Entry 1 is the number 0: an index pointing at it yields 0, not the root.
        JsonNode root = NuxtPayload.decode("[{\"count\":1},0]");

        assertEquals(0, root.get("count").intValue());
    }

    @Test
    void sharedEntriesAreResolvedOnceAndReused() {
        JsonNode root = NuxtPayload.decode("[{\"a\":1,\"b\":1,\"c\":3},{\"date\":2},\"2026-05-27\",[1,1]]");

        assertSame(root.get("a"), root.get("b"));
        assertSame(root.get("a"), root.get("c").get(1));
        assertEquals("2026-05-27", root.get("b").get("date").textValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ShallowReactive", "Reactive", "Ref", "ShallowRef"})
    void unwrapsReactiveWrappers(String wrapper) {
        JsonNode root = NuxtPayload.decode("[{\"data\":1},[\"" + wrapper + "\",2],{\"x\":3},42]");

        assertEquals(42, root.get("data").get("x").intValue());
    }

    @Test
    void unwrapsNestedWrappersAndWrappedRoot() {
        JsonNode root = NuxtPayload.decode("[[\"ShallowReactive\",1],[\"Ref\",2],{\"ok\":3},true]");

        assertTrue(root.get("ok").booleanValue());
    }

    @Test
    void revivesDevalueSpecialForms() {
        JsonNode root = NuxtPayload.decode("[{\"when\":1,\"set\":2,\"map\":5,\"bare\":8,\"big\":9,\"re\":10},"
                + "[\"Date\",\"2026-05-27T00:00:00.000Z\"],"
                + "[\"Set\",3,4],\"x\",\"y\","
                + "[\"Map\",6,7],\"k\",12,"
                + "[\"null\",\"p\",3],"
                + "[\"BigInt\",\"12345678901234567890\"],"
                + "[\"RegExp\",\"a+\",\"g\"]]");

        assertEquals("2026-05-27T00:00:00.000Z", root.get("when").textValue());
        assertEquals("[\"x\",\"y\"]", root.get("set").toString());
        assertEquals(12, root.get("map").get("k").intValue());
        assertEquals("x", root.get("bare").get("p").textValue());
        assertEquals("12345678901234567890", root.get("big").bigIntegerValue().toString());
        assertEquals("/a+/g", root.get("re").textValue());
    }

    @Test
    void revivesEmptyRefsFromTheirJsonText() {
        JsonNode root = NuxtPayload.decode("[{\"a\":1,\"b\":3},[\"EmptyRef\",2],\"_\",[\"EmptyShallowRef\",4],\"false\"]");

        assertTrue(root.get("a").isNull());
        assertTrue(root.get("b").isBoolean());
    }

    @Test
    void mapsReservedNegativeIndices() {
        JsonNode root = NuxtPayload.decode("[{\"undefined\":-1,\"nan\":-3,\"inf\":-4,\"ninf\":-5,\"nzero\":-6,\"holes\":1},[2,-2,2],7]");

        assertTrue(root.get("undefined").isNull());
        assertTrue(root.get("nan").isNull());
        assertTrue(root.get("inf").isNull());
        assertTrue(root.get("ninf").isNull());
        assertEquals(0, BigDecimal.ZERO.compareTo(root.get("nzero").decimalValue()));
        assertEquals("[7,null,7]", root.get("holes").toString());
    }

    @Test
    void rootMayBeALiteral() {
        assertEquals("hello", NuxtPayload.decode("[\"hello\"]").textValue());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json at all | not valid JSON",
        "{\"data\":1}     | must be a non-empty JSON array, found OBJECT",
        "[]               | must be a non-empty JSON array, found an empty one",
        "[1,2] trailing   | not valid JSON",
        "''               | is empty",
    })
    void rejectsDocumentsThatAreNotPayloads(String text, String message) {
        MalformedPayloadException e = assertThrows(MalformedPayloadException.class, () -> NuxtPayload.decode(text));
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @Test
    void rejectsNull() {
        assertThrows(MalformedPayloadException.class, () -> NuxtPayload.decode(null));
    }

    @Test
    void rejectsIndexOutOfRangeNamingIndexAndPath() {
        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> NuxtPayload.decode("[{\"data\":1},{\"ticker-data\":2},[3,9],\"x\"]"));

        assertEquals("Nuxt payload: index 9 is out of range (the payload has 4 entries) at $.data[\"ticker-data\"][1]",
                e.getMessage());
    }

    @Test
    void rejectsUnknownNegativeIndex() {
        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> NuxtPayload.decode("[{\"a\":-7}]"));

        assertEquals("Nuxt payload: index -7 is out of range (negative indices stop at -6) at $.a", e.getMessage());
    }

    @Test
    void rejectsCycleNamingTheEntry() {
        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> NuxtPayload.decode("[{\"child\":1},{\"parent\":2},[\"Reactive\",1]]"));

        assertEquals("Nuxt payload: cycle: entry 1 refers back to itself at $.child.parent<Reactive>", e.getMessage());
    }

    @Test
    void rejectsRootThatContainsItself() {
        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> NuxtPayload.decode("[{\"self\":0}]"));

        assertEquals("Nuxt payload: cycle: entry 0 refers back to itself at $.self", e.getMessage());
    }

    @Test
    void rejectsUnknownWrapper() {
        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> NuxtPayload.decode("[{\"data\":1},[\"Frobnicate\",0]]"));

        assertEquals("Nuxt payload: entry 1 has unknown wrapper 'Frobnicate' at $.data", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "[{\"data\":1},[\"Ref\"]]            | entry 1 is a malformed 'Ref' wrapper: expected 1 argument(s), found 0 at $.data",
        "[{\"data\":1},[\"ShallowRef\",2,3]] | entry 1 is a malformed 'ShallowRef' wrapper: expected 1 argument(s), found 2 at $.data",
        "[{\"data\":1},[\"Date\",5]]         | entry 1 is a malformed 'Date' wrapper: expected text at position 1, found number 5 at $.data",
        "[{\"data\":1},[\"Map\",0]]          | entry 1 is a malformed 'Map' wrapper: expected key/value index pairs at $.data",
    })
    void rejectsWrappersOfTheWrongShape(String payload, String message) {
        MalformedPayloadException e = assertThrows(MalformedPayloadException.class, () -> NuxtPayload.decode(payload));
        assertEquals("Nuxt payload: " + message, e.getMessage());
    }

    @Test
    void rejectsReferenceThatIsNotAnIndex() {
        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> NuxtPayload.decode("[{\"data\":1},{\"label\":\"Lithium\"}]"));

        assertEquals("Nuxt payload: entry 1 holds text \"Lithium\" where an entry index belongs at $.data.label",
                e.getMessage());
    }

    @Test
    void rejectsFractionalIndex() {
        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> NuxtPayload.decode("[[1.5],\"x\"]"));

        assertTrue(e.getMessage().contains("where an entry index belongs at $[0]"), e.getMessage());
    }

    @Test
    void decodesReferenceChainsFarDeeperThanTheThreadStackWouldAllow() {
        JsonNode node = NuxtPayload.decode(chain(100_000, "\"bottom\""));

        for (int i = 0; i < 100_000; i++) {
            node = node.get(0);
        }
        assertEquals("bottom", node.textValue());
    }

    @Test
    void shortensThePathOfAnErrorDeepInAChain() {
        MalformedPayloadException e = assertThrows(MalformedPayloadException.class,
                () -> NuxtPayload.decode(chain(500, "[999999]")));

        assertEquals("Nuxt payload: index 999999 is out of range (the payload has 501 entries) at "
                + "$[0][0][0][0][0][0][0][0][0][0]...[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]",
                e.getMessage());
    }

    /** Entries 0..depth-1 each hold a one-element array pointing at the next entry; the last entry is {@code last}. */
    private static String chain(int depth, String last) {
        StringBuilder payload = new StringBuilder("[");
        for (int i = 0; i < depth; i++) {
            payload.append('[').append(i + 1).append("],");
        }
        return payload.append(last).append(']').toString();
    }
}
