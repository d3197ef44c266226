package dev.assay.graphql;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * Counts the field selections of an operation once every fragment spread is replaced by its fragment,
 * without replacing anything: each fragment is counted once and its count reused. A few lines of nested
 * spreads ({@code fragment A { ...B ...B } fragment B { ...C ...C } …}) expand exponentially; the engine
 * would merge the copies into a handful of fields, so the complexity limit does not see them, but it walks
 * every copy while it collects them, and twenty levels kept the event loop busy for minutes.
 */
final class FragmentExpansion {

    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Long> counted = new HashMap<>();
    private final Set<String> counting = new HashSet<>();

    private FragmentExpansion(Map<String, FragmentDefinition> fragments) {
        this.fragments = fragments;
    }

    /** The number of field selections of the expanded operation, saturating at {@link Long#MAX_VALUE}. */
    static long fieldCount(OperationDefinition operation, Map<String, FragmentDefinition> fragments) {
        return new FragmentExpansion(fragments).count(operation.getSelectionSet());
    }

    private long count(SelectionSet selectionSet) {
        if (selectionSet == null) {
            return 0;
        }
        long total = 0;
        for (Selection<?> selection : selectionSet.getSelections()) {
            long count = 0;
            if (selection instanceof Field field) {
                count = add(1, count(field.getSelectionSet()));
            } else if (selection instanceof InlineFragment inline) {
                count = count(inline.getSelectionSet());
            } else if (selection instanceof FragmentSpread spread) {
                count = spread(spread.getName());
            }
            total = add(total, count);
        }
        return total;
    }

    private long spread(String name) {
        Long known = counted.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition fragment = fragments.get(name);
        // A cycle never validates; counting it as empty only keeps this method from recursing forever.
        if (fragment == null || !counting.add(name)) {
            return 0;
        }
        long count = count(fragment.getSelectionSet());
        counting.remove(name);
        counted.put(name, count);
        return count;
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }
}
