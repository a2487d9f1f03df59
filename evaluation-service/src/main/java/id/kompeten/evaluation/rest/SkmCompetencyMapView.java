package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.SkmMapSource;
import id.kompeten.evaluation.domain.SkmElement;
import id.kompeten.evaluation.service.SkmCompetencyMapDetails;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The SKM element → competency map an agency's training recommendations use. */
@Schema(name = "SkmCompetencyMap")
public record SkmCompetencyMapView(
        @Schema(example = "Pemerintah Kota Sibolga") String agency,
        @Schema(description = "AGENCY: the agency's own map; DEFAULT: it has none, these are the defaults",
                example = "DEFAULT") SkmMapSource source,
        @Schema(description = "All nine elements in the regulation's order, each with the competencies that develop"
                + " it (empty: unmapped)") List<Element> elements,
        @Schema(description = "Entity version of the agency's own map (also the ETag); null for the defaults, whose"
                + " ETag is \"default\"", example = "3", nullable = true) Long version,
        @Schema(description = "Null for the defaults", nullable = true) Instant updatedAt,
        @Schema(description = "The token subject of the last change; null for the defaults", example = "admin-sibolga",
                nullable = true) String updatedBy) {

    @Schema(name = "SkmCompetencyMapElement")
    public record Element(
            @Schema(example = "U7") SkmElement code,
            @Schema(description = "In the request's language", example = "Staff behaviour") String label,
            @Schema(description = "In the map's order") List<Competency> competencies) {
    }

    @Schema(name = "SkmCompetencyMapCompetency")
    public record Competency(
            @Schema(example = "KOMUNIKASI-PUBLIK") String code,
            @Schema(description = "Null while this service's copy of the catalogue lacks the competency",
                    nullable = true) CompetencyNameView name) {
    }

    static SkmCompetencyMapView of(SkmCompetencyMapDetails map, Locale locale) {
        List<Element> elements = Arrays.stream(SkmElement.values())
                .map(element -> new Element(element, element.label(locale), map.mapping().of(element).stream()
                        .map(code -> new Competency(code, CompetencyNameView.of(map.competencies().get(code))))
                        .toList()))
                .toList();
        return new SkmCompetencyMapView(map.agency(), map.source(), elements, map.version(), map.updatedAt(),
                map.updatedBy());
    }
}
