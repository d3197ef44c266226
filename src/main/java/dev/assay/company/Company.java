package dev.assay.company;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A company of the battery supply chain that articles talk about: a cell maker, producer, refiner, automaker... */
@Entity
@Table(name = "company")
@Description("A company of the battery supply chain that articles talk about: a cell maker, materials producer, "
        + "refiner, automaker, exchange or research provider.")
public class Company extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @NonNull
    @Description("Stable identifier.")
    public String slug;

    @NonNull
    @Description("Display name.")
    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "aliases", columnDefinition = "text[]")
    @NonNull
    @Description("Other names the company goes by in articles (\"LGES\", \"Contemporary Amperex Technology\"); with "
            + "the name, what finds its mentions: whole words, case as written.")
    public String[] aliases = new String[0];

    @Enumerated(EnumType.STRING)
    @Description("What the company mainly does; null when not stated.")
    public CompanyKind kind;

    @Description("Country of its headquarters, as an ISO 3166 alpha-2 code (`CN`, `KR`, `US`); null when not stated.")
    public String country;

    @Description("Its website, where known.")
    public String website;

    @Description("One line on who the company is.")
    public String description;

    /** The name and the aliases, the name first. */
    public java.util.List<String> names() {
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(name);
        names.addAll(java.util.Arrays.asList(aliases));
        return names;
    }

    public static Optional<Company> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The companies with these ids, in one statement (none for no ids); unknown ids are simply absent. */
    public static List<Company> withIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** The companies having any of these slugs, in one statement; unknown slugs are simply absent. */
    public static List<Company> withSlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }
}
