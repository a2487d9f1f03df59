package id.kompeten.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded MariaDB says at once, and in plain words, when this machine cannot run it. */
class EmbeddedMariaDbPlatformTest {

    @Test
    void anotherPlatformStopsTheStartAtOnceWithWhatToDo(@TempDir Path dataDir) {
        String arch = System.getProperty("os.arch");
        System.setProperty("os.arch", "aarch64");
        try {
            UnsupportedPlatformException refused = assertThrows(UnsupportedPlatformException.class,
                    () -> EmbeddedMariaDb.start(dataDir, 0, List.of("training")));
            assertTrue(refused.getMessage().contains("runs only on Linux x86_64 with glibc"), refused.getMessage());
            assertTrue(refused.getMessage().contains("WSL2"), refused.getMessage());
            assertEquals(0, refused.getStackTrace().length, "a machine problem, not a code problem: no stack trace");
        } finally {
            System.setProperty("os.arch", arch);
        }
    }

    @Test
    void macOsIsNamedAndLinuxIsTheWay() {
        String message = EmbeddedMariaDbPlatform.problem("Mac OS X", "aarch64", false, List.of());
        assertTrue(message.contains("this is Mac OS X aarch64"), message);
        assertTrue(message.contains("Linux VM"), message);
    }

    @Test
    void muslLinuxNeedsGlibc() {
        String message = EmbeddedMariaDbPlatform.problem("Linux", "amd64", false, List.of());
        assertTrue(message.contains("needs glibc"), message);
    }

    @Test
    void missingLibrariesAreNamedWithTheirPackages() {
        String message = EmbeddedMariaDbPlatform.problem("Linux", "amd64", true,
                EmbeddedMariaDbPlatform.LIBRARIES.subList(0, 2));
        assertTrue(message.contains("libcrypt.so.1, libsystemd.so.0"), message);
        assertTrue(message.contains("sudo apt-get install libcrypt1 libsystemd0"), message);
        assertTrue(message.contains("sudo dnf install libxcrypt-compat systemd-libs"), message);
    }

    @Test
    void thisMachineHasWhatTheServerNeeds() {
        assertNull(EmbeddedMariaDbPlatform.problem(System.getProperty("os.name"), System.getProperty("os.arch"),
                true, EmbeddedMariaDbPlatform.missingLibraries()));
    }
}
