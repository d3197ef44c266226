package dev.assay.ingest;

/** Counts of what one import created, corrected or found unchanged. */
public record ImportSummary(int commoditiesCreated, int printsCreated, int printsCorrected, int printsUnchanged,
        int reportedFiguresCreated, int articlesCreated, int articlesUpdated, int articlesUnchanged) {

    public static final ImportSummary NOTHING = new ImportSummary(0, 0, 0, 0, 0, 0, 0, 0);

    public ImportSummary plus(ImportSummary other) {
        return new ImportSummary(commoditiesCreated + other.commoditiesCreated, printsCreated + other.printsCreated,
                printsCorrected + other.printsCorrected, printsUnchanged + other.printsUnchanged,
                reportedFiguresCreated + other.reportedFiguresCreated, articlesCreated + other.articlesCreated,
                articlesUpdated + other.articlesUpdated, articlesUnchanged + other.articlesUnchanged);
    }

    @Override
    public String toString() {
        return "commodities created=" + commoditiesCreated + ", prints created=" + printsCreated + ", corrected="
                + printsCorrected + ", unchanged=" + printsUnchanged + ", reported figures created="
                + reportedFiguresCreated + ", articles created=" + articlesCreated + ", updated=" + articlesUpdated
                + ", unchanged=" + articlesUnchanged;
    }
}
