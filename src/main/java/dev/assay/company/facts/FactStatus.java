package dev.assay.company.facts;

import org.eclipse.microprofile.graphql.Description;

/** Whether a figure was achieved, is forecast, is the company's target or belongs to an announced project. */
@Description("Whether a figure was achieved, is forecast by analysts, is the company's own target, or belongs to an "
        + "announced project.")
public enum FactStatus {
    @Description("Achieved in its year.")
    ACTUAL,
    @Description("Forecast for its year.")
    FORECAST,
    @Description("The company's target for its year.")
    TARGET,
    @Description("An announced project, as of its year.")
    PLANNED
}
