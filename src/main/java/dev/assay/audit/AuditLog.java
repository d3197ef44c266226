package dev.assay.audit;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Appends to the audit log inside the caller's transaction, so a change and its record commit together. */
@ApplicationScoped
public class AuditLog {

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String entity, String entityKey, String details,
            OffsetDateTime at) {
        AuditEntry entry = new AuditEntry();
        entry.occurredAt = at;
        entry.actor = actor;
        entry.action = action;
        entry.entity = entity;
        entry.entityKey = entityKey;
        entry.details = details;
        entry.persist();
    }

    public List<AuditEntry> of(String entity, String entityKey) {
        return AuditEntry.of(entity, entityKey);
    }

    public List<AuditEntry> latest(int limit) {
        return AuditEntry.latest(limit);
    }
}
