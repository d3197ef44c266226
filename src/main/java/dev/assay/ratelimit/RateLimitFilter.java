package dev.assay.ratelimit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.spi.runtime.AuthenticationFailureEvent;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Per-caller rate limiting of the API. A caller is counted by the subject of its token once the token is
 * verified, never by what an unverified token claims: anonymous callers are counted by address, and tokens that
 * fail verification by address too, in a budget of their own, so that forged tokens neither drain anyone else's
 * budget nor get past the limit. Operations sent over a WebSocket count against the budget of the connection's
 * caller ({@link WebSocketOperations}). Over the limit, the answer is HTTP 429 with a GraphQL error of code
 * RATE_LIMITED.
 */
@ApplicationScoped
public class RateLimitFilter {

    /**
     * The header this filter sets on every limited request (replacing any the client sent) to the key of its
     * caller, so that what arrives later over the same connection is counted against the same budget.
     */
    public static final String CALLER_HEADER = "X-Assay-Caller";

    /** Bearer tokens seen verified lately: their callers are not held up by their address's unverified tokens. */
    private static final int VERIFIED_TOKENS = 10_000;

    private final RateLimiter limiter;
    private final boolean enabled;
    private final Map<String, Boolean> verifiedTokens = Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > VERIFIED_TOKENS;
                }
            });

    RateLimitFilter(RateLimitConfig config) {
        this.enabled = config.enabled();
        this.limiter = new RateLimiter(config.burst(), config.perMinute());
    }

    void install(@Observes Router router) {
        // Before every other handler: an anonymous request refused here costs no parsing and no query.
        router.route().order(Integer.MIN_VALUE + 10).handler(this::limitBeforeAuthentication);
        // After authentication (which Quarkus runs before order -100) and before the API's own handlers.
        router.route().order(-100).handler(this::limitAfterAuthentication);
    }

    /**
     * Anonymous requests are counted now; a bearer token waits for its verification, unless it is new and its
     * address has spent the budget of unverified tokens.
     */
    void limitBeforeAuthentication(RoutingContext context) {
        if (!limited(context)) {
            context.next();
            return;
        }
        String token = bearerToken(context);
        if (token != null) {
            String unverified = unverifiedKey(context);
            if (verifiedTokens.containsKey(token) || limiter.available(unverified, System.nanoTime())) {
                context.next();
            } else {
                refuse(context, unverified);
            }
            return;
        }
        admit(context, addressKey(context));
    }

    /** A bearer token that got this far was verified: its subject is the caller. */
    void limitAfterAuthentication(RoutingContext context) {
        String token = limited(context) ? bearerToken(context) : null;
        if (token == null) {
            context.next();
            return;
        }
        SecurityIdentity identity = context.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        if (identity == null || identity.isAnonymous()) {
            admit(context, unverifiedKey(context));
            return;
        }
        verifiedTokens.put(token, Boolean.TRUE);
        admit(context, "sub:" + identity.getPrincipal().getName());
    }

    /** A token that failed verification counts against its address, in the budget of unverified tokens. */
    void onFailedAuthentication(@Observes AuthenticationFailureEvent event) {
        if (enabled && event.getEventProperties().get(RoutingContext.class.getName()) instanceof RoutingContext context
                && limited(context)) {
            limiter.tryAcquire(unverifiedKey(context), System.nanoTime());
        }
    }

    /** Takes one request from the budget of {@code caller}; false when the caller is over its limit. */
    public boolean tryAcquire(String caller) {
        return !enabled || limiter.tryAcquire(caller, System.nanoTime());
    }

    /** Seconds until {@code caller} may send again. */
    public long secondsUntilNext(String caller) {
        return Math.max(1, limiter.secondsUntilNext(caller));
    }

    private void admit(RoutingContext context, String caller) {
        if (limiter.tryAcquire(caller, System.nanoTime())) {
            context.request().headers().set(CALLER_HEADER, caller);
            context.next();
        } else {
            refuse(context, caller);
        }
    }

    private void refuse(RoutingContext context, String caller) {
        long retryAfter = secondsUntilNext(caller);
        context.response().setStatusCode(429)
                .putHeader("Content-Type", "application/json")
                .putHeader("Retry-After", Long.toString(retryAfter))
                .end("{\"errors\":[{\"message\":\"Rate limit exceeded; retry in " + retryAfter
                        + " s\",\"extensions\":{\"code\":\"RATE_LIMITED\"}}],\"data\":null}");
    }

    private boolean limited(RoutingContext context) {
        String path = context.normalizedPath();
        return enabled && (path.startsWith("/graphql") || path.startsWith("/export"));
    }

    /** The request's bearer token, or null. */
    private static String bearerToken(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : null;
    }

    static String addressKey(RoutingContext context) {
        return "ip:" + address(context);
    }

    static String unverifiedKey(RoutingContext context) {
        return "unverified:" + address(context);
    }

    private static String address(RoutingContext context) {
        return context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
    }
}
