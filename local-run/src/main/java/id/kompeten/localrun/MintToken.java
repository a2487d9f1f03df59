package id.kompeten.localrun;

import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevKeyPair;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokenMinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints one development token for the local run, e.g.
 * {@code .local/mint-token --role SUPERVISOR --nip 197806302003122001 --unit DISDUKCAPIL-SIBOLGA}. Only the token goes
 * to standard output, so {@code $(...)} can take it; the local run writes the {@code mint-token} script at start-up.
 */
public final class MintToken {

    static final String USAGE = """
            usage: mint-token --role ROLE [--role ROLE ...] [--nip NIP] [--unit UNIT] [--subject SUB] [--lifetime P30D]
              ROLE      one of %s
                        (people also get --nip and --unit; INTEGRATION is a system and has neither)
              NIP       18 digits, e.g. %s
              UNIT      unit code, e.g. %s
              lifetime  ISO-8601 duration such as PT8H or P7D, default %d days
            """.formatted(DevPersonas.ROLES, DevPersonas.SAMPLE_NIP, DevPersonas.SAMPLE_UNIT,
            DevTokenFiles.LIFETIME.toDays());

    private MintToken() {
    }

    public static void main(String[] args) {
        if (args.length == 0 || List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.err.print(USAGE);
            System.exit(args.length == 0 ? 2 : 0);
        }
        Path dataDir = Path.of(System.getProperty("local.data", ".local")).toAbsolutePath().normalize();
        try {
            Request request = Request.parse(List.of(args));
            Path keysDir = dataDir.resolve("keys");
            if (!Files.isRegularFile(keysDir.resolve(DevKeyPair.PRIVATE_KEY_FILE))) {
                throw new IllegalArgumentException("no development key in " + keysDir
                        + ": start the local run once (mvn package -Plocal-run)");
            }
            DevTokenMinter minter = new DevTokenMinter(DevKeyPair.load(keysDir).privateKey());
            System.out.println(minter.mint(request.identity(), request.lifetime()));
        } catch (IllegalArgumentException e) {
            System.err.println("mint-token: " + e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
        }
    }

    /** The parsed command line; invalid input is an {@link IllegalArgumentException} with a message for the user. */
    record Request(DevIdentity identity, Duration lifetime) {

        static Request parse(List<String> args) {
            Set<String> roles = new LinkedHashSet<>();
            String nip = null;
            String unit = null;
            String subject = null;
            Duration lifetime = DevTokenFiles.LIFETIME;
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                if (i + 1 >= args.size()) {
                    throw new IllegalArgumentException(option + " needs a value");
                }
                String value = args.get(++i);
                switch (option) {
                    case "--role" -> roles.add(role(value));
                    case "--nip" -> nip = nip(value);
                    case "--unit" -> unit = value.toUpperCase(Locale.ROOT);
                    case "--subject" -> subject = value;
                    case "--lifetime" -> lifetime = lifetime(value);
                    default -> throw new IllegalArgumentException("unknown option " + option);
                }
            }
            if (roles.isEmpty()) {
                throw new IllegalArgumentException("--role is required");
            }
            if (subject == null) {
                subject = nip != null ? "dev-" + nip : "dev-" + String.join("-", roles).toLowerCase(Locale.ROOT);
            }
            return new Request(new DevIdentity(subject, roles, nip, unit), lifetime);
        }

        private static String role(String value) {
            String role = value.toUpperCase(Locale.ROOT);
            if (!DevPersonas.ROLES.contains(role)) {
                throw new IllegalArgumentException("unknown role " + value + "; expected one of " + DevPersonas.ROLES);
            }
            return role;
        }

        private static String nip(String value) {
            if (!value.matches("\\d{18}")) {
                throw new IllegalArgumentException("a NIP has 18 digits, got " + value);
            }
            return value;
        }

        private static Duration lifetime(String value) {
            try {
                Duration lifetime = Duration.parse(value);
                if (lifetime.isNegative() || lifetime.isZero()) {
                    throw new IllegalArgumentException("--lifetime must be positive, got " + value);
                }
                return lifetime;
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("--lifetime takes an ISO-8601 duration such as PT8H, got " + value);
            }
        }
    }
}
