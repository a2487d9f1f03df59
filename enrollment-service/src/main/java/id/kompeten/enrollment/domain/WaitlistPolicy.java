package id.kompeten.enrollment.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The order in which waitlisted people get a freed seat, chosen per session. Ties always go to the earlier request,
 * then to the lower enrollment id, so the order is total and the same on every instance.
 */
public enum WaitlistPolicy {

    /** Whoever asked first (the default). */
    FIRST_COME_FIRST_SERVED,

    /** Whoever is furthest below the yearly JP minimum for the session's year first; ties by request time. */
    JP_DEFICIT_PRIORITY;

    /** One waitlisted enrollment as the policy sees it; the deficit is its {@link JpStanding#shortfallJp}. */
    public record Candidate(String enrollmentId, Instant requestedAt, int jpDeficit) {
    }

    public Comparator<Candidate> order() {
        Comparator<Candidate> byRequest = Comparator.comparing(Candidate::requestedAt)
                .thenComparing(Candidate::enrollmentId);
        return switch (this) {
            case FIRST_COME_FIRST_SERVED -> byRequest;
            case JP_DEFICIT_PRIORITY -> Comparator.comparingInt(Candidate::jpDeficit).reversed().thenComparing(byRequest);
        };
    }

    /** The candidates in the order they get seats. */
    public List<Candidate> sort(List<Candidate> candidates) {
        return candidates.stream().sorted(order()).toList();
    }
}
