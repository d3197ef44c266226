package dev.assay.ingest.seed;

import static dev.assay.ingest.json.JsonFields.optionalArray;
import static dev.assay.ingest.json.JsonFields.optionalText;
import static dev.assay.ingest.json.JsonFields.required;
import static dev.assay.ingest.json.JsonFields.requiredArray;
import static dev.assay.ingest.json.JsonFields.requiredObject;
import static dev.assay.ingest.json.JsonFields.requiredText;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.assay.common.Slugs;
import dev.assay.company.CompanyKind;
import dev.assay.company.facts.FactStatus;
import dev.assay.company.facts.Relationship;
import dev.assay.ingest.json.Json;
import dev.assay.ingest.json.JsonFields;
import dev.assay.ingest.json.MalformedPayloadException;

/**
 * The company registry as the project keeps it (companies.json beside the seeds): companies with their names as
 * articles write them, the relations between them and the figures articles state about them, each citing an
 * article by slug and the sentence of it that states it. Read completely and checked before anything is stored.
 */
public record CompanyRegistry(List<Entry> companies, List<RelationEntry> relations, List<FactEntry> facts) {

    public static final String FILE = "companies.json";
    private static final String ROOT = "companies.json";
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** A company of the registry. */
    public record Entry(String slug, String name, List<String> aliases, String country, CompanyKind kind, String website,
            String description) {
    }

    /** Where a relation or fact comes from: an article by slug and its sentence, word for word. */
    public record Source(String article, String sentence) {
    }

    /** A relation between two companies of the registry, by slug. */
    public record RelationEntry(String subject, Relationship.Kind kind, String object, String description, Source source) {
    }

    /** A figure about a company of the registry. */
    public record FactEntry(String company, String metric, String scope, BigDecimal value, String unit, int year,
            FactStatus status, String statement, Source source) {
    }

    public CompanyRegistry {
        companies = List.copyOf(companies);
        relations = List.copyOf(relations);
        facts = List.copyOf(facts);
    }

    /** The registry shipped with the seeds. */
    public static CompanyRegistry load() {
        return parse(SeedResources.read(FILE));
    }

    public static CompanyRegistry parse(String json) {
        JsonNode root = Json.parse(json, ROOT);
        if (!root.isObject()) {
            throw JsonFields.wrongType(ROOT, "an object", root);
        }
        List<Entry> companies = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        Set<String> names = new HashSet<>();
        JsonNode array = requiredArray(root, "companies", ROOT);
        for (int i = 0; i < array.size(); i++) {
            String path = ROOT + ".companies[" + i + "]";
            Entry entry = company(object(array.get(i), path), path);
            if (!slugs.add(entry.slug())) {
                throw new MalformedPayloadException(path + ".slug \"" + entry.slug() + "\" is listed a second time");
            }
            for (String name : concat(entry.name(), entry.aliases())) {
                if (!names.add(name)) {
                    throw new MalformedPayloadException(path + " names \"" + name + "\", which another company has");
                }
            }
            companies.add(entry);
        }
        List<RelationEntry> relations = new ArrayList<>();
        JsonNode relationArray = optionalArray(root, "relations", ROOT);
        for (int i = 0; i < relationArray.size(); i++) {
            String path = ROOT + ".relations[" + i + "]";
            JsonNode node = object(relationArray.get(i), path);
            RelationEntry relation = new RelationEntry(known(requiredText(node, "subject", path), slugs, path + ".subject"),
                    named(Relationship.Kind.class, requiredText(node, "kind", path), path + ".kind"),
                    known(requiredText(node, "object", path), slugs, path + ".object"),
                    requiredText(node, "description", path), source(node, path));
            if (relation.subject().equals(relation.object())) {
                throw new MalformedPayloadException(path + " relates \"" + relation.subject() + "\" to itself");
            }
            relations.add(relation);
        }
        List<FactEntry> facts = new ArrayList<>();
        JsonNode factArray = optionalArray(root, "facts", ROOT);
        for (int i = 0; i < factArray.size(); i++) {
            String path = ROOT + ".facts[" + i + "]";
            JsonNode node = object(factArray.get(i), path);
            String metric = requiredText(node, "metric", path);
            if (!Slugs.isValid(metric)) {
                throw new MalformedPayloadException(path + ".metric \"" + metric + "\" is not a slug");
            }
            JsonNode year = required(node, "year", path);
            if (!year.canConvertToInt()) {
                throw JsonFields.wrongType(path + ".year", "a year", year);
            }
            facts.add(new FactEntry(known(requiredText(node, "company", path), slugs, path + ".company"), metric,
                    optionalText(node, "scope", path), decimal(node, path), requiredText(node, "unit", path), year.asInt(),
                    named(FactStatus.class, requiredText(node, "status", path), path + ".status"),
                    requiredText(node, "statement", path), source(node, path)));
        }
        return new CompanyRegistry(companies, relations, facts);
    }

    private static Entry company(JsonNode node, String path) {
        String slug = requiredText(node, "slug", path);
        if (!Slugs.isValid(slug)) {
            throw new MalformedPayloadException(path + ".slug \"" + slug + "\" is not a slug");
        }
        String name = requiredText(node, "name", path).strip();
        if (name.isEmpty()) {
            throw new MalformedPayloadException(path + ".name is blank");
        }
        List<String> aliases = new ArrayList<>();
        JsonNode array = optionalArray(node, "aliases", path);
        for (int i = 0; i < array.size(); i++) {
            String alias = JsonFields.text(array.get(i), path + ".aliases[" + i + "]").strip();
            if (alias.isEmpty() || alias.equals(name) || aliases.contains(alias)) {
                throw new MalformedPayloadException(path + ".aliases[" + i + "] is blank or repeats a name");
            }
            aliases.add(alias);
        }
        String country = optionalText(node, "country", path);
        if (country != null && !COUNTRIES.contains(country)) {
            throw new MalformedPayloadException(path + ".country \"" + country + "\" is not an ISO 3166 alpha-2 code");
        }
        String kind = optionalText(node, "kind", path);
        String website = optionalText(node, "website", path);
        if (website != null && !website.matches("https?://\\S+")) {
            throw new MalformedPayloadException(path + ".website \"" + website + "\" is not an http or https address");
        }
        return new Entry(slug, name, aliases, country, kind == null ? null : named(CompanyKind.class, kind, path + ".kind"),
                website, optionalText(node, "description", path));
    }

    private static Source source(JsonNode node, String path) {
        JsonNode source = requiredObject(node, "source", path);
        String sentence = requiredText(source, "sentence", path + ".source");
        if (sentence.isBlank()) {
            throw new MalformedPayloadException(path + ".source.sentence is blank");
        }
        return new Source(requiredText(source, "article", path + ".source"), sentence);
    }

    private static BigDecimal decimal(JsonNode node, String path) {
        JsonNode value = required(node, "value", path);
        try {
            return value.isTextual() ? new BigDecimal(value.textValue()) : JsonFields.decimal(value, path + ".value");
        } catch (NumberFormatException e) {
            throw new MalformedPayloadException(path + ".value \"" + value.textValue() + "\" is not a number");
        }
    }

    private static String known(String slug, Set<String> slugs, String path) {
        if (!slugs.contains(slug)) {
            throw new MalformedPayloadException(path + " \"" + slug + "\" is not a company of the registry");
        }
        return slug;
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name, String path) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new MalformedPayloadException(path + " \"" + name + "\" is none of " + List.of(type.getEnumConstants()));
        }
    }

    private static JsonNode object(JsonNode node, String path) {
        if (!node.isObject()) {
            throw JsonFields.wrongType(path, "an object", node);
        }
        return node;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
