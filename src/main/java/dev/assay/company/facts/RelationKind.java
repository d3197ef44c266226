package dev.assay.company.facts;

import org.eclipse.microprofile.graphql.Description;

/** A relation as one of its two companies sees it. */
@Description("A relation as one of its two companies sees it.")
public enum RelationKind {
    @Description("The two companies run a joint venture.")
    JOINT_VENTURE,
    @Description("The two companies work together on a project.")
    PARTNERSHIP,
    @Description("This company is a subsidiary of the other.")
    SUBSIDIARY_OF,
    @Description("The other company is a subsidiary of this one.")
    PARENT_OF,
    @Description("This company supplies the other.")
    SUPPLIER_OF,
    @Description("This company is a customer of the other.")
    CUSTOMER_OF;

    /** The relation as seen by {@code subject}, or by the object when not. */
    static RelationKind of(Relationship.Kind stored, boolean fromSubject) {
        return switch (stored) {
            case JOINT_VENTURE -> JOINT_VENTURE;
            case PARTNERSHIP -> PARTNERSHIP;
            case SUBSIDIARY_OF -> fromSubject ? SUBSIDIARY_OF : PARENT_OF;
            case SUPPLIER_OF -> fromSubject ? SUPPLIER_OF : CUSTOMER_OF;
        };
    }
}
