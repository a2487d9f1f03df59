package id.kompeten.evaluation.demo;

import static id.kompeten.evaluation.profile.ProfileTestSupport.competency;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.catalogreplica.CatalogReplicaService;
import id.kompeten.evaluation.domain.OperationalRecordRepository;
import id.kompeten.evaluation.domain.ServiceUnitRepository;
import id.kompeten.evaluation.domain.SkmResult;
import id.kompeten.evaluation.domain.SkmStore;
import id.kompeten.evaluation.service.OperationsSummary;
import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The demo's service units and twelve months of history, loaded against the demo competencies and sessions: every
 * unit gets every month once (a second load adds nothing), and the registry counter whose staff trained improves
 * after the training by clearly more than its comparison counter, which only follows the common trend.
 */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "evaluation"))
class DemoServiceQualityLoaderTest {

    private static final String COUNTER = "DUKCAPIL-SBG-LOKET";
    private static final String COMPARISON = "DUKCAPIL-SBG-KEC-SELATAN";

    @Inject
    DemoServiceQualityLoader loader;
    @Inject
    CatalogReplicaService catalog;
    @Inject
    CatalogReplica replica;
    @Inject
    ServiceUnitRepository units;
    @Inject
    SkmStore skm;
    @Inject
    OperationalRecordRepository operations;

    @Test
    void loadsTwelveMonthsOnceAndTheTrainedCounterImprovesMoreThanItsComparison() {
        for (String code : new String[] {"SIAK", "PELAYANAN-PRIMA", "KOMUNIKASI-PUBLIK", "MANAJEMEN-WAKTU"}) {
            competency(code, true);
        }
        for (String session : new String[] {"SIAK-01-SBG-00", "KP-01-SBG-00", "PP-01-MLY-00"}) {
            DemoSessions.session(replica, catalog, session);
        }

        assertEquals(Optional.empty(), loader.load());

        YearMonth current = YearMonth.from(LocalDate.now(DemoSessions.JAKARTA));
        YearMonth first = current.minusMonths(12);
        YearMonth last = current.minusMonths(1);
        String[] codes = {COUNTER, COMPARISON, "PUSKESMAS-AEK-HABIL", "PUSKESMAS-PINTU-ANGIN", "KEC-MULYOREJO-LOKET",
            "KEL-KALISARI"};
        long respondents = 0;
        for (String code : codes) {
            assertTrue(read(() -> units.exists(code)), code);
            assertEquals(12, read(() -> skm.months(code, first, last).size()), code + ": twelve months surveyed");
            assertEquals(12, read(() -> operations.ofMonths(code, first, last).size()), code + ": twelve records");
            assertEquals(0, read(() -> skm.months(code, current, current).size()), "the current month is not over");
            respondents += read(() -> skm.total(code, first, last).respondents());
        }

        // Before: the three months before the SIAK run's month; after: the three after its end month.
        YearMonth trained = YearMonth.from(DemoSessions.endOf("SIAK-01-SBG-00"));
        BigDecimal counterChange = change(COUNTER, trained);
        BigDecimal comparisonChange = change(COMPARISON, trained);
        assertTrue(counterChange.subtract(comparisonChange).compareTo(BigDecimal.valueOf(2)) > 0,
                "IKM change " + counterChange + " vs the comparison's " + comparisonChange);
        BigDecimal waitingBefore = waiting(COUNTER, trained.minusMonths(3), trained.minusMonths(1));
        BigDecimal waitingAfter = waiting(COUNTER, trained.plusMonths(1), trained.plusMonths(3));
        assertTrue(waitingBefore.subtract(waitingAfter).compareTo(BigDecimal.TEN) > 0,
                "waiting " + waitingBefore + " -> " + waitingAfter);

        assertEquals(Optional.empty(), loader.load());
        long again = 0;
        for (String code : codes) {
            again += read(() -> skm.total(code, first, last).respondents());
        }
        assertEquals(respondents, again, "a second load adds nothing");
    }

    private BigDecimal change(String unit, YearMonth trained) {
        SkmResult before = read(() -> skm.total(unit, trained.minusMonths(3), trained.minusMonths(1)));
        SkmResult after = read(() -> skm.total(unit, trained.plusMonths(1), trained.plusMonths(3)));
        return after.ikm().subtract(before.ikm());
    }

    private BigDecimal waiting(String unit, YearMonth first, YearMonth last) {
        return read(() -> OperationsSummary.of(operations.ofMonths(unit, first, last))).meanWaitingMinutes();
    }

    private static <T> T read(java.util.concurrent.Callable<T> query) {
        return QuarkusTransaction.requiringNew().call(query);
    }
}
