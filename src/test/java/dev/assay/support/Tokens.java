package dev.assay.support;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;

/** Real signed bearer tokens minted in the test, with the test key the service is configured to trust. */
public final class Tokens {

    public static final String ISSUER = "https://assay.dev/issuer";
    public static final String AUDIENCE = "assay";

    private Tokens() {
    }

    public static String subscriber(String subject, String... tiers) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of("subscriber"))
                .claim("tiers", List.of(tiers)).expiresIn(300).sign();
    }

    /** A subscriber's token that expires {@code seconds} from now. */
    public static String subscriberExpiringIn(long seconds, String subject, String... tiers) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of("subscriber"))
                .claim("tiers", List.of(tiers)).expiresIn(seconds).sign();
    }

    public static String partner(String subject, String... tiers) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of("subscriber", "partner"))
                .claim("tiers", List.of(tiers)).expiresIn(300).sign();
    }

    public static String editor(String subject) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of("editor")).expiresIn(300).sign();
    }

    /** Signed by a key the service has never seen. */
    public static String forged(String subject) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of("editor")).expiresIn(300)
                .sign(strangerKey().getPrivate());
    }

    public static String expired(String subject) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of("editor"))
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)).sign();
    }

    public static String wrongIssuer(String subject) {
        return Jwt.issuer("https://someone-else.example").audience(AUDIENCE).subject(subject)
                .groups(Set.of("editor")).expiresIn(300).sign();
    }

    private static KeyPair strangerKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
