package id.kompeten.evaluation.rest;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kompeten.evaluation.rest.SurveyCsvReader.ElementOrder;
import id.kompeten.evaluation.service.SkmService;
import id.kompeten.evaluation.service.SurveyInput;
import id.kompeten.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Citizen satisfaction survey (SKM) responses of a service unit, as JSON or a CSV export of an e-SKM app. */
@Path("/api/v1/service-units/{code}/surveys")
@Tag(name = "Service units")
public class SurveyResource {

    private static final String JSON_EXAMPLE = """
            {"responses": [{"date": "2026-10-05", "serviceType": "KTP-el",
              "scores": {"U1": 3, "U2": 4, "U3": 3, "U4": 4, "U5": 3, "U6": 3, "U7": 4, "U8": 3, "U9": 3},
              "respondent": {"ageBand": "25-34", "gender": "P", "education": "SMA", "occupation": "Wiraswasta"}}]}""";
    private static final String CSV_EXAMPLE = """
            date,serviceType,U1,U2,U3,U4,U5,U6,U7,U8,U9,ageBand,gender
            2026-10-05,KTP-el,3,4,3,4,3,3,4,3,3,25-34,P
            2026-10-05,Kartu Keluarga,4,4,3,4,4,3,4,4,3,,
            """;

    private final SkmService service;
    private final SurveyCsvReader csv;
    private final ObjectMapper json;

    SurveyResource(SkmService service, SurveyCsvReader csv, ObjectMapper json) {
        this.service = service;
        this.csv = csv;
        this.json = json;
    }

    @POST
    @Consumes({SurveyCsvReader.CSV, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.INTEGRATION, Roles.UNIT_ADMIN})
    @Operation(operationId = "submitSurveyResponses", summary = "Submit citizen satisfaction survey responses",
            description = "Stores a batch of SKM responses (PermenPAN-RB 14/2017), all or none: 1 to 5,000 per request"
            + " (more: 400 naming responses); each with its date (not after today), serviceType, and every element"
            + " U1..U9 scored 1 to 4 (a missing, unknown or out-of-range score is a 400 naming it, e.g."
            + " responses[3].scores.U7; up to 100 errors are listed); respondent data optional. application/json:"
            + " {\"responses\": [...]}, elements by code in the regulation's numbering (U8 complaints, U9"
            + " facilities). text/csv (UTF-8; separator comma, or semicolon when the header has more semicolons than"
            + " commas): a header naming the columns date, serviceType,"
            + " the nine elements and optionally ageBand, gender, education, occupation, in any order and"
            + " case-insensitive; an element column is headed by its code or its label in Indonesian or English"
            + " (e.g. 'Perilaku Pelaksana', 'Staff behaviour'). A label always means its element; a code means the"
            + " regulation's element unless elementOrder=ESKM_SWAPPED, for exports numbering facilities U8 and"
            + " complaints U9. CSV errors name fields as JSON would (responses[i] is data row i+1). Each month the"
            + " batch touches gets its new result published (ServiceQualityMeasured). ADMIN, INTEGRATION (e-SKM"
            + " kiosks) and the UNIT_ADMIN of the unit's parent unit (403 for others, 404 for an unknown unit).")
    @RequestBody(content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SurveyRequest.class),
                examples = @ExampleObject(name = "json", summary = "One response", value = JSON_EXAMPLE)),
        @Content(mediaType = SurveyCsvReader.CSV, schema = @Schema(type = SchemaType.STRING),
                examples = @ExampleObject(name = "csv", summary = "Two responses", value = CSV_EXAMPLE))})
    @APIResponse(responseCode = "201", description = "All responses stored",
            content = @Content(schema = @Schema(implementation = SurveyReceiptView.class)))
    @APIResponse(responseCode = "415", description = "The body is neither text/csv nor application/json",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Response submit(
            @PathParam("code") @Pattern(regexp = ServiceUnitResource.CODE) @Parameter(
                    description = ServiceUnitResource.CODE_PARAMETER, example = ServiceUnitResource.CODE_EXAMPLE)
            String code,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @QueryParam("elementOrder") @Pattern(regexp = "REGULATION|ESKM_SWAPPED") @Parameter(description = "CSV"
                    + " only: how columns headed U8 and U9 are numbered: REGULATION (default; U8 complaints, U9"
                    + " facilities) or ESKM_SWAPPED (U8 facilities, U9 complaints)", example = "ESKM_SWAPPED")
            String elementOrder,
            byte[] body) throws IOException {
        boolean isCsv = !MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE);
        List<SurveyInput> inputs = isCsv
                ? csv.read(body, elementOrder == null ? ElementOrder.REGULATION : ElementOrder.valueOf(elementOrder))
                : json(body);
        return Response.status(Response.Status.CREATED)
                .entity(new SurveyReceiptView(code, service.submit(code, inputs))).build();
    }

    /** Unreadable JSON is the platform's 400 naming the field; a body of {@code null} is an empty batch. */
    private List<SurveyInput> json(byte[] body) throws IOException {
        SurveyRequest request = json.readValue(body, SurveyRequest.class);
        return request == null ? List.of() : request.toInputs();
    }
}
