package dev.assay.support;

import java.util.List;

/** What the shipped seed documents hold, as the publisher printed it. */
public final class SeedFacts {

    public static final List<String> TICKER_SLUGS = List.of("lithium", "lithium-carbonate", "lithium-hydroxide",
            "cobalt", "nickel", "natural-graphite", "anode-coke", "anode", "cathode", "lithium-ion-batteries",
            "black-mass", "rare-earths", "lfp", "ncm-high-nickel", "ncm-mid-nickel");

    public static final int COMMODITIES = 15;
    public static final int PRINTS = 180;
    public static final int ARTICLES = 5;

    private SeedFacts() {
    }
}
