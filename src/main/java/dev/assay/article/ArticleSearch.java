package dev.assay.article;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.assay.access.CallerEntitlements;
import dev.assay.article.ArticleSearchRepository.Hits;
import dev.assay.article.ArticleSearchRepository.Matches;
import dev.assay.article.ArticleSearchRepository.Position;
import dev.assay.graphql.BadUserInputException;
import dev.assay.graphql.Cursor;
import dev.assay.graphql.PageInfo;

/**
 * Pages of published articles matching a filter, newest first, in three statements whatever the page size; and
 * pages of the ranked full-text search. The SQL of both is {@link ArticleSearchRepository}'s.
 */
@ApplicationScoped
public class ArticleSearch {

    static final String CURSOR_KIND = "article";
    static final String HIT_CURSOR = "hit";
    private static final LocalDate UNDATED = LocalDate.of(1, 1, 1);

    @Inject
    ArticleSearchRepository repository;

    @Inject
    CallerEntitlements caller;

    public ArticleConnection page(ArticleFilter filter, int size, String after) throws BadUserInputException {
        ArticleFilter criteria = filter == null ? new ArticleFilter() : filter;
        if (criteria.from != null && criteria.to != null && criteria.from.isAfter(criteria.to)) {
            throw new BadUserInputException("filter.from", "the range starts on " + criteria.from + ", after its end "
                    + criteria.to);
        }
        Matches matches = repository.matching(criteria, caller.get().readableBodies(), afterPosition(after), size + 1);
        List<Long> fetched = matches.ids();
        return connection(fetched, size, after != null, matches.total(), articles(firstOf(fetched, size)));
    }

    /** Published articles matching a web-style query, best first; a private body counts only where readable. */
    Hits hits(String query, int size, String after) throws BadUserInputException {
        int offset = 0;
        if (after != null) {
            try {
                offset = Integer.parseInt(Cursor.decode(HIT_CURSOR, after, "after")) + 1;
            } catch (NumberFormatException e) {
                throw new BadUserInputException("after", "not a cursor returned by this API for this list");
            }
        }
        return repository.hits(query, caller.get().readableBodies(), size + 1, offset);
    }

    /** The articles with these ids, in one statement. */
    static Map<Long, Article> articles(List<Long> ids) {
        Map<Long, Article> byId = new HashMap<>();
        Article.withIds(ids).forEach(article -> byId.put(article.id, article));
        return byId;
    }

    static String cursorOf(Article article) {
        return Cursor.encode(CURSOR_KIND, publishedOrUndated(article) + "|" + article.id);
    }

    private static LocalDate publishedOrUndated(Article article) {
        return article.publishedOn == null ? UNDATED : article.publishedOn;
    }

    /** The position a cursor continues after; null without a cursor. */
    private static Position afterPosition(String after) throws BadUserInputException {
        if (after == null) {
            return null;
        }
        String[] position = Cursor.decode(CURSOR_KIND, after, "after").split("\\|");
        try {
            return new Position(LocalDate.parse(position[0]), Long.parseLong(position[1]));
        } catch (RuntimeException e) {
            throw new BadUserInputException("after", "not a cursor returned by this API for this list");
        }
    }

    /** A page from the ids fetched newest first: one more than the page holds when more follow. */
    private static ArticleConnection connection(List<Long> fetched, int size, boolean hasPrevious, int total,
            Map<Long, Article> articles) {
        List<ArticleEdge> edges = firstOf(fetched, size).stream().map(articles::get).filter(Objects::nonNull)
                .map(article -> new ArticleEdge(cursorOf(article), article)).toList();
        PageInfo info = new PageInfo(fetched.size() > size, hasPrevious,
                edges.isEmpty() ? null : edges.get(0).cursor, edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor);
        return new ArticleConnection(edges, info, total);
    }

    private static List<Long> firstOf(List<Long> ids, int size) {
        return ids.size() > size ? ids.subList(0, size) : ids;
    }
}
