package dev.assay.article.mention;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Phrases by their first word, so that a text is scanned once, word by word, whatever their number. */
final class PhraseIndex<K> {

    private final Map<String, List<Phrase<K>>> byKey = new HashMap<>();

    void add(Phrase<K> phrase) {
        if (phrase != null) {
            byKey.computeIfAbsent(phrase.key(), key -> new ArrayList<>()).add(phrase);
        }
    }

    boolean contains(String firstWord) {
        return byKey.containsKey(firstWord.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * The longest phrases matching from word {@code i}: several only when owners share the very same words.
     * Empty when none does.
     */
    List<Phrase<K>> longestAt(Section section, int i) {
        List<Phrase<K>> candidates = byKey.get(section.words().get(i).text().toLowerCase(java.util.Locale.ROOT));
        if (candidates == null) {
            return List.of();
        }
        List<Phrase<K>> longest = new ArrayList<>();
        int length = 0;
        for (Phrase<K> phrase : candidates) {
            if (phrase.words().size() >= length && phrase.matchesAt(section, i)) {
                if (phrase.words().size() > length) {
                    longest.clear();
                    length = phrase.words().size();
                }
                if (longest.stream().noneMatch(p -> p.owner().equals(phrase.owner()))) {
                    longest.add(phrase);
                }
            }
        }
        return longest;
    }
}
