package dev.assay.article.mention;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over an article's sections, word by word: at each word the longest phrase that starts there is a
 * mention of its owner, and its words are not matched again, so "LG Energy Solutions" is one mention, not also
 * one of a shorter name inside it.
 * <p>
 * With abbreviations learnt, a name followed by a capitalised abbreviation in brackets ("Intercontinental
 * Exchange (ICE)") makes the abbreviation a name of the same owner for the rest of the article; the bracket
 * itself is part of the mention it follows.
 */
final class Scan<K> {

    private static final Pattern ABBREVIATION = Pattern.compile("(?:['’]s)?\\s*\\(\\s*(\\p{Lu}[\\p{Lu}\\p{N}]{1,7})\\s*\\)");

    private final PhraseIndex<K> names;
    private final boolean learnAbbreviations;
    private final PhraseIndex<K> learnt = new PhraseIndex<>();

    private Scan(PhraseIndex<K> names, boolean learnAbbreviations) {
        this.names = names;
        this.learnAbbreviations = learnAbbreviations;
    }

    static <K> Map<K, Mentions> run(ArticleText text, PhraseIndex<K> names, boolean learnAbbreviations) {
        return new Scan<>(names, learnAbbreviations).over(text);
    }

    private Map<K, Mentions> over(ArticleText text) {
        Map<K, Mentions> found = new LinkedHashMap<>();
        for (Section section : text.sections()) {
            Sentences sentences = null;
            List<Word> words = section.words();
            int i = 0;
            while (i < words.size()) {
                List<Phrase<K>> phrases = longestAt(section, i);
                if (phrases.isEmpty()) {
                    i++;
                    continue;
                }
                int last = i + phrases.get(0).words().size() - 1;
                for (Phrase<K> phrase : phrases) {
                    Mentions before = found.get(phrase.owner());
                    if (before == null) {
                        if (sentences == null) {
                            sentences = Sentences.of(section.text());
                        }
                        found.put(phrase.owner(), new Mentions(1, section.part(),
                                sentences.around(words.get(i).start(), words.get(last).end())));
                    } else {
                        found.put(phrase.owner(), before.plusOne());
                    }
                }
                i = last + 1;
                if (learnAbbreviations && phrases.size() == 1) {
                    i = afterAbbreviation(section, words.get(last).end(), i, phrases.get(0).owner());
                }
            }
        }
        return found;
    }

    private List<Phrase<K>> longestAt(Section section, int i) {
        List<Phrase<K>> known = names.longestAt(section, i);
        List<Phrase<K>> local = learnt.longestAt(section, i);
        if (local.isEmpty()) {
            return known;
        }
        return !known.isEmpty() && known.get(0).words().size() >= local.get(0).words().size() ? known : local;
    }

    /**
     * Learns an abbreviation in brackets right after a name of {@code owner}, unless it names another owner,
     * and returns the word to go on from: past the bracket when it was the owner's.
     */
    private int afterAbbreviation(Section section, int end, int next, K owner) {
        Matcher bracket = ABBREVIATION.matcher(section.text()).region(end, section.text().length());
        if (!bracket.lookingAt()) {
            return next;
        }
        String abbreviation = bracket.group(1);
        if (names.contains(abbreviation)) {
            Section alone = Section.of(section.part(), abbreviation);
            List<Phrase<K>> owners = names.longestAt(alone, 0);
            if (owners.stream().anyMatch(p -> !p.owner().equals(owner) && p.words().size() == 1)) {
                return next;
            }
        } else {
            learnt.add(Phrase.of(owner, abbreviation, true));
        }
        int skip = next;
        while (skip < section.words().size() && section.words().get(skip).start() < bracket.end()) {
            skip++;
        }
        return skip;
    }
}
