package id.kompeten.enrollment.bench;

import static id.kompeten.enrollment.ParticipantTestSupport.PARTICIPANTS;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.newNip;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.localstack.testing.LocalStackTestResource;
import id.kompeten.localstack.tokens.DevTokens;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The largest import a request may carry (5,000 rows), through the real HTTP API and database: prints the time of a
 * dry run and of the import, and of reading a page of 200 of the unit afterwards. Not part of {@code mvn verify}; run
 * it with {@code mvn verify -pl enrollment-service -am -Pbenchmark}.
 */
@Tag("benchmark")
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class ParticipantImportBenchmarkTest {

    private static final int ROWS = 5_000;
    private static final String HEADER =
            "nip,name,email,phone,employeeType,agency,unitCode,positionCode,positionName,supervisorNip";

    /** HTTP/1.1: the JDK client's default cleartext upgrade to HTTP/2 (h2c) fails on requests with a body here. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @TestHTTPResource("/")
    URI base;

    @Test
    void importsTheLargestFileAllowed() throws Exception {
        // Warm-up: the first requests load classes and fill caches.
        for (int i = 0; i < 3; i++) {
            importFile(file(newUnit(), 200), "?dryRun=true");
        }
        String unit = newUnit();
        byte[] file = file(unit, ROWS);
        long dryRun = importFile(file, "?dryRun=true");
        long imported = importFile(file, "");
        long total = as(admin()).queryParam("unit", unit).get(PARTICIPANTS).then().statusCode(200).extract()
                .jsonPath().getLong("total");
        long page = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            page = Math.min(page, time(HttpRequest.newBuilder(
                    base.resolve(PARTICIPANTS + "?size=200&sort=name,desc&unit=" + unit)).GET()));
        }
        assertEquals(ROWS, total);
        System.out.printf(Locale.ROOT, "participant import of %d rows (%.1f KB): dry run %d ms, import %d ms;"
                + " a page of 200 of the unit (best of 5) %d ms%n", ROWS, file.length / 1024.0, dryRun / 1_000_000,
                imported / 1_000_000, page / 1_000_000);
    }

    /**
     * Time of one import, sent with a plain HTTP client: RestAssured's filters (the OpenAPI answer check) would add the
     * time to validate a 5,000-row report.
     */
    private long importFile(byte[] file, String query) throws Exception {
        return time(HttpRequest.newBuilder(base.resolve("/api/v1/participants:import" + query))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)));
    }

    /** Nanoseconds from sending the request as ADMIN to its whole answer, which must be a 200 without failed rows. */
    private static long time(HttpRequest.Builder request) throws Exception {
        HttpRequest signed = request.header("Authorization", DevTokens.bearer(admin())).build();
        long start = System.nanoTime();
        HttpResponse<String> response = HTTP.send(signed, HttpResponse.BodyHandlers.ofString());
        long time = System.nanoTime() - start;
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(!response.body().contains("\"failed\":") || response.body().contains("\"failed\":0"));
        return time;
    }

    private static byte[] file(String unit, int rows) {
        String supervisor = newNip();
        List<String> lines = IntStream.range(0, rows).mapToObj(i -> String.join(",", newNip(),
                "Pegawai " + i, "pegawai" + i + "@sibolgakota.go.id", "+62 812 " + (1000_0000 + i), "PNS",
                "Pemerintah Kota Sibolga", unit, "PENGADMINISTRASI-LAYANAN", "Pengadministrasi Layanan", supervisor))
                .toList();
        return (HEADER + "\n" + lines.stream().collect(Collectors.joining("\n")) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
