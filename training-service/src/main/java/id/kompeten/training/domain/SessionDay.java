package id.kompeten.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** One day of a session's schedule and the JP taught that day. */
@Embeddable
public class SessionDay {

    @Column(name = "day_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private int jp;

    private String topic;

    protected SessionDay() {
    }

    public SessionDay(LocalDate date, int jp, String topic) {
        this.date = date;
        this.jp = jp;
        this.topic = topic;
    }

    public LocalDate date() {
        return date;
    }

    public int jp() {
        return jp;
    }

    public String topic() {
        return topic;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SessionDay that && jp == that.jp && date.equals(that.date)
                && Objects.equals(topic, that.topic);
    }

    @Override
    public int hashCode() {
        return Objects.hash(date, jp, topic);
    }
}
