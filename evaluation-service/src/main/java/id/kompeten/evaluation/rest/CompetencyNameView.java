package id.kompeten.evaluation.rest;

import id.kompeten.catalogreplica.CompetencyReplica;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A competency's name in both languages, as the catalogue has it: one shape in every evaluation answer. */
@Schema(name = "CompetencyName", description = "A competency's name in Indonesian (id) and English (en), from the"
        + " catalogue")
public record CompetencyNameView(
        @Schema(description = "Indonesian", example = "Pelayanan Prima") String id,
        @Schema(description = "English", example = "Excellent Public Service") String en) {

    /** The name of a competency the catalogue copy holds; null when it does not (yet). */
    static CompetencyNameView of(CompetencyReplica competency) {
        return competency == null ? null : new CompetencyNameView(competency.nameId(), competency.nameEn());
    }

    /** From the two names a service result carries; null when both are unknown. */
    static CompetencyNameView of(String id, String en) {
        return id == null && en == null ? null : new CompetencyNameView(id, en);
    }
}
