package dev.assay.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.assay.graphql.ForbiddenException;
import dev.assay.graphql.UnauthenticatedException;

/** Lets the partner products of the GraphQL API (the change feed) through for partners and staff only. */
@ApplicationScoped
public class PartnerGuard {

    @Inject
    CallerEntitlements caller;

    public void requirePartner(String operation) throws UnauthenticatedException, ForbiddenException {
        Entitlements entitlements = caller.get();
        if (entitlements.isAnonymous()) {
            throw new UnauthenticatedException("'" + operation + "' needs a signed-in partner; send a bearer token");
        }
        if (!entitlements.isBulkReader()) {
            throw new ForbiddenException("'" + operation + "' needs the role 'partner', 'editor' or 'admin'");
        }
    }
}
