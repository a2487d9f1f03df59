package id.kompeten.localstack.tokens;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Signs RS256 development tokens with the claims the services read ({@code sub}, {@code groups}, {@code nip},
 * {@code unit}), the development issuer, which no production configuration trusts, and the audience every service
 * expects ({@code aud}, the Keycloak realm's {@code kompeten-api}).
 */
public final class DevTokenMinter {

    /** The development issuer: only the local run and the test resource configure services to accept it. */
    public static final String DEV_ISSUER = "https://dev.kompeten.local/issuer";
    /** The audience the services expect by default (JWT_AUDIENCE), as the Keycloak realm puts it into its tokens. */
    public static final String API_AUDIENCE = "kompeten-api";

    private final PrivateKey signingKey;
    private final String issuer;
    private final String audience;

    public DevTokenMinter(PrivateKey signingKey) {
        this(signingKey, DEV_ISSUER);
    }

    /** Another issuer is for tests that prove a service rejects tokens from an issuer it does not trust. */
    public DevTokenMinter(PrivateKey signingKey, String issuer) {
        this(signingKey, issuer, API_AUDIENCE);
    }

    /** Another audience, or none (null), is for tests that prove a service rejects tokens meant for another API. */
    public DevTokenMinter(PrivateKey signingKey, String issuer, String audience) {
        this.signingKey = Objects.requireNonNull(signingKey, "signingKey");
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = audience;
    }

    public String mint(DevIdentity identity, Duration lifetime) {
        Instant now = Instant.now();
        return mint(identity, now, now.plus(lifetime));
    }

    /** Explicit times, e.g. an expiry in the past for a test of expired tokens. */
    public String mint(DevIdentity identity, Instant issuedAt, Instant expiresAt) {
        JwtClaimsBuilder claims = Jwt.claims()
                .issuer(issuer)
                .subject(identity.subject())
                .groups(identity.roles())
                .issuedAt(issuedAt)
                .expiresAt(expiresAt);
        if (audience != null) {
            claims.audience(audience);
        }
        if (identity.nip() != null) {
            claims.claim("nip", identity.nip());
        }
        if (identity.unit() != null) {
            claims.claim("unit", identity.unit());
        }
        return claims.jws().algorithm(SignatureAlgorithm.RS256).sign(signingKey);
    }
}
