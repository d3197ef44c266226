package dev.assay.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.assay.graphql.ForbiddenException;
import dev.assay.graphql.UnauthenticatedException;

/** Lets editorial mutations through for editors and admins only, and names the actor for the audit log. */
@ApplicationScoped
public class EditorGuard {

    @Inject
    CallerEntitlements caller;

    /** The subject of the editor making the change. */
    public String requireEditor(String operation) throws UnauthenticatedException, ForbiddenException {
        Entitlements entitlements = caller.get();
        if (entitlements.isAnonymous()) {
            throw new UnauthenticatedException("'" + operation + "' needs a signed-in editor; send a bearer token");
        }
        if (!entitlements.canEdit()) {
            throw new ForbiddenException("'" + operation + "' needs the role 'editor' or 'admin'");
        }
        return entitlements.subject();
    }
}
