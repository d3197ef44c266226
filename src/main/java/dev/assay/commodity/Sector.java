package dev.assay.commodity;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** A supply-chain sector and how many indices it holds. */
@Description("A supply-chain sector, e.g. lithium or recycling.")
public class Sector {

    @NonNull
    @Description("Sector slug, as used by `commodities(sector:)`.")
    public final String slug;

    @NonNull
    @Description("Display name of the sector.")
    public final String name;

    @Description("How many commodities the sector holds.")
    public final int commodityCount;

    Sector(String slug, int commodityCount) {
        this.slug = slug;
        this.name = displayName(slug);
        this.commodityCount = commodityCount;
    }

    static String displayName(String slug) {
        StringBuilder name = new StringBuilder();
        for (String word : slug.split("-")) {
            if (!name.isEmpty()) {
                name.append(' ');
            }
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
