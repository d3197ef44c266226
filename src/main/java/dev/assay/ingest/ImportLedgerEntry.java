package dev.assay.ingest;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A document already imported, by content checksum, so that importing it again changes nothing. */
@Entity
@Table(name = "import_ledger")
public class ImportLedgerEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "source_name")
    public String sourceName;

    public String checksum;

    public String kind;

    @Column(name = "imported_at")
    public OffsetDateTime importedAt;

    public String summary;

    public static boolean contains(String checksum) {
        return count("checksum", checksum) > 0;
    }
}
