package id.kompeten.training.rest;

import id.kompeten.platform.i18n.Languages;
import id.kompeten.platform.i18n.Messages;
import id.kompeten.platform.security.Roles;
import id.kompeten.training.service.CourseImportFormat;
import id.kompeten.training.service.CourseImportService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk import of courses from a spreadsheet (CSV) or another system (JSON), as drafts. */
@Path("/api/v1/courses:import")
@Tag(name = "Courses")
public class CourseImportResource {

    static final String CSV = "text/csv";

    private static final String CSV_EXAMPLE = """
            code,title,description,objectives,competencies,methods,deliveryMode,jp,providerId,minAttendancePercent,\
            minPostTestScore,targetPositionCodes,targetDescription
            KOMPUB-2027,Komunikasi Publik,"Public communication for front-line ASN, with a presentation simulation.",\
            Explain a service procedure clearly to citizens;Handle a complaint calmly,KOMUNIKASI-PUBLIK:3,\
            LECTURE;GROUP_DISCUSSION;SIMULATION,CLASSROOM,24,6f1c2a7e-3b9d-4c55-9a51-0d2b8e7f4c11,80,70,\
            PENGADMINISTRASI-LAYANAN,Front-line staff of service units
            PRIMA-2027,Pelayanan Prima,Excellent public service at the counter.,Greet and serve citizens by the standard,\
            PELAYANAN-PRIMA:2;KOMUNIKASI-PUBLIK:2,LECTURE;SIMULATION,BLENDED,16,6f1c2a7e-3b9d-4c55-9a51-0d2b8e7f4c11,,,,
            """;

    private static final String REPORT_EXAMPLE = """
            {
              "imported": 0,
              "failed": 1,
              "rows": [
                {"row": 1, "code": "KOMPUB-2027", "status": "VALID", "id": null, "errors": []},
                {"row": 2, "code": "PRIMA-2027", "status": "FAILED", "id": null,
                 "errors": [{"field": "competencies[0].code", "message": "no competency with code 'PELAYANAN-PRIMA'"}]}
              ]
            }""";

    private final CourseImportReader reader;
    private final CourseImportService service;

    CourseImportResource(CourseImportReader reader, CourseImportService service) {
        this.reader = reader;
        this.service = service;
    }

    @POST
    @Consumes({CSV, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CATALOG_MANAGER, Roles.ADMIN})
    @Operation(operationId = "importCourses",
            summary = "Import courses", description = "Creates many DRAFT courses at once (nothing is announced"
            + " until each is published). Send text/csv (UTF-8, a header row naming the columns code, title,"
            + " description, objectives, competencies, methods, deliveryMode, jp, providerId, minAttendancePercent,"
            + " minPostTestScore, targetPositionCodes, targetDescription in any order; code, title, methods,"
            + " deliveryMode, jp and providerId are required; list cells separate entries with ';', competencies as"
            + " CODE:level;CODE:level; quote cells that hold commas or line breaks) or application/json (an array of"
            + " the bodies of POST /courses). Every row is checked like a single create, and its code against the other"
            + " rows and the existing courses. The answer reports each row: IMPORTED, FAILED with its errors, or VALID"
            + " (passed but not written). If any row fails nothing is written, unless partial=true; dryRun=true only"
            + " checks. At most 5,000 rows and 5 MB per request. A file that cannot be read at all (a quote never"
            + " closed, a row with another number of cells than the header, an unknown column) is a 400 naming the row"
            + " or the header. Send the colon in the path as it is: percent-encoded (courses%3Aimport) it names"
            + " another path (RFC 3986, section 2.2), which is 404.")
    @RequestBody(content = {
        @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "csv", summary = "Two courses, one with default pass rules",
                        value = CSV_EXAMPLE)),
        @Content(mediaType = MediaType.APPLICATION_JSON,
                schema = @Schema(type = SchemaType.ARRAY, implementation = CourseRequest.class),
                examples = @ExampleObject(name = "json", summary = "One course",
                        value = "[" + CourseResource.CREATE_EXAMPLE + "]"))})
    @APIResponse(responseCode = "200", description = "What became of each row",
            content = @Content(schema = @Schema(implementation = CourseImportReport.class),
                    examples = @ExampleObject(name = "one row failed", value = REPORT_EXAMPLE)))
    @APIResponse(responseCode = "415", description = "The body is neither text/csv nor application/json",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    @APIResponse(responseCode = "409", description = "Another request created one of the codes during the import;"
            + " nothing was written", content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(ref = "Problem")))
    public CourseImportReport importCourses(byte[] body, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) @Parameter(description = "id or en: the language of the"
                    + " per-row messages in the report", example = "id") String acceptLanguage,
            @QueryParam("partial") @Pattern(regexp = "true|false") @Parameter(description = "true: write the valid rows"
                    + " even when others fail", schema = @Schema(type = SchemaType.BOOLEAN)) String partial,
            @QueryParam("dryRun") @Pattern(regexp = "true|false") @Parameter(description = "true: check every row,"
                    + " write nothing", schema = @Schema(type = SchemaType.BOOLEAN)) String dryRun) {
        CourseImportFormat format = MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE)
                ? CourseImportFormat.JSON
                : CourseImportFormat.CSV;
        Messages messages = Messages.forLocale(Languages.fromAcceptLanguage(acceptLanguage));
        return CourseImportReport.of(service.importCourses(format,
                reader.read(format, body, CourseImportService.MAX_ROWS, messages),
                Boolean.parseBoolean(partial), Boolean.parseBoolean(dryRun), messages));
    }
}
