package dev.assay.article.mention;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the companies an article mentions, by their names and aliases as articles write them: whole words,
 * case as written, the longest name first, nothing inside a web address or a picture credit, and abbreviations
 * an article defines in brackets after a name counted as that company for the rest of the article.
 */
public final class MentionFinder {

    /** A company's names: its display name and aliases. */
    public record CompanyNames(long companyId, String name, List<String> aliases) {

        public CompanyNames {
            Objects.requireNonNull(name, "name");
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    private final PhraseIndex<Long> names = new PhraseIndex<>();

    private MentionFinder(Collection<CompanyNames> companies) {
        for (CompanyNames company : companies) {
            names.add(Phrase.of(company.companyId(), company.name(), true));
            company.aliases().forEach(alias -> names.add(Phrase.of(company.companyId(), alias, true)));
        }
    }

    public static MentionFinder of(Collection<CompanyNames> companies) {
        return new MentionFinder(companies);
    }

    /** The companies the text mentions, by id, in the order of their first mention. */
    public Map<Long, Mentions> find(ArticleText text) {
        return Scan.run(text, names, true);
    }
}
