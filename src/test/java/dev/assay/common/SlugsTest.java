package dev.assay.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The slug check agrees with its pattern, at any length. */
class SlugsTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "lithium", "lithium-carbonate", "3d-printing", "a-1-b"})
    void wellFormedSlugs(String slug) {
        assertTrue(Slugs.isValid(slug));
        assertTrue(slug.matches(Slugs.PATTERN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-a", "a-", "a--b", "Lithium", "lith ium", "lith_ium", "lithium\u0000", "über", "a-b-"})
    void malformedSlugs(String slug) {
        assertFalse(Slugs.isValid(slug));
        assertFalse(slug.matches(Slugs.PATTERN));
    }

    @Test
    void aLongSlugIsCheckedWithoutRecursion() {
        String hyphenated = "a-".repeat(100_000) + "a";
        assertTrue(Slugs.isValid(hyphenated));
        assertFalse(Slugs.isValid(hyphenated + "A"));
    }

    @Test
    void nullIsNoSlug() {
        assertEquals(false, Slugs.isValid(null));
    }
}
