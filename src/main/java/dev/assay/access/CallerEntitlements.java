package dev.assay.access;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/** The entitlements of the caller of the current request, read from its verified bearer token. */
@RequestScoped
public class CallerEntitlements {

    @Inject
    SecurityIdentity identity;

    @Inject
    AccessConfig config;

    private Entitlements entitlements;

    public Entitlements get() {
        if (entitlements == null) {
            entitlements = of(identity, config.tiersClaim());
        }
        return entitlements;
    }

    /**
     * The entitlements of a verified identity (null or anonymous: {@link Entitlements#ANONYMOUS}), its
     * tiers read from the bearer token's {@code tiersClaim}; for callers served outside a request scope.
     */
    public static Entitlements of(SecurityIdentity identity, String tiersClaim) {
        if (identity == null || identity.isAnonymous()) {
            return Entitlements.ANONYMOUS;
        }
        return new Entitlements(identity.getPrincipal().getName(), identity.getRoles(), tiers(identity, tiersClaim));
    }

    private static Set<String> tiers(SecurityIdentity identity, String tiersClaim) {
        Object claim = identity.getPrincipal() instanceof JsonWebToken token ? token.getClaim(tiersClaim) : null;
        Set<String> tiers = new HashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(value -> tiers.add(unquote(value.toString())));
        } else if (claim instanceof jakarta.json.JsonArray array) {
            array.forEach(value -> tiers.add(unquote(value.toString())));
        } else if (claim != null) {
            tiers.add(unquote(claim.toString()));
        }
        return tiers;
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
