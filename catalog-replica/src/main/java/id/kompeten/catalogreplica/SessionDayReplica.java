package id.kompeten.catalogreplica;

import id.kompeten.contracts.catalog.SessionSnapshot;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A row of session_day_replica: one day of a session and the JP taught that day. */
@Embeddable
public class SessionDayReplica {

    @Column(name = "day_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private int jp;

    protected SessionDayReplica() {
    }

    public SessionDayReplica(LocalDate date, int jp) {
        this.date = date;
        this.jp = jp;
    }

    static SessionDayReplica of(SessionSnapshot.ScheduleDay day) {
        return new SessionDayReplica(day.date(), day.jp());
    }

    public LocalDate date() {
        return date;
    }

    public int jp() {
        return jp;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionDayReplica that && jp == that.jp && date.equals(that.date);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, jp);
    }

    @Override
    public String toString() {
        return date + ":" + jp;
    }
}
