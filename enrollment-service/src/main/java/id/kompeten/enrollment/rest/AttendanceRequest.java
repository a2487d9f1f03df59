package id.kompeten.enrollment.rest;

import id.kompeten.contracts.enrollment.AttendanceStatus;
import id.kompeten.enrollment.service.AttendanceEntry;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Attendance of many participants on many days of one session. */
@Schema(name = "AttendanceRequest")
public record AttendanceRequest(
        @NotNull @Size(min = 1, max = ResultsLimits.MAX_ENTRIES)
        @Schema(description = "One entry per participant and day; days not given stay as recorded")
        List<@Valid @NotNull Entry> entries) {

    /** One participant's attendance on one day. */
    @Schema(name = "AttendanceEntry")
    public record Entry(
            @NotNull @Size(max = Texts.NUMBER_MAX) @Schema(description = "NIP or NI PPPK of a participant with a"
                    + " confirmed enrollment in the session", example = "198703122010011004") String nip,
            @NotNull @Schema(description = "A day of the session's schedule", example = "2027-02-08") LocalDate date,
            @NotNull @Schema(description = "EXCUSED is recorded but does not count as present")
            AttendanceStatus status) {
    }

    List<AttendanceEntry> toEntries() {
        return entries.stream().map(entry -> new AttendanceEntry(entry.nip(), entry.date(), entry.status())).toList();
    }
}
