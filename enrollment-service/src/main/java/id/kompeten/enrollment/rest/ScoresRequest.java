package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.domain.AssessmentKind;
import id.kompeten.enrollment.service.ScoreEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** PRE and POST scores of many participants of one session. */
@Schema(name = "ScoresRequest")
public record ScoresRequest(
        @NotNull @Size(min = 1, max = ResultsLimits.MAX_ENTRIES)
        @Schema(description = "One entry per participant and assessment; scores not given stay as recorded")
        List<@Valid @NotNull Entry> entries) {

    /** One participant's score in one assessment. */
    @Schema(name = "ScoreEntry")
    public record Entry(
            @NotNull @Size(max = Texts.NUMBER_MAX) @Schema(description = "NIP or NI PPPK of a participant with a"
                    + " confirmed enrollment in the session", example = "198703122010011004") String nip,
            @NotNull @Schema(description = "PRE (before the course) or POST (after it; decides completion)")
            AssessmentKind kind,
            // A number rather than an int: JSON's 70.5 must be refused, not cut to 70.
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 0)
            @Schema(description = "Whole points 0-100", example = "82", type = org.eclipse.microprofile.openapi
                    .annotations.enums.SchemaType.INTEGER, minimum = "0", maximum = "100") BigDecimal score) {
    }

    List<ScoreEntry> toEntries() {
        return entries.stream().map(entry -> new ScoreEntry(entry.nip(), entry.kind(), entry.score().intValueExact()))
                .toList();
    }
}
