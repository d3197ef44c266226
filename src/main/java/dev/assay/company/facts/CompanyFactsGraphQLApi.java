package dev.assay.company.facts;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import dev.assay.access.CallerEntitlements;
import dev.assay.article.Article;
import dev.assay.article.Visibility;
import dev.assay.company.Company;

/** A company's relations and the figures articles state about it, each citing its sentence, batched. */
@GraphQLApi
public class CompanyFactsGraphQLApi {

    @Inject
    CompanyFactsRepository repository;

    @Inject
    CallerEntitlements caller;

    @Description("The company's relations to others (joint ventures, partnerships, parents and subsidiaries, "
            + "suppliers and customers), each with the article sentence that states it.")
    public List<@NonNull List<@NonNull CompanyRelation>> relations(@Source List<Company> companies) {
        Map<Long, List<Relationship>> relationships = repository.relationshipsOf(companies.stream().map(c -> c.id).toList());
        return companies.stream().map(company -> relationships.get(company.id).stream().map(r -> {
            boolean fromSubject = r.subject.id.equals(company.id);
            return new CompanyRelation(RelationKind.of(r.kind, fromSubject), fromSubject ? r.object : r.subject,
                    r.description, source(r.sourceArticle, r.sourceSentence));
        }).toList()).toList();
    }

    @Description("Figures articles state about the company (capacities, plants, targets by year), each citing its "
            + "sentence.")
    public List<@NonNull List<@NonNull CompanyFact>> facts(@Source List<Company> companies) {
        Map<Long, List<CompanyFact>> facts = repository.factsOf(companies.stream().map(c -> c.id).toList());
        return companies.stream().map(c -> facts.get(c.id)).toList();
    }

    @Description("The article and sentence that state the fact.")
    public @NonNull SourceSentence source(@Source CompanyFact fact) {
        return source(fact.sourceArticle, fact.sourceSentence);
    }

    /** A source as the caller may see it: the sentence withheld when it is only in a body the caller may not read. */
    private SourceSentence source(Article article, String sentence) {
        boolean readable = caller.get().canReadBody(article.visibility == Visibility.PRIVATE, article.requiredTier)
                || article.title.contains(sentence) || (article.excerpt != null && article.excerpt.contains(sentence));
        return new SourceSentence(article, readable ? sentence : null);
    }
}
