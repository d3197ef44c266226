/**
 * Who may see and do what: the caller's entitlements from its token, the one gate that turns a caller into the
 * series it may read, the editor and partner guards, the stand-in error for a withheld value. May import commodity
 * and the shared packages (graphql, common).
 */
package dev.assay.access;
