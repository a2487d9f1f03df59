package id.kompeten.training.rest;

import id.kompeten.training.domain.SessionPlan;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.hibernate.validator.constraints.URL;

/** Body of PUT /api/v1/sessions/{id}: the whole plan, replacing the current one. The code never changes. */
@Schema(name = "SessionUpdate")
public record SessionUpdateRequest(
        @NotNull @Schema(example = "2027-02-08") LocalDate startDate,
        @NotNull @Schema(example = "2027-02-10") LocalDate endDate,
        @NotEmpty @Size(max = SessionRequest.MAX_DAYS) List<@NotNull @Valid SessionDayDto> schedule,
        @NotNull @Valid SessionRegionDto region,
        @Size(max = 300) @Schema(example = "Aula Kantor Wali Kota Sibolga") String location,
        @URL(regexp = SessionRequest.ONLINE_LINK, flags = Pattern.Flag.CASE_INSENSITIVE) @Size(max = 500)
        @Schema(pattern = SessionRequest.ONLINE_LINK, example = "https://zoom.us/j/81234567890") String onlineLink,
        @NotNull @Min(1) @Max(1000) @Schema(description = "Never below the seats already taken", example = "35")
        Integer capacity,
        @NotNull @Schema(example = "2027-01-04") LocalDate enrollmentOpensOn,
        @NotNull @Schema(example = "2027-02-01") LocalDate enrollmentClosesOn,
        @Size(max = SessionRequest.MAX_TRAINERS) List<@NotNull @Valid SessionTrainerDto> trainers) {

    /** The plan asked for, without a code: the session keeps its own. */
    public SessionPlan toPlan() {
        return SessionRequest.plan(null, startDate, endDate, schedule, region, location, onlineLink, capacity,
                enrollmentOpensOn, enrollmentClosesOn, trainers);
    }
}
