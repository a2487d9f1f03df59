package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.PositionStandard;
import java.time.Instant;

/** A position with a standard, for the list. */
public record PositionSummary(String positionCode, String positionName, int requirements, Instant updatedAt,
        long version) {

    static PositionSummary of(PositionStandard standard) {
        return new PositionSummary(standard.positionCode(), standard.positionName(), standard.requirements().size(),
                standard.updatedAt(), standard.version());
    }
}
