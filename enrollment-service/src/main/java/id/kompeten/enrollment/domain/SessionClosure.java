package id.kompeten.enrollment.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A session's close: written first by the transaction that decides the session's participants (an insert that a
 * second close finds, or waits for), so a session is closed once; afterwards it takes no attendance or scores.
 */
@Entity
@Table(name = "session_closure")
public class SessionClosure {

    @Id
    @Column(name = "session_id", nullable = false, updatable = false)
    private String sessionId;

    @Column(name = "closed_at", nullable = false, updatable = false)
    private Instant closedAt;

    @Column(name = "closed_by", nullable = false, updatable = false)
    private String closedBy;

    /** Participants the close completed and failed. */
    @Column(nullable = false)
    private int completed;

    @Column(nullable = false)
    private int failed;

    protected SessionClosure() {
    }

    /** Counts what the close decided. */
    public void decided(int completedCount, int failedCount) {
        this.completed = completedCount;
        this.failed = failedCount;
    }

    public String sessionId() {
        return sessionId;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedBy() {
        return closedBy;
    }

    public int completed() {
        return completed;
    }

    public int failed() {
        return failed;
    }
}
