package id.kompeten.localstack.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * The RSA key pair that signs development tokens. Generated at run time and kept as PEM files outside the repository
 * (a temp folder in tests, {@code .local/keys/} in the local run), so no key a service could trust is ever committed.
 */
public record DevKeyPair(PublicKey publicKey, PrivateKey privateKey) {

    public static final String PUBLIC_KEY_FILE = "public-key.pem";
    public static final String PRIVATE_KEY_FILE = "private-key.pem";

    private static final int KEY_SIZE = 2048;

    public static DevKeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(KEY_SIZE);
            KeyPair pair = generator.generateKeyPair();
            return new DevKeyPair(pair.getPublic(), pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }

    /** Reads the pair saved in {@code dir}, or generates and saves one there: tokens stay valid across local runs. */
    public static DevKeyPair loadOrCreate(Path dir) {
        if (Files.isRegularFile(dir.resolve(PRIVATE_KEY_FILE)) && Files.isRegularFile(dir.resolve(PUBLIC_KEY_FILE))) {
            return load(dir);
        }
        DevKeyPair pair = generate();
        pair.save(dir);
        return pair;
    }

    public static DevKeyPair load(Path dir) {
        try {
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            PublicKey publicKey = rsa.generatePublic(new X509EncodedKeySpec(readPem(dir.resolve(PUBLIC_KEY_FILE))));
            PrivateKey privateKey =
                    rsa.generatePrivate(new PKCS8EncodedKeySpec(readPem(dir.resolve(PRIVATE_KEY_FILE))));
            return new DevKeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Unreadable development key pair in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Writes both PEM files; the private key readable by its owner only where the file system allows it. */
    public void save(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(PUBLIC_KEY_FILE), publicKeyPem());
            Path privateFile = dir.resolve(PRIVATE_KEY_FILE);
            Files.deleteIfExists(privateFile);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(privateFile,
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(privateFile, pem("PRIVATE KEY", privateKey.getEncoded()));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not save the development key pair in " + dir, e);
        }
    }

    /** Where {@link #save} puts the public key: what a service under development gets as its key location. */
    public static Path publicKeyFile(Path dir) {
        return dir.resolve(PUBLIC_KEY_FILE).toAbsolutePath();
    }

    /** The public key as PEM: what a service could also take inline as JWT_PUBLIC_KEY. */
    public String publicKeyPem() {
        return pem("PUBLIC KEY", publicKey.getEncoded());
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] readPem(Path file) {
        try {
            String body = Files.readString(file).replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
            return Base64.getDecoder().decode(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }
}
