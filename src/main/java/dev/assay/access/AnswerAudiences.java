package dev.assay.access;

import jakarta.enterprise.context.ApplicationScoped;

import dev.assay.cache.Audiences;
import io.quarkus.security.identity.SecurityIdentity;

/** The answer cache's audiences are the callers' entitlements, as {@link Entitlements#audience()} names them. */
@ApplicationScoped
class AnswerAudiences implements Audiences {

    private static final String ANONYMOUS = Entitlements.ANONYMOUS.audience();

    private final String tiersClaim;

    AnswerAudiences(AccessConfig config) {
        this.tiersClaim = config.tiersClaim();
    }

    @Override
    public String anonymous() {
        return ANONYMOUS;
    }

    @Override
    public String of(SecurityIdentity identity) {
        return CallerEntitlements.of(identity, tiersClaim).audience();
    }
}
