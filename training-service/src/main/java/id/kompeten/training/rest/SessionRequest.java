package id.kompeten.training.rest;

import id.kompeten.training.domain.SessionPlan;
import id.kompeten.training.domain.SessionTrainer;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;

/**
 * Body of POST /api/v1/courses/{courseId}/sessions. Shape only: the rules that need the course (JP, delivery mode)
 * or several fields (dates, window, schedule) are {@link id.kompeten.training.domain.SessionRules}.
 */
@Schema(name = "SessionCreate")
public record SessionRequest(
        @NotBlank @Pattern(regexp = CODE) @Schema(description = "Unique code of the session, upper case letters, digits,"
                + " '.', '_' or '-', 2 to 60 characters", example = "KOMPUB-2027-SBG-01") String code,
        @NotNull @Schema(description = "First day", example = "2027-02-08") LocalDate startDate,
        @NotNull @Schema(description = "Last day, not before the first", example = "2027-02-10") LocalDate endDate,
        @NotEmpty @Size(max = MAX_DAYS) @Schema(description = "Day by day, 1 to 60 days between startDate and"
                + " endDate, each date once; the JP add up to the course's JP")
        List<@NotNull @Valid SessionDayDto> schedule,
        @NotNull @Valid SessionRegionDto region,
        @Size(max = 300) @Schema(description = "Venue; required for CLASSROOM and BLENDED courses",
                example = "Aula Kantor Wali Kota Sibolga") String location,
        @URL(regexp = ONLINE_LINK, flags = Pattern.Flag.CASE_INSENSITIVE) @Size(max = 500)
        @Schema(description = "http(s) link to the virtual classroom; required for ONLINE and BLENDED courses",
                pattern = ONLINE_LINK, example = "https://zoom.us/j/81234567890") String onlineLink,
        @NotNull @Min(1) @Max(1000) @Schema(description = "Seats, 1 to 1000; never below the seats already taken",
                example = "30") Integer capacity,
        @NotNull @Schema(description = "First day of enrollment", example = "2027-01-04") LocalDate enrollmentOpensOn,
        @NotNull @Schema(description = "Last day of enrollment, before startDate", example = "2027-02-01")
        LocalDate enrollmentClosesOn,
        @Size(max = MAX_TRAINERS) @Schema(description = "Up to 20 trainers, in the order to show them")
        List<@NotNull @Valid SessionTrainerDto> trainers) {

    static final String CODE = "[A-Z0-9][A-Z0-9._-]{1,59}";
    // @URL with a pattern rather than a bare @Pattern: its message reads well in both languages.
    static final String ONLINE_LINK = "https?://[^\\s/?#]+([/?#]\\S*)?";
    static final int MAX_DAYS = 60;
    static final int MAX_TRAINERS = 20;

    public SessionPlan toPlan() {
        return plan(code, startDate, endDate, schedule, region, location, onlineLink, capacity, enrollmentOpensOn,
                enrollmentClosesOn, trainers);
    }

    /** The plan with surrounding blanks removed and blank optional texts as absent. */
    static SessionPlan plan(String code, LocalDate startDate, LocalDate endDate, List<SessionDayDto> schedule,
            SessionRegionDto region, String location, String onlineLink, int capacity, LocalDate enrollmentOpensOn,
            LocalDate enrollmentClosesOn, List<SessionTrainerDto> trainers) {
        List<SessionTrainer> trainerList = trainers == null
                ? List.of()
                : trainers.stream().map(SessionTrainerDto::toTrainer).toList();
        return new SessionPlan(code, startDate, endDate, schedule.stream().map(SessionDayDto::toDay).toList(),
                region.code(), region.name().strip(), clean(location), clean(onlineLink), capacity, enrollmentOpensOn,
                enrollmentClosesOn, trainerList);
    }

    static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
