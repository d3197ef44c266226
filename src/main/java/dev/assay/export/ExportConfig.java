package dev.assay.export;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The bulk export's settings ({@code assay.export.*}), each default stated here and nowhere else. */
@ConfigMapping(prefix = "assay.export")
public interface ExportConfig {

    /** Rows fetched per round trip of the export's database cursor. */
    @WithDefault("2000")
    int fetchSize();

    /** How long a client may stop reading before the export is cut off: it holds a database connection meanwhile. */
    @WithDefault("60s")
    Duration stallTimeout();
}
