package id.kompeten.localstack.testing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Test-only Kafka consumer, part of every service under test: it proves the service's own messaging stack reaches the
 * real broker. Topic and channel are both {@value ServiceStartupContract#SELF_TEST_CHANNEL}.
 */
@ApplicationScoped
public class SelfTestConsumer {

    private final Collection<String> received = new ConcurrentLinkedQueue<>();

    @Incoming(ServiceStartupContract.SELF_TEST_CHANNEL)
    void receive(String payload) {
        received.add(payload);
    }

    public Collection<String> received() {
        return received;
    }
}
