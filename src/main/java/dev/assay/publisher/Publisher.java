package dev.assay.publisher;

import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A publisher of prices or articles, e.g. Benchmark Source. */
@Entity
@Table(name = "publisher")
@Description("A publisher of price figures or articles.")
public class Publisher extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @NonNull
    @Description("Stable identifier, e.g. `benchmark-source`.")
    public String slug;

    @NonNull
    @Description("Display name.")
    public String name;

    @Description("Home page of the publisher.")
    public String url;

    public static Optional<Publisher> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
