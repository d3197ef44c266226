package dev.assay.article;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.assay.article.LinkRepository.LinkRow;
import dev.assay.article.LinkRepository.LinkedText;
import dev.assay.article.mention.MentionFinder;
import dev.assay.article.mention.Mentions;
import dev.assay.article.mention.TopicFinder;
import dev.assay.article.mention.TopicLink;
import dev.assay.company.CompanyNamesChanged;
import io.quarkus.logging.Log;

/**
 * Computes the links of articles to the companies they mention and the commodities they discuss, from their
 * text, tags and categories as they are now, and stores them. An editor's choice wins over the computation: a
 * company linked by hand stays linked, one refused stays out, however the text or the names change.
 */
@ApplicationScoped
public class ArticleLinking {

    private static final int CHUNK = 200;

    @Inject
    LinkRepository links;

    /** Recomputes the links of these articles. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return;
        }
        links.flush();
        MentionFinder companies = MentionFinder.of(links.companyNames());
        TopicFinder topics = TopicFinder.of(links.topics());
        List<Long> ids = List.copyOf(articleIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            refresh(ids.subList(from, Math.min(ids.size(), from + CHUNK)), companies, topics);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(long articleId) {
        refresh(List.of(articleId));
    }

    /** Recomputes the links of every article: after the company names or the commodity topics changed wholesale. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshAll() {
        List<Long> ids = links.articleIds();
        refresh(ids);
        Log.infof("Links of %d articles recomputed", ids.size());
    }

    /** An editor renamed a company: its mentions are found again, in the editor's transaction. */
    void onCompanyNamesChanged(@Observes CompanyNamesChanged changed) {
        refreshMentionsOf(changed.companyId(), changed.names());
    }

    /** Recomputes the links of the articles that may mention a company under its names, or are linked to it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refreshMentionsOf(long companyId, List<String> names) {
        links.flush();
        refresh(links.candidates(companyId, names));
    }

    /** Records an editor's choice for one company of an article (linked, refused, or null: back to the text). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void choose(long articleId, long companyId, Boolean linked, String actor, java.time.OffsetDateTime at) {
        if (linked == null) {
            links.forget(articleId, companyId);
        } else {
            links.choose(articleId, companyId, linked, actor, at);
        }
        refresh(articleId);
    }

    /** Replaces the companies an editor linked to an article by hand; the refused ones stay refused. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void chooseLinked(long articleId, Collection<Long> companyIds, String actor, java.time.OffsetDateTime at) {
        links.forget(articleId, null);
        companyIds.forEach(company -> links.choose(articleId, company, true, actor, at));
        refresh(articleId);
    }

    private void refresh(List<Long> ids, MentionFinder companies, TopicFinder topics) {
        Map<Long, Map<Long, Boolean>> choices = links.choices(ids);
        List<LinkRow> companyRows = new ArrayList<>();
        List<LinkRow> commodityRows = new ArrayList<>();
        for (LinkedText article : links.texts(ids)) {
            Map<Long, Mentions> found = companies.find(article.text());
            Map<Long, Boolean> chosen = choices.getOrDefault(article.articleId(), Map.of());
            found.forEach((company, mentions) -> {
                if (!Boolean.FALSE.equals(chosen.get(company))) {
                    companyRows.add(row(article.articleId(), company, mentions, Boolean.TRUE.equals(chosen.get(company)),
                            List.of()));
                }
            });
            chosen.forEach((company, linked) -> {
                if (linked && !found.containsKey(company)) {
                    companyRows.add(row(article.articleId(), company, null, true, List.of()));
                }
            });
            topics.find(article.text(), article.tags(), article.categories()).forEach((commodity, link) ->
                    commodityRows.add(row(article.articleId(), commodity, link.mentions(), false,
                            link.via().stream().sorted().map(TopicLink.LinkReason::name).toList())));
        }
        links.replace(ids, companyRows, commodityRows);
    }

    private static LinkRow row(long articleId, long target, Mentions mentions, boolean byHand, List<String> via) {
        return new LinkRow(articleId, target, mentions == null ? 0 : mentions.count(),
                mentions == null ? null : mentions.part().name(), mentions == null ? null : mentions.sentence(), byHand, via);
    }
}
