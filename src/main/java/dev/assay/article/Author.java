package dev.assay.article;

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

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A person who edits or reports articles. */
@Entity
@Table(name = "author")
@Description("A person who edits or reports articles.")
public class Author extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @NonNull
    @Description("Stable identifier, derived from the name.")
    public String slug;

    @NonNull
    @Description("Full name.")
    public String name;

    @Column(name = "job_title")
    @Description("Job title at the publisher.")
    public String jobTitle;

    @Description("Short biography.")
    public String bio;

    @Column(name = "image_url")
    @Description("Portrait URL.")
    public String imageUrl;

    @Column(name = "linkedin_url")
    @Description("LinkedIn profile URL.")
    public String linkedinUrl;

    public static Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }
}
