package id.kompeten.localrun;

import java.nio.file.Path;
import java.util.List;

/** A service of the local run: its module folder, fixed port and own database. */
record LocalService(String name, int port, String database) {

    static final List<LocalService> ALL = List.of(
            new LocalService("training-service", 8081, "training"),
            new LocalService("enrollment-service", 8082, "enrollment"),
            new LocalService("evaluation-service", 8083, "evaluation"));

    String baseUrl() {
        return "http://localhost:" + port;
    }

    Path jar(Path root) {
        return root.resolve(name).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
