package dev.assay.price.api;

import org.eclipse.microprofile.graphql.Description;

/** Where a figure came from. */
@Description("Where a figure came from: computed by Assay from stored prints, or as printed by the publisher.")
public enum FigureSource {
    @Description("Computed by Assay from the stored prints.")
    COMPUTED,
    @Description("As printed by the publisher for that date; shown when the publisher printed one, or when the base print is not stored.")
    REPORTED
}
