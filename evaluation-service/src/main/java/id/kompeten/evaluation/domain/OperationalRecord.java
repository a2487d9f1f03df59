package id.kompeten.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A service unit's operational figures for one month, as the unit reports them: transactions served, mean waiting
 * and processing time (minutes), complaints received and resolved. Longer periods are summed from months.
 */
@Entity
@Table(name = "service_operation")
public class OperationalRecord {

    @EmbeddedId
    private Key key;

    private int transactions;

    @Column(name = "mean_waiting_minutes", nullable = false)
    private BigDecimal meanWaitingMinutes;

    @Column(name = "mean_processing_minutes", nullable = false)
    private BigDecimal meanProcessingMinutes;

    @Column(name = "complaints_received", nullable = false)
    private int complaintsReceived;

    @Column(name = "complaints_resolved", nullable = false)
    private int complaintsResolved;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    /** The unit and the first day of the month. */
    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "service_unit_code", nullable = false)
        private String serviceUnitCode;
        @Column(name = "month_start", nullable = false)
        private LocalDate monthStart;

        protected Key() {
        }

        public Key(String serviceUnitCode, LocalDate monthStart) {
            this.serviceUnitCode = serviceUnitCode;
            this.monthStart = monthStart;
        }

        public String serviceUnitCode() {
            return serviceUnitCode;
        }

        public LocalDate monthStart() {
            return monthStart;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.serviceUnitCode.equals(serviceUnitCode)
                    && key.monthStart.equals(monthStart);
        }

        @Override
        public int hashCode() {
            return Objects.hash(serviceUnitCode, monthStart);
        }
    }

    /** The figures a client sets. */
    public record Figures(int transactions, BigDecimal meanWaitingMinutes, BigDecimal meanProcessingMinutes,
            int complaintsReceived, int complaintsResolved) {
    }

    protected OperationalRecord() {
    }

    public OperationalRecord(Key key, Figures figures, Instant now, String by) {
        this.key = key;
        apply(figures, now, by);
    }

    /** False (nothing changes, not even the version) when the figures are those already held. */
    public boolean replace(Figures figures, Instant now, String by) {
        if (figures().equals(normalised(figures))) {
            return false;
        }
        apply(figures, now, by);
        return true;
    }

    private void apply(Figures figures, Instant now, String by) {
        Figures clean = normalised(figures);
        this.transactions = clean.transactions();
        this.meanWaitingMinutes = clean.meanWaitingMinutes();
        this.meanProcessingMinutes = clean.meanProcessingMinutes();
        this.complaintsReceived = clean.complaintsReceived();
        this.complaintsResolved = clean.complaintsResolved();
        this.updatedAt = now.truncatedTo(ChronoUnit.MICROS);
        this.updatedBy = by;
    }

    /** Minutes as stored: two decimals. */
    private static Figures normalised(Figures figures) {
        return new Figures(figures.transactions(), figures.meanWaitingMinutes().setScale(2),
                figures.meanProcessingMinutes().setScale(2), figures.complaintsReceived(),
                figures.complaintsResolved());
    }

    public Figures figures() {
        return new Figures(transactions, meanWaitingMinutes.setScale(2), meanProcessingMinutes.setScale(2),
                complaintsReceived, complaintsResolved);
    }

    public Key key() {
        return key;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public String updatedBy() {
        return updatedBy;
    }

    public long version() {
        return version;
    }
}
