package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.SessionStatus;
import id.kompeten.platform.api.EnumParameter;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.training.service.SessionFilter;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of GET /api/v1/sessions; use as {@code @Valid @BeanParam}. Dates and statuses arrive as text and are
 * parsed here: JAX-RS would answer a value it cannot convert with 404, where this gives a 400 naming the parameter.
 */
public class SessionSearchParameters {

    @QueryParam("from")
    @Parameter(description = "Only sessions still running on or after this day (ISO date): the session overlaps"
            + " [from, to]", schema = @Schema(type = SchemaType.STRING, format = "date", example = "2027-01-01"))
    String from;

    @QueryParam("to")
    @Parameter(description = "Only sessions starting on or before this day (ISO date); not before from",
            schema = @Schema(type = SchemaType.STRING, format = "date", example = "2027-03-31"))
    String to;

    @QueryParam("region")
    @Pattern(regexp = SessionRegionDto.CODE)
    @Parameter(description = "Only sessions in this kabupaten/kota (its code)", example = "12.73")
    String region;

    @QueryParam("status")
    @Parameter(description = "Only sessions in any of these statuses; repeat the parameter (or separate with commas)"
            + " for several. Default: every status but DRAFT, plus DRAFT for CATALOG_MANAGER and ADMIN, who alone may"
            + " ask for DRAFT", schema = @Schema(type = SchemaType.ARRAY, implementation = SessionStatus.class))
    List<String> status;

    @QueryParam("competency")
    @Size(max = 50)
    @Parameter(description = "Only sessions of courses that develop this competency (its code)",
            example = "PELAYANAN-PRIMA")
    String competency;

    @QueryParam("course")
    @Size(max = 36)
    @Parameter(description = "Only sessions of this course (its id)", example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01")
    String course;

    @QueryParam("hasSeats")
    @Pattern(regexp = "true|false")
    @Parameter(description = "true: only sessions OPEN for enrollment with a free seat; false: only the others",
            schema = @Schema(type = SchemaType.BOOLEAN))
    String hasSeats;

    public SessionSearchParameters() {
    }

    /** The filters as the session service takes them; 400 naming the first parameter at fault. */
    public SessionFilter toFilter() {
        return new SessionFilter(from(), to(), region(), statuses(), competency(), course(), hasSeats());
    }

    public LocalDate from() {
        return date(from, "from");
    }

    /** The last day asked for; 400 naming {@code to} when it lies before {@code from}. */
    public LocalDate to() {
        LocalDate end = date(to, "to");
        LocalDate start = from();
        if (start != null && end != null && end.isBefore(start)) {
            throw new InvalidInputProblem("to", "validation.session.search.to-before-from", start);
        }
        return end;
    }

    public String region() {
        return blankToNull(region);
    }

    /** The statuses asked for, at most {@value ListParameters#MAX_VALUES} values; empty when none were. */
    public Set<SessionStatus> statuses() {
        Set<SessionStatus> statuses = EnumSet.noneOf(SessionStatus.class);
        ListParameters.split(status, "status")
                .forEach(value -> statuses.add(EnumParameter.parse(SessionStatus.class, value, "status")));
        return statuses;
    }

    public String competency() {
        return blankToNull(competency);
    }

    public String course() {
        return blankToNull(course);
    }

    public Boolean hasSeats() {
        return hasSeats == null ? null : Boolean.valueOf(hasSeats);
    }

    private static LocalDate date(String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputProblem(parameter, "validation.session.search.date-invalid", value);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
