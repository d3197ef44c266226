package dev.assay.access;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Per-caller rate limiting of the API: callers with a bearer token are counted by its subject, anonymous
 * ones by address. Over the limit, the answer is HTTP 429 with a GraphQL error of code RATE_LIMITED.
 */
@ApplicationScoped
public class RateLimitFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final RateLimiter limiter;
    private final boolean enabled;

    RateLimitFilter(@ConfigProperty(name = "assay.rate-limit.enabled", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "assay.rate-limit.burst", defaultValue = "120") int burst,
            @ConfigProperty(name = "assay.rate-limit.per-minute", defaultValue = "600") int perMinute) {
        this.enabled = enabled;
        this.limiter = new RateLimiter(burst, perMinute);
    }

    void install(@Observes Router router) {
        // Before every other handler: a refused request costs no parsing, no authentication, no query.
        router.route().order(Integer.MIN_VALUE + 10).handler(this::limit);
    }

    void limit(RoutingContext context) {
        String path = context.normalizedPath();
        if (!enabled || !(path.startsWith("/graphql") || path.startsWith("/export"))) {
            context.next();
            return;
        }
        String caller = callerKey(context);
        if (limiter.tryAcquire(caller, System.nanoTime())) {
            context.next();
            return;
        }
        long retryAfter = Math.max(1, limiter.secondsUntilNext(caller));
        context.response().setStatusCode(429)
                .putHeader("Content-Type", "application/json")
                .putHeader("Retry-After", Long.toString(retryAfter))
                .end("{\"errors\":[{\"message\":\"Rate limit exceeded; retry in " + retryAfter
                        + " s\",\"extensions\":{\"code\":\"RATE_LIMITED\"}}],\"data\":null}");
    }

    /*
     * The subject is read without verifying the signature: a forged token is refused by authentication
     * anyway, and counting it under its claimed subject only limits that request sooner.
     */
    static String callerKey(RoutingContext context) {
        String authorization = context.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String subject = subjectOf(authorization.substring(7).trim());
            if (subject != null) {
                return "sub:" + subject;
            }
        }
        return "ip:" + (context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress());
    }

    static String subjectOf(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return null;
        }
        try {
            JsonNode claims = JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
            JsonNode sub = claims.get("sub");
            return sub != null && sub.isTextual() ? sub.asText() : null;
        } catch (Exception e) {
            return null;
        }
    }
}
