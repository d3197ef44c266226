package dev.assay.ingest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import dev.assay.article.Article;
import dev.assay.article.ArticleLinking;
import dev.assay.article.LinkRepository;
import dev.assay.commodity.Commodity;
import dev.assay.company.Company;
import dev.assay.company.facts.CompanyFact;
import dev.assay.company.facts.Relationship;
import dev.assay.ingest.json.MalformedPayloadException;
import dev.assay.ingest.seed.CommodityTopics;
import dev.assay.ingest.seed.CompanyRegistry;
import dev.assay.ingest.seed.SeedResources;
import io.quarkus.logging.Log;

/**
 * Imports the company registry and the commodity topics kept beside the seeds, each when its content is new (by
 * checksum, as documents are), in one transaction with the recomputation of every article's links. Companies are
 * upserted by slug, so editors' own companies stay; the relations and facts are the registry's and are replaced.
 */
@ApplicationScoped
public class RegistryImport {

    @Inject
    EntityManager em;

    @Inject
    ArticleLinking linking;

    @Inject
    LinkRepository links;

    /** Imports the shipped files that changed; true when something was imported. */
    @Transactional
    public boolean importShipped() {
        return importFiles(SeedResources.read(CompanyRegistry.FILE), SeedResources.read(CommodityTopics.FILE));
    }

    /** Imports the registry and topics given as text, each unless its checksum is in the ledger. */
    @Transactional
    public boolean importFiles(String registryText, String topicsText) {
        String registrySum = DocumentImporter.sha256(registryText);
        String topicsSum = DocumentImporter.sha256(topicsText);
        boolean registryNew = !ImportLedgerEntry.contains(registrySum);
        boolean topicsNew = !ImportLedgerEntry.contains(topicsSum);
        if (!registryNew && !topicsNew) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        if (registryNew) {
            CompanyRegistry registry = CompanyRegistry.parse(registryText);
            apply(registry);
            ledger(CompanyRegistry.FILE, registrySum, "COMPANY_REGISTRY", registry.companies().size() + " companies, "
                    + registry.relations().size() + " relations, " + registry.facts().size() + " facts", now);
        }
        if (topicsNew) {
            CommodityTopics topics = CommodityTopics.parse(topicsText);
            int stored = apply(topics);
            ledger(CommodityTopics.FILE, topicsSum, "COMMODITY_TOPICS", stored + " commodity topics", now);
        }
        em.flush();
        linking.refreshAll();
        return true;
    }

    private void apply(CompanyRegistry registry) {
        Map<String, Company> companies = new HashMap<>();
        for (CompanyRegistry.Entry entry : registry.companies()) {
            Company company = Company.findBySlug(entry.slug()).orElseGet(Company::new);
            company.slug = entry.slug();
            company.name = entry.name();
            company.aliases = entry.aliases().toArray(String[]::new);
            company.kind = entry.kind();
            company.country = entry.country();
            company.website = entry.website();
            company.description = entry.description();
            if (company.id == null) {
                company.persist();
            }
            companies.put(company.slug, company);
        }
        em.flush();
        Relationship.deleteAll();
        CompanyFact.deleteAll();
        Map<String, Article> articles = new HashMap<>();
        for (CompanyRegistry.RelationEntry entry : registry.relations()) {
            Relationship relation = new Relationship();
            relation.kind = entry.kind();
            relation.subject = companies.get(entry.subject());
            relation.object = companies.get(entry.object());
            relation.description = entry.description();
            relation.sourceArticle = cited(entry.source(), articles);
            relation.sourceSentence = entry.source().sentence();
            relation.persist();
        }
        int position = 0;
        for (CompanyRegistry.FactEntry entry : registry.facts()) {
            CompanyFact fact = new CompanyFact();
            fact.company = companies.get(entry.company());
            fact.metric = entry.metric();
            fact.scope = entry.scope();
            fact.value = entry.value();
            fact.unit = entry.unit();
            fact.year = entry.year();
            fact.status = entry.status();
            fact.statement = entry.statement();
            fact.sourceArticle = cited(entry.source(), articles);
            fact.sourceSentence = entry.source().sentence();
            fact.position = position++;
            fact.persist();
        }
    }

    /** The article a source cites, which must hold its sentence word for word. */
    private static Article cited(CompanyRegistry.Source source, Map<String, Article> articles) {
        Article article = articles.computeIfAbsent(source.article(), slug -> Article.findBySlug(slug).orElseThrow(
                () -> new MalformedPayloadException(CompanyRegistry.FILE + " cites the article \"" + slug
                        + "\", which is not stored")));
        String text = article.title + "\n" + (article.excerpt == null ? "" : article.excerpt) + "\n" + article.bodyText;
        if (!text.contains(source.sentence())) {
            throw new MalformedPayloadException(CompanyRegistry.FILE + " quotes \"" + source.sentence()
                    + "\" from the article \"" + article.slug + "\", which does not say it");
        }
        return article;
    }

    private int apply(CommodityTopics topics) {
        links.deleteTopics();
        Map<String, Commodity> commodities = new HashMap<>();
        Commodity.<Commodity>listAll().forEach(c -> commodities.put(c.slug, c));
        int stored = 0;
        for (CommodityTopics.Topic topic : topics.topics()) {
            Commodity commodity = commodities.get(topic.commodity());
            if (commodity == null) {
                Log.warnf("%s names the commodity %s, which is not in the catalogue; its topic is left out",
                        CommodityTopics.FILE, topic.commodity());
                continue;
            }
            links.insertTopic(commodity.id, topic.tags(), topic.categories(), topic.phrases());
            stored++;
        }
        return stored;
    }

    private static void ledger(String source, String checksum, String kind, String summary, OffsetDateTime at) {
        ImportLedgerEntry entry = new ImportLedgerEntry();
        entry.sourceName = source;
        entry.checksum = checksum;
        entry.kind = kind;
        entry.importedAt = at;
        entry.summary = summary;
        entry.persist();
        Log.infof("Imported %s: %s", source, summary);
    }
}
