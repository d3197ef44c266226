package dev.assay.commodity;

import java.time.OffsetDateTime;
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
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A price index of the battery supply chain: what it measures, how often, and who may see its values. */
@Entity
@Table(name = "commodity")
@Description("A price index of the battery supply chain. Its name and metadata are public; its values may need a subscription tier.")
public class Commodity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @NonNull
    @Description("Stable identifier, e.g. `lithium-carbonate`.")
    public String slug;

    @NonNull
    @Description("Display name, as the publisher's ticker labels it.")
    public String name;

    @NonNull
    @Description("Supply-chain sector slug: lithium, cobalt, nickel, graphite, anode, cathode, batteries, recycling, rare-earths.")
    public String sector;

    @Description("What the index measures.")
    public String description;

    @NonNull
    @Description("Unit of the values, e.g. `index points` or `USD/t`.")
    public String unit;

    @Description("ISO 4217 currency of the values, where the index is priced in one.")
    public String currency;

    @NonNull
    @Enumerated(EnumType.STRING)
    @Column(name = "update_frequency")
    @Description("How often the index is assessed.")
    public UpdateFrequency updateFrequency;

    @NonNull
    @Column(name = "update_frequency_text")
    @Description("The update frequency as displayed, e.g. `Updated every 2 weeks`.")
    public String updateFrequencyText;

    @Column(name = "price_page_url")
    @Description("Path or URL of the price page covering this index (several indices may share one).")
    public String pricePageUrl;

    @Column(name = "subscription_tier")
    @Description("Subscription tier needed to see this index's values; null when the index is public.")
    public String subscriptionTier;

    @Column(name = "display_order")
    @Description("Position in the ticker and in lists.")
    public int displayOrder;

    @Column(name = "in_ticker")
    @Description("Whether the index is part of the ticker, the publisher's curated selection.")
    public boolean inTicker;

    @Column(name = "created_at", insertable = false, updatable = false)
    @Ignore
    public OffsetDateTime createdAt;

    @Name("isProtected")
    @Description("Whether the index's values need a subscription tier.")
    public boolean isProtected() {
        return subscriptionTier != null;
    }

    public static Optional<Commodity> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public static List<Commodity> listInDisplayOrder() {
        return list("order by displayOrder, id");
    }

    /** The ticker's selection, in display order. */
    public static List<Commodity> listTicker() {
        return list("inTicker = true order by displayOrder, id");
    }

    public static List<Commodity> listBySector(String sector) {
        return list("sector = ?1 order by displayOrder, id", sector);
    }

    /** The commodities with these ids, in one statement (none for no ids); unknown ids are simply absent. */
    public static List<Commodity> withIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    public static List<Commodity> listBySlugs(List<String> slugs) {
        return list("slug in ?1", slugs);
    }

    /** The sectors of the catalogue with how many indices each holds, in display order of their first commodity. */
    public static List<Sector> sectors() {
        List<Object[]> rows = getEntityManager().createQuery(
                "select c.sector, count(c) from Commodity c group by c.sector order by min(c.displayOrder)",
                Object[].class).getResultList();
        return rows.stream().map(row -> new Sector((String) row[0], ((Number) row[1]).intValue())).toList();
    }
}
