package id.kompeten.enrollment.rest;

import static id.kompeten.enrollment.ParticipantTestSupport.PARTICIPANTS;
import static id.kompeten.enrollment.ParticipantTestSupport.admin;
import static id.kompeten.enrollment.ParticipantTestSupport.as;
import static id.kompeten.enrollment.ParticipantTestSupport.newNip;
import static id.kompeten.enrollment.ParticipantTestSupport.newUnit;
import static id.kompeten.enrollment.ParticipantTestSupport.participantBody;
import static id.kompeten.enrollment.ParticipantTestSupport.register;
import static id.kompeten.enrollment.ParticipantTestSupport.updateBody;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.kompeten.localstack.testing.LocalStackTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/** Requests that race for one number or one version: the database decides, never a 500. */
@QuarkusTest
@WithTestResource(value = LocalStackTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "enrollment"))
class ParticipantRaceTest {

    private static final int RACERS = 8;

    @Test
    void oneOfManySimultaneousRegistrationsOfANumberWins() {
        String nip = newNip();
        List<Integer> statuses = together(i -> () -> as(admin()).body(participantBody(nip, newUnit(), null))
                .post(PARTICIPANTS).statusCode());
        assertEquals(1, Collections.frequency(statuses, 201), statuses::toString);
        assertEquals(RACERS - 1, Collections.frequency(statuses, 409), statuses::toString);
    }

    @Test
    void oneOfManySimultaneousUpdatesOfAVersionWins() {
        Map<String, Object> body = participantBody(newNip(), newUnit(), null);
        String nip = register(body);
        List<Integer> statuses = together(i -> () -> {
            Map<String, Object> update = updateBody(body);
            update.put("positionName", "Jabatan " + i);
            return as(admin()).header("If-Match", "\"0\"").body(update).put(PARTICIPANTS + "/" + nip).statusCode();
        });
        assertEquals(1, Collections.frequency(statuses, 200), statuses::toString);
        assertEquals(RACERS - 1, Collections.frequency(statuses, 412), statuses::toString);
    }

    /** Runs {@link #RACERS} calls at the same moment; their status codes. */
    private static List<Integer> together(IntFunction<Callable<Integer>> call) {
        CyclicBarrier start = new CyclicBarrier(RACERS);
        ExecutorService threads = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Callable<Integer> racer = call.apply(i);
                futures.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return racer.call();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get(60, TimeUnit.SECONDS));
            }
            return statuses;
        } catch (Exception e) {
            throw new IllegalStateException("A racing request failed", e);
        } finally {
            threads.shutdownNow();
        }
    }
}
