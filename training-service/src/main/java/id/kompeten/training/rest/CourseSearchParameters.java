package id.kompeten.training.rest;

import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.contracts.catalog.CourseStatus;
import id.kompeten.contracts.catalog.DeliveryMode;
import id.kompeten.contracts.catalog.LearningMethod;
import id.kompeten.contracts.catalog.ProviderType;
import id.kompeten.platform.api.EnumParameter;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.training.service.CourseFilter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters of GET /api/v1/courses; use as {@code @Valid @BeanParam}. Enum values arrive as text and are parsed
 * here: JAX-RS would answer a value it cannot convert with 404, where this gives a 400 naming the parameter.
 */
public class CourseSearchParameters {

    @QueryParam("q")
    @Size(max = 200)
    @Parameter(description = "Words to find in title, description and objectives (full-text search, MySQL/MariaDB"
            + " natural language mode). Results are ordered by relevance unless sort is given. Whole words only, no"
            + " prefixes or wildcards; words shorter than 3 characters (InnoDB ft_min_token_size) and common English"
            + " stopwords (the, about, for, ...) are ignored, so a query made only of those finds nothing.",
            example = "komunikasi")
    String q;

    @QueryParam("competency")
    @Size(max = 20)
    @Parameter(description = "Only courses that develop any of these competencies (codes); repeat the parameter (or"
            + " separate with commas) for several", schema = @Schema(type = SchemaType.ARRAY,
                    implementation = String.class), example = "[\"PELAYANAN-PRIMA\", \"KOMUNIKASI-PUBLIK\"]")
    List<@Size(max = 200) String> competency;

    @QueryParam("type")
    @Parameter(description = "Only courses that develop a competency of this type",
            schema = @Schema(implementation = CompetencyType.class))
    String type;

    @QueryParam("method")
    @Parameter(description = "Only courses that use this learning method",
            schema = @Schema(implementation = LearningMethod.class))
    String method;

    @QueryParam("mode")
    @Parameter(description = "Only courses delivered this way", schema = @Schema(implementation = DeliveryMode.class))
    String mode;

    @QueryParam("provider")
    @Size(max = 36)
    @Parameter(description = "Only courses of this provider (its id)", example = "6f1c2a7e-3b9d-4c55-9a51-0d2b8e7f4c11")
    String provider;

    @QueryParam("providerType")
    @Parameter(description = "Only courses of providers of this type",
            schema = @Schema(implementation = ProviderType.class))
    String providerType;

    @QueryParam("minJp")
    @Min(1)
    @Max(400)
    @Parameter(description = "Only courses of at least this many JP, 1 to 400", example = "8")
    Integer minJp;

    @QueryParam("maxJp")
    @Min(1)
    @Max(400)
    @Parameter(description = "Only courses of at most this many JP, 1 to 400; not below minJp", example = "40")
    Integer maxJp;

    @QueryParam("status")
    @Parameter(description = "Only courses in any of these statuses; repeat the parameter (or separate with commas)"
            + " for several. Default: PUBLISHED. DRAFT and ARCHIVED only for CATALOG_MANAGER and ADMIN (403 otherwise)",
            schema = @Schema(type = SchemaType.ARRAY, implementation = CourseStatus.class))
    List<String> status;

    /** Competency codes are at most this long. */
    private static final int MAX_CODE_LENGTH = 50;

    public CourseSearchParameters() {
    }

    /** The filters as the course service takes them; 400 naming the first parameter at fault. */
    public CourseFilter toFilter() {
        return new CourseFilter(q(), competencies(), type(), method(), mode(), provider(), providerType(), minJp(),
                maxJp(), statuses());
    }

    /** The query text, or null when blank. */
    public String q() {
        return q == null || q.isBlank() ? null : q.strip();
    }

    /** At most {@value ListParameters#MAX_VALUES} codes, counted after splitting. */
    public Set<String> competencies() {
        return new LinkedHashSet<>(ListParameters.split(competency, "competency", MAX_CODE_LENGTH));
    }

    public CompetencyType type() {
        return EnumParameter.parse(CompetencyType.class, type, "type");
    }

    public LearningMethod method() {
        return EnumParameter.parse(LearningMethod.class, method, "method");
    }

    public DeliveryMode mode() {
        return EnumParameter.parse(DeliveryMode.class, mode, "mode");
    }

    public String provider() {
        return provider == null || provider.isBlank() ? null : provider.strip();
    }

    public ProviderType providerType() {
        return EnumParameter.parse(ProviderType.class, providerType, "providerType");
    }

    public Integer minJp() {
        return minJp;
    }

    /** The largest JP asked for; 400 naming {@code maxJp} when it lies below {@code minJp}. */
    public Integer maxJp() {
        if (minJp != null && maxJp != null && maxJp < minJp) {
            throw new InvalidInputProblem("maxJp", "validation.course.search.max-below-min", minJp);
        }
        return maxJp;
    }

    /** The statuses asked for; empty when none were. */
    public Set<CourseStatus> statuses() {
        Set<CourseStatus> statuses = EnumSet.noneOf(CourseStatus.class);
        ListParameters.split(status, "status")
                .forEach(value -> statuses.add(EnumParameter.parse(CourseStatus.class, value, "status")));
        return statuses;
    }
}
