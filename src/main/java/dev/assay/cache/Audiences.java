package dev.assay.cache;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Names the audience of a verified caller: the callers who are given byte-for-byte the same answers, so that
 * they may share cached ones. It never names the caller. Implemented where entitlements are known (access),
 * so that the cache and the HTTP layer import no feature.
 */
public interface Audiences {

    /** The audience of callers who sent no credentials. */
    String anonymous();

    /** The audience of a caller whose credentials were verified (an anonymous identity included). */
    String of(SecurityIdentity identity);
}
