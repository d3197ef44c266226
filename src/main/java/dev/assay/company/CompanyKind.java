package dev.assay.company;

import org.eclipse.microprofile.graphql.Description;

/** What a company mainly does in the battery supply chain. */
@Description("What a company mainly does in the battery supply chain.")
public enum CompanyKind {
    @Description("Makes battery cells.")
    CELL_MAKER,
    @Description("Produces battery materials: cathode, anode, electrolyte and their precursors.")
    MATERIALS_PRODUCER,
    @Description("Mines raw materials.")
    MINER,
    @Description("Refines oil, metals or chemicals.")
    REFINER,
    @Description("Makes vehicles.")
    AUTOMAKER,
    @Description("Makes consumer electronics.")
    ELECTRONICS_MAKER,
    @Description("Builds aircraft, drones or spacecraft.")
    AEROSPACE,
    @Description("Operates an exchange.")
    EXCHANGE,
    @Description("Publishes prices, research or data.")
    RESEARCH_AND_DATA,
    @Description("Supplies process, equipment or engineering technology.")
    TECHNOLOGY_PROVIDER,
    @Description("None of these.")
    OTHER
}
