package id.kompeten.training.rest;

import id.kompeten.training.domain.SessionDay;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One day of a session's schedule. The JP range per day and the total are checked against the course. */
@Schema(name = "SessionDay", description = "One day of the schedule and the JP (45-minute lessons) taught that day")
public record SessionDayDto(
        @NotNull @Schema(example = "2027-02-08") LocalDate date,
        @NotNull @Schema(description = "1 to 10 JP; the days' JP add up to the course's JP", example = "8") Integer jp,
        @Size(max = 300) @Schema(example = "Prinsip komunikasi publik", nullable = true) String topic) {

    SessionDay toDay() {
        return new SessionDay(date, jp, SessionRequest.clean(topic));
    }

    static SessionDayDto of(SessionDay day) {
        return new SessionDayDto(day.date(), day.jp(), day.topic());
    }
}
