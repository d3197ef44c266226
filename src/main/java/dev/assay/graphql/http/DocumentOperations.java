package dev.assay.graphql.http;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.assay.graphql.ErrorCodes;
import dev.assay.graphql.ErrorMessages;
import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;

/**
 * The operations a document defines, and the one a request runs: parsed as the engine parses it (same
 * options, so the same token limits), so that a document that does not parse, an operation that cannot
 * be chosen, or a subscription sent over plain HTTP is answered here with a code. It also gives the
 * document's normal form, which the answer cache keys answers by: the document printed again from its syntax
 * tree, so that insignificant whitespace, commas and comments make no difference. Front ends send the same
 * few documents again and again; the operations and normal forms of the last {@value #REMEMBERED} short ones
 * are remembered rather than parsed anew.
 */
final class DocumentOperations {

    static final int REMEMBERED = 500;
    /** Documents of clients are short; longer ones are parsed each time rather than held. */
    private static final int REMEMBERED_LENGTH = 8192;

    /** An operation of a document: its name (null when anonymous) and its type. */
    record Operation(String name, OperationDefinition.Operation type) {
    }

    /**
     * The operation a request runs, whether the document holds others beside it, and the document's normal form.
     */
    record Chosen(Operation operation, boolean alone, String normalized) {
    }

    /** What a document is made of, as far as requests are concerned. */
    private record Parsed(List<Operation> operations, String normalized) {
    }

    private static final Map<String, Parsed> REMEMBERED_DOCUMENTS = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Parsed> eldest) {
            return size() > REMEMBERED;
        }
    };

    private DocumentOperations() {
    }

    /** The operation the request runs: the one named, or the only one. */
    static Chosen choose(String query, String operationName) throws HttpProblem {
        Parsed parsed = parsed(query);
        List<Operation> operations = parsed.operations();
        if (operations.isEmpty()) {
            throw HttpProblem.operationResolution("The document defines no operation, only fragments or type definitions");
        }
        if (operationName == null) {
            if (operations.size() > 1) {
                throw HttpProblem.operationResolution("The document defines " + operations.size()
                        + " operations: name the one to run in 'operationName'");
            }
            return new Chosen(operations.get(0), true, parsed.normalized());
        }
        for (Operation operation : operations) {
            if (operationName.equals(operation.name())) {
                return new Chosen(operation, operations.size() == 1, parsed.normalized());
            }
        }
        throw HttpProblem.operationResolution("The document defines no operation named '" + ErrorMessages.shown(operationName) + "'");
    }

    /**
     * The document reduced to one operation and the fragments it spreads, for the GraphQL handler's GET,
     * which cannot pass an operation name on (it hands on the document in its place).
     */
    static String alone(String query, String operationName) throws HttpProblem {
        Document document = parse(query);
        Map<String, FragmentDefinition> fragments = new LinkedHashMap<>();
        OperationDefinition chosen = null;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof FragmentDefinition fragment) {
                fragments.put(fragment.getName(), fragment);
            } else if (definition instanceof OperationDefinition operation && operationName.equals(operation.getName())) {
                chosen = operation;
            }
        }
        if (chosen == null) {
            throw HttpProblem.operationResolution("The document defines no operation named '" + ErrorMessages.shown(operationName) + "'");
        }
        Set<String> spread = new HashSet<>();
        collectSpreads(chosen.getSelectionSet(), fragments, spread);
        List<Definition> kept = new ArrayList<>();
        kept.add(chosen);
        fragments.values().stream().filter(fragment -> spread.contains(fragment.getName())).forEach(kept::add);
        return AstPrinter.printAst(Document.newDocument().definitions(kept).build());
    }

    private static void collectSpreads(SelectionSet selectionSet, Map<String, FragmentDefinition> fragments, Set<String> spread) {
        if (selectionSet == null) {
            return;
        }
        for (Selection<?> selection : selectionSet.getSelections()) {
            if (selection instanceof Field field) {
                collectSpreads(field.getSelectionSet(), fragments, spread);
            } else if (selection instanceof InlineFragment inline) {
                collectSpreads(inline.getSelectionSet(), fragments, spread);
            } else if (selection instanceof FragmentSpread fragmentSpread && spread.add(fragmentSpread.getName())
                    && fragments.containsKey(fragmentSpread.getName())) {
                collectSpreads(fragments.get(fragmentSpread.getName()).getSelectionSet(), fragments, spread);
            }
        }
    }

    private static Parsed parsed(String query) throws HttpProblem {
        boolean rememberable = query.length() <= REMEMBERED_LENGTH;
        if (rememberable) {
            synchronized (REMEMBERED_DOCUMENTS) {
                Parsed known = REMEMBERED_DOCUMENTS.get(query);
                if (known != null) {
                    return known;
                }
            }
        }
        Document document = parse(query);
        List<Operation> operations = new ArrayList<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                operations.add(new Operation(operation.getName(), operation.getOperation()));
            }
        }
        Parsed parsed = new Parsed(List.copyOf(operations), AstPrinter.printAstCompact(document));
        if (rememberable) {
            synchronized (REMEMBERED_DOCUMENTS) {
                REMEMBERED_DOCUMENTS.put(query, parsed);
            }
        }
        return parsed;
    }

    private static Document parse(String query) throws HttpProblem {
        try {
            return Parser.parse(ParserEnvironment.newParserEnvironment()
                    .document(query)
                    .parserOptions(ParserOptions.getDefaultOperationParserOptions())
                    .build());
        } catch (ParseCancelledException | ParseCancelledTooDeepException | ParseCancelledTooManyCharsException e) {
            throw HttpProblem.documentUnparsable(ErrorCodes.QUERY_TOO_COMPLEX, ErrorMessages.clean(e.getMessage()));
        } catch (InvalidSyntaxException e) {
            throw HttpProblem.documentUnparsable(ErrorCodes.PARSE_FAILED, ErrorMessages.clean(e.toInvalidSyntaxError().getMessage()));
        }
    }
}
