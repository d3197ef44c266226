package dev.assay.audit;

import java.time.OffsetDateTime;
import java.util.List;

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

/** One change made through the API: who, what, when. The table is append-only. */
@Entity
@Table(name = "audit_log")
@Description("One change made through the API: who did what to which record, and when.")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @NonNull
    @Column(name = "occurred_at")
    @Description("When the change was committed.")
    public OffsetDateTime occurredAt;

    @NonNull
    @Description("Subject of the token that made the change.")
    public String actor;

    @NonNull
    @Description("What was done, e.g. `recordPrint` or `publishArticle`.")
    public String action;

    @NonNull
    @Description("Kind of record changed: `print`, `article` or `company`.")
    public String entity;

    @NonNull
    @Column(name = "entity_key")
    @Description("Which record: a slug, or `slug@date` for a print.")
    public String entityKey;

    @Description("What changed, in words.")
    public String details;

    /** The entries of one entity, newest first. */
    public static List<AuditEntry> of(String entity, String entityKey) {
        return list("entity = ?1 and entityKey = ?2 order by occurredAt desc, id desc", entity, entityKey);
    }

    /** The latest {@code limit} entries, newest first. */
    public static List<AuditEntry> latest(int limit) {
        return find("order by occurredAt desc, id desc").page(0, limit).list();
    }
}
