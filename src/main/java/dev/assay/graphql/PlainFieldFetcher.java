package dev.assay.graphql;

import static io.smallrye.graphql.SmallRyeGraphQLServerLogging.log;

import java.lang.reflect.Method;

import graphql.GraphQLException;
import graphql.TrivialDataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.execution.datafetcher.helper.FieldHelper;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.ClassloadingService;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;

/**
 * Reads one property of an output object (a public field or getter) and applies SmallRye's output
 * transformation, exactly as SmallRye's own {@code FieldDataFetcher} does, minus the per-field request
 * context it builds first: a clone of the context with the field's path as a string, its arguments and
 * its selected fields, for every value of every object. A plain property read never looks at that
 * context (resolvers with {@code @Source} are operations and keep theirs), and building it took a fifth
 * of the ticker's CPU under load. An object that guards some of its properties ({@link GuardedValues})
 * is asked first, and a refused property answers null with the refusal as its error.
 */
final class PlainFieldFetcher<T> implements PlugableDataFetcher<T>, TrivialDataFetcher<T> {

    private final Field field;
    private final Reference owner;
    private final FieldHelper transformation;
    private volatile Accessor accessor;

    PlainFieldFetcher(Field field, Reference owner) {
        this.field = field;
        this.owner = owner;
        this.transformation = new FieldHelper(field);
    }

    @Override
    @SuppressWarnings("unchecked")
    public T get(DataFetchingEnvironment environment) throws Exception {
        Object source = environment.getSource();
        if (source instanceof GuardedValues guarded) {
            ForbiddenException refusal = guarded.withheld(field.getPropertyName());
            if (refusal != null) {
                throw refusal;
            }
        }
        Object value = accessor().read(source);
        try {
            return (T) transformation.transformOrAdaptResponse(value, environment);
        } catch (AbstractDataFetcherException e) {
            // As SmallRye does: a value that cannot be transformed is answered as read
            log.transformError(e);
            return (T) value;
        }
    }

    private Accessor accessor() {
        Accessor current = accessor;
        if (current == null) {
            current = resolveAccessor();
            accessor = current;
        }
        return current;
    }

    private Accessor resolveAccessor() {
        try {
            Class<?> type = ClassloadingService.get().loadClass(owner.getClassName());
            if (field.getMethodName() == null) {
                java.lang.reflect.Field property = type.getField(field.getPropertyName());
                return property::get;
            }
            Method getter = type.getMethod(field.getMethodName());
            return source -> getter.invoke(source);
        } catch (ReflectiveOperationException e) {
            throw new GraphQLException(e);
        }
    }

    @FunctionalInterface
    private interface Accessor {
        Object read(Object source) throws ReflectiveOperationException;
    }
}
