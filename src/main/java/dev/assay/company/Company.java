package dev.assay.company;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/** A producer, refiner or cell maker that articles talk about. */
@Entity
@Table(name = "company")
@Description("A producer, refiner or cell maker that articles talk about.")
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
    @Description("Other names the company is known by, used to find its mentions.")
    public String[] aliases = new String[0];

    public static Optional<Company> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The companies having any of these slugs, in one statement; unknown slugs are simply absent. */
    public static List<Company> withSlugs(Collection<String> slugs) {
        return slugs.isEmpty() ? List.of() : list("slug in ?1", slugs);
    }
}
