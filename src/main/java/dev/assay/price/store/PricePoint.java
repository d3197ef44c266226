package dev.assay.price.store;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import dev.assay.commodity.Commodity;
import dev.assay.price.calc.Print;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The current value of one print of an index; earlier values are kept as {@link PriceRevision}s. */
@Entity
@Table(name = "price_point")
@Name("PricePoint")
@Description("One print of an index: its assessment date and exact value.")
public class PricePoint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Ignore
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commodity_id")
    @Ignore
    public Commodity commodity;

    @NonNull
    @Column(name = "assessed_on")
    @Name("date")
    @Description("Assessment date of the print.")
    public LocalDate assessedOn;

    @NonNull
    @Description("The value, exactly as assessed (a decimal, never a binary float).")
    public BigDecimal value;

    @NonNull
    @Column(name = "recorded_at")
    @Description("When the current value was recorded.")
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by")
    @Ignore
    public String recordedBy;

    @NonNull
    @Description("Where the current value came from, e.g. the imported document.")
    public String source;

    @Description("Revision number of the current value; 1 until the print is corrected.")
    public int revision;

    @Description("Whether the print was withdrawn; a withdrawn print is in no series, and `value` is its last value.")
    public boolean retracted;

    public Print toPrint() {
        return new Print(assessedOn, value);
    }

    /** The print of a commodity for a date, or null. */
    public static PricePoint on(Commodity commodity, LocalDate date) {
        return find("commodity = ?1 and assessedOn = ?2", commodity, date).firstResult();
    }
}
