package id.kompeten.evaluation.rest;

import id.kompeten.evaluation.domain.ReactionEvaluation;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant's L1 reaction, as the participant and those who may read their records see it. */
@Schema(name = "Reaction")
public record ReactionView(
        @Schema(example = "5b0c2f8e-8a51-4c4e-9d7a-3e2f1c0b9a87") String enrollmentId,
        @Schema(example = "198703122010011004") String nip,
        @Schema(example = "0b8f5d2c-9e41-4f7a-8c3d-5a6b7c8d9e01") String courseId,
        @Schema(example = "a4e7c1b2-5d3f-4e6a-9b8c-7d6e5f4a3b21") String sessionId,
        @Schema(example = "4", minimum = "1", maximum = "5") int content,
        @Schema(example = "5", minimum = "1", maximum = "5") int trainer,
        @Schema(example = "4", minimum = "1", maximum = "5") int relevance,
        @Schema(example = "3", minimum = "1", maximum = "5") int facilities,
        @Schema(nullable = true, example = "Simulasi presentasi sangat membantu; waktu praktik kurang.") String comment,
        Instant submittedAt) {

    static ReactionView of(ReactionEvaluation r) {
        ReactionEvaluation.Scores s = r.scores();
        return new ReactionView(r.enrollmentId(), r.nip(), r.courseId(), r.sessionId(), s.content(), s.trainer(),
                s.relevance(), s.facilities(), r.comment(), r.submittedAt());
    }
}
