package id.kompeten.platform.messaging;

import id.kompeten.platform.error.ApiProblem;
import java.util.List;

/** 503: an operation that needs Kafka right now (e.g. a replica rebuild) could not reach it. */
public class KafkaUnavailableProblem extends ApiProblem {

    public KafkaUnavailableProblem(String messageKey, Object... args) {
        super(503, "kafka-unavailable", messageKey, args, List.of());
    }
}
