package dev.assay.export;

/** A commodity as the export needs it: its key, its slug for the rows, and the tier its values need. */
record ExportedSeries(long id, String slug, String tier) {
}
