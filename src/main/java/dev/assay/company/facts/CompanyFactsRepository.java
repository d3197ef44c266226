package dev.assay.company.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Batched reads of what hangs off companies: each method answers for many companies in one query. */
@ApplicationScoped
public class CompanyFactsRepository {

    @Inject
    EntityManager em;

    /** The relations each company is on either side of, with both companies and the source article fetched. */
    public Map<Long, List<Relationship>> relationshipsOf(Collection<Long> companyIds) {
        Map<Long, List<Relationship>> result = new HashMap<>();
        companyIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (companyIds.isEmpty()) {
            return result;
        }
        em.createQuery("select r from Relationship r join fetch r.subject join fetch r.object join fetch r.sourceArticle "
                + "where r.subject.id in :ids or r.object.id in :ids order by r.id", Relationship.class)
                .setParameter("ids", companyIds).getResultList().forEach(r -> {
                    if (result.containsKey(r.subject.id)) {
                        result.get(r.subject.id).add(r);
                    }
                    if (result.containsKey(r.object.id)) {
                        result.get(r.object.id).add(r);
                    }
                });
        return result;
    }

    /** The facts about each company, in the registry's order, with their source article fetched. */
    public Map<Long, List<CompanyFact>> factsOf(Collection<Long> companyIds) {
        Map<Long, List<CompanyFact>> result = new HashMap<>();
        companyIds.forEach(id -> result.put(id, new ArrayList<>()));
        if (companyIds.isEmpty()) {
            return result;
        }
        em.createQuery("select f from CompanyFact f join fetch f.sourceArticle where f.company.id in :ids "
                + "order by f.position, f.id", CompanyFact.class).setParameter("ids", companyIds).getResultList()
                .forEach(f -> result.get(f.company.id).add(f));
        return result;
    }
}
