package dev.assay.support;

/**
 * Publisher page payloads of the seeds' kind (a Nuxt payload carrying the ticker), made up for one index, and the
 * removal of what importing one created.
 */
public final class SeedPages {

    private SeedPages() {
    }

    /** A page whose ticker holds one index, printed at 100 on 2026-05-20 and at 101.5 on 2026-05-27. */
    public static String oneIndex(String label) {
        return """
                [{"data":1},{"ticker-data":2},[3],
                 {"publishedDate":4,"updateFrequency":5,"updateFrequencyText":6,"label":7,"today":8,"last":9,
                  "percentageChange":10,"yearToDate":10,"yearOnYear":10,"oneYearIndexTrend":11,"url":14,
                  "subscription":15,"isProtected":16,"hasAccess":17},
                 "2026-05-27","1wk","Updated every week","%s",101.5,100,1.5,[12,13],
                 {"date":4,"value":8},{"date":18,"value":9},"/test-index/prices",null,false,true,"2026-05-20"]
                """.formatted(label);
    }

    /** Removes an imported index with its prints, revisions and reported figures (revisions are append-only). */
    public static void remove(String slug) {
        String commodity = "(SELECT id FROM commodity WHERE slug = '" + slug + "')";
        OperatorSql.commit("SET LOCAL session_replication_role = replica",
                "DELETE FROM price_revision WHERE price_point_id IN (SELECT id FROM price_point WHERE commodity_id = "
                        + commodity + ")",
                "DELETE FROM price_point WHERE commodity_id = " + commodity,
                "DELETE FROM reported_figures WHERE commodity_id = " + commodity,
                "DELETE FROM article_commodity WHERE commodity_id = " + commodity,
                "DELETE FROM commodity_topic WHERE commodity_id = " + commodity,
                "DELETE FROM commodity WHERE slug = '" + slug + "'");
    }
}
