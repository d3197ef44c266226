package dev.assay.graphql;

import static graphql.Scalars.GraphQLString;
import static graphql.schema.GraphQLNonNull.nonNull;

import java.util.Map;

import graphql.Directives;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.smallrye.graphql.spi.EventingService;

/**
 * Gives the custom scalars SmallRye GraphQL maps Java types to a description of their wire format and, where a
 * specification exists, its URL ({@code @specifiedBy} in the SDL, {@code specifiedByURL} in introspection), so
 * that clients and code generators know what a {@code Date} or a {@code BigDecimal} is.
 * <p>
 * SmallRye describes each of them as "Scalar for Date" and offers no setting for either, so the schema is
 * rewritten once, just before SmallRye builds it ({@link java.util.ServiceLoader}, like {@link EngineCustomization};
 * Quarkus registers every {@link EventingService} for native images). The descriptions state what SmallRye's
 * transformers send and accept: {@code ScalarWireFormatTest} fails if an upgrade changes that.
 */
public class ScalarSpecifications implements EventingService {

    /** A scalar's description and the URL of its specification (null where none exists). */
    record Specification(String description, String url) {
    }

    static final Map<String, Specification> SCALARS = Map.of(
            "Date", new Specification("""
                    A calendar date without a time zone, as the string YYYY-MM-DD (RFC 3339 full-date, ISO 8601), \
                    for example "2026-05-27". Sent and accepted in exactly this form.""",
                    "https://scalars.graphql.org/andimarek/local-date"),
            "DateTime", new Specification("""
                    An instant, as an RFC 3339 date-time string with its UTC offset (ISO 8601), for example \
                    "2026-05-27T09:30:00Z" or "2026-05-27T11:30:00.25+02:00". Sent with seconds always and with \
                    fractional seconds (up to nine digits) only when they are not zero. Accepted in the same form; \
                    the offset (Z or +hh:mm) is required.""",
                    "https://www.rfc-editor.org/rfc/rfc3339#section-5.6"),
            "BigDecimal", new Specification("""
                    A decimal number, exact to its last digit. Sent as a JSON number (for example 101.25); read it \
                    with a decimal type to keep every digit, as a binary double keeps about 15. Accepted as a JSON \
                    number or a string in variables ("101.25"), and as an Int, Float or String literal in documents.""",
                    null),
            "BigInteger", new Specification("""
                    An integer, exact at any size. Sent as a JSON number, for example 1024.""",
                    null));

    /** No configuration key: always on. */
    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema specified = SchemaTransformer.transformSchema(builder.build(), new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                Specification specification = SCALARS.get(scalar.getName());
                return specification == null ? TraversalControl.CONTINUE
                        : changeNode(context, specified(scalar, specification));
            }
        });
        return GraphQLSchema.newSchema(specified);
    }

    private static GraphQLScalarType specified(GraphQLScalarType scalar, Specification specification) {
        return scalar.transform(type -> {
            type.description(specification.description());
            if (specification.url() != null) {
                type.specifiedByUrl(specification.url()).withAppliedDirective(specifiedBy(specification.url()));
            }
        });
    }

    /** The printer writes applied directives only; the URL alone shows in introspection. */
    private static GraphQLAppliedDirective specifiedBy(String url) {
        return GraphQLAppliedDirective.newDirective()
                .name(Directives.SpecifiedByDirective.getName())
                .argument(GraphQLAppliedDirectiveArgument.newArgument().name("url").type(nonNull(GraphQLString))
                        .valueProgrammatic(url))
                .build();
    }
}
