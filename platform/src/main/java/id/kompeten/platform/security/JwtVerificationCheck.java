package id.kompeten.platform.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start a service that cannot verify tokens. Without a key smallrye-jwt would reject every token (every
 * protected endpoint locked), and without an issuer it would accept any issuer's tokens signed by the key: both are
 * configuration mistakes better seen at deployment than at the first request. Nothing here falls back to a development
 * key or issuer; tests and the local run configure their own.
 */
@ApplicationScoped
class JwtVerificationCheck {

    /** smallrye-jwt's marker for "not set": the shared configuration's default for all three properties. */
    private static final String NONE = "NONE";

    private final Optional<String> issuer;
    private final Optional<String> publicKey;
    private final Optional<String> publicKeyLocation;

    JwtVerificationCheck(
            @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
            @ConfigProperty(name = "mp.jwt.verify.publickey") Optional<String> publicKey,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> publicKeyLocation) {
        this.issuer = issuer;
        this.publicKey = publicKey;
        this.publicKeyLocation = publicKeyLocation;
    }

    void check(@Observes StartupEvent event) {
        problem(issuer, publicKey, publicKeyLocation).ifPresent(message -> {
            throw new ConfigurationException(message);
        });
    }

    /** What is missing, named as the environment variables an operator sets; empty when verification is configured. */
    static Optional<String> problem(Optional<String> issuer, Optional<String> publicKey,
            Optional<String> publicKeyLocation) {
        List<String> missing = new ArrayList<>();
        if (!isSet(issuer)) {
            missing.add("JWT_ISSUER (the token issuer, e.g. https://sso.example.go.id/realms/kompeten)");
        }
        if (!isSet(publicKey) && !isSet(publicKeyLocation)) {
            missing.add("JWT_PUBLIC_KEY_LOCATION (the issuer's JWKS URL, e.g. <issuer>/protocol/openid-connect/certs,"
                    + " or a PEM file) or JWT_PUBLIC_KEY (the key itself)");
        }
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Bearer token verification is not configured: set " + String.join(" and ", missing)
                + ". (Configuration properties: mp.jwt.verify.issuer, mp.jwt.verify.publickey.location,"
                + " mp.jwt.verify.publickey.)");
    }

    private static boolean isSet(Optional<String> value) {
        return value.filter(text -> !text.isBlank() && !NONE.equals(text)).isPresent();
    }
}
