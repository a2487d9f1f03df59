package id.kompeten.catalogreplica;

import id.kompeten.platform.error.ConflictProblem;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * 409 {@code urn:kompeten:problem:catalog-not-synchronised} with {@code Retry-After}: a decision needs a catalogue
 * record this service's replica does not hold yet. Catalogue events of different aggregates travel on different
 * partitions, so a session can arrive before its course; the record normally follows within seconds, and the same
 * request then succeeds. Never a 500, and never a synchronous call to the catalogue instead. Texts:
 * {@code problem.catalog-not-synchronised.<subject>.detail} in the platform's problem bundles, which every service
 * reads.
 */
public class CatalogNotSynchronisedProblem extends ConflictProblem {

    public static final String TYPE = "catalog-not-synchronised";

    /** What is missing. */
    public enum Subject {
        COURSE, SESSION, PROVIDER, COMPETENCY;

        String messageKey() {
            return "problem." + TYPE + "." + name().toLowerCase(Locale.ROOT) + ".detail";
        }
    }

    private final Subject subject;
    private final String id;
    private final Duration retryAfter;

    /** {@code retryAfter}: the hint for clients; {@link CatalogReplica#notSynchronised} uses the configured one. */
    public CatalogNotSynchronisedProblem(Subject subject, String id, Duration retryAfter) {
        super(TYPE, subject.messageKey(), new Object[] {id, Math.max(1, retryAfter.toSeconds())});
        this.subject = subject;
        this.id = id;
        this.retryAfter = retryAfter;
    }

    public Subject subject() {
        return subject;
    }

    /** The id (or competency code) the replica does not hold. */
    public String id() {
        return id;
    }

    @Override
    public Optional<Duration> retryAfter() {
        return Optional.of(retryAfter);
    }
}
