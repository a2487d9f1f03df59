package id.kompeten.localrun;

import id.kompeten.localstack.tokens.DevIdentity;
import id.kompeten.localstack.tokens.DevKeyPair;
import id.kompeten.localstack.tokens.DevPersonas;
import id.kompeten.localstack.tokens.DevTokenMinter;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The local run's development tokens: a key pair kept in {@code <data>/keys} (so tokens stay valid across runs) and one
 * ready token per role in {@code <data>/tokens/<ROLE>.jwt}, rewritten at every start.
 */
final class DevTokenFiles {

    /** Long enough to paste a token into a tool once and forget about it for a while. */
    static final Duration LIFETIME = Duration.ofDays(30);

    private final Path dataDir;
    private final Path keysDir;
    private final Path tokensDir;

    DevTokenFiles(Path dataDir) {
        this.dataDir = dataDir;
        this.keysDir = dataDir.resolve("keys");
        this.tokensDir = dataDir.resolve("tokens");
    }

    /** Creates the key pair on the first run, reuses it afterwards. */
    DevKeyPair keys() {
        return DevKeyPair.loadOrCreate(keysDir);
    }

    /** The PEM file services verify tokens with (their JWT_PUBLIC_KEY_LOCATION). */
    Path publicKeyFile() {
        return DevKeyPair.publicKeyFile(keysDir);
    }

    Path tokensDir() {
        return tokensDir;
    }

    Path peopleDir() {
        return tokensDir.resolve("people");
    }

    /**
     * Writes {@code <data>/mint-token} (and {@code mint-token.cmd} for Windows): {@link MintToken} with this launcher's
     * Java and class path, so minting a token needs no Maven. Class path entries inside the repository (the modules'
     * {@code target/} output) are copied to {@code <data>/mint-token-lib} first: {@code mvn clean} deletes the originals,
     * and the script must keep working until the next local run rewrites it. Returns the script for POSIX shells.
     */
    Path writeMintTokenScripts() {
        Path root = Path.of(System.getProperty("kompeten.root", ".")).toAbsolutePath().normalize();
        return writeMintTokenScripts(System.getProperty("java.class.path"), root);
    }

    Path writeMintTokenScripts(String launcherClassPath, Path repositoryRoot) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = String.join(File.pathSeparator, keptClassPath(launcherClassPath, repositoryRoot));
        String main = MintToken.class.getName();
        Path script = dataDir.resolve("mint-token");
        try {
            Files.writeString(script, "#!/bin/sh\n"
                    + "# Written by the local run at start-up: prints a development token (try --help).\n"
                    + "exec " + shellQuoted(java) + " -Dlocal.data=" + shellQuoted(dataDir.toString())
                    + " -cp " + shellQuoted(classPath) + " " + main + " \"$@\"\n");
            script.toFile().setExecutable(true);
            Files.writeString(dataDir.resolve("mint-token.cmd"), "@\"" + java + "\" \"-Dlocal.data=" + dataDir
                    + "\" -cp \"" + classPath + "\" " + main + " %*\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + script, e);
        }
        return script;
    }

    /** The class path with every entry under {@code repositoryRoot} replaced by a copy in the data folder. */
    private List<String> keptClassPath(String launcherClassPath, Path repositoryRoot) {
        Path lib = dataDir.resolve("mint-token-lib");
        try {
            deleteRecursively(lib);
            Files.createDirectories(lib);
            List<String> entries = new ArrayList<>();
            int n = 0;
            for (String entry : launcherClassPath.split(File.pathSeparator)) {
                Path path = Path.of(entry).toAbsolutePath().normalize();
                if (entry.isBlank() || !path.startsWith(repositoryRoot) || path.startsWith(dataDir) || !Files.exists(path)) {
                    entries.add(entry);
                    continue;
                }
                // numbered: several modules' output folders are all called "classes"
                Path copy = lib.resolve((n++) + "-" + path.getFileName());
                copyRecursively(path, copy);
                entries.add(copy.toString());
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the mint-token class path to " + lib, e);
        }
    }

    private static void copyRecursively(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }

    /**
     * Writes {@code <ROLE>.jwt} for every role's persona, and {@code people/<name>.jwt} for the demo people who have a
     * token of their own (other units, other supervisors).
     */
    void writeOnePerRole(DevKeyPair keys) {
        DevTokenMinter minter = new DevTokenMinter(keys.privateKey());
        try {
            Files.createDirectories(peopleDir());
            for (DevIdentity persona : DevPersonas.ALL) {
                String role = persona.roles().iterator().next();
                Files.writeString(tokensDir.resolve(role + ".jwt"), minter.mint(persona, LIFETIME));
            }
            for (Map.Entry<String, DevIdentity> person : DevPersonas.DEMO_PEOPLE.entrySet()) {
                Files.writeString(peopleDir().resolve(person.getKey() + ".jwt"), minter.mint(person.getValue(), LIFETIME));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the development tokens to " + tokensDir, e);
        }
    }

    private static String shellQuoted(String text) {
        return "'" + text.replace("'", "'\"'\"'") + "'";
    }
}
