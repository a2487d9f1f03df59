package id.kompeten.contracts.catalog;

/** DRAFT → OPEN ⇄ FULL → RUNNING → COMPLETED, or CANCELLED (with a reason) before it completes. */
public enum SessionStatus {
    DRAFT,
    OPEN,
    FULL,
    RUNNING,
    COMPLETED,
    CANCELLED
}
