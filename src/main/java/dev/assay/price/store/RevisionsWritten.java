package dev.assay.price.store;

/**
 * Revisions of prints were written in the current transaction. Fired inside it; observed after a successful
 * commit, when live subscribers are sent what the revisions table then holds, in its commit order.
 */
public final class RevisionsWritten {

    static final RevisionsWritten INSTANCE = new RevisionsWritten();

    private RevisionsWritten() {
    }
}
