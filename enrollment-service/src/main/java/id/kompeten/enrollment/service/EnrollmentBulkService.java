package id.kompeten.enrollment.service;

import id.kompeten.enrollment.config.EnrollmentConfig;
import id.kompeten.enrollment.domain.Enrollment;
import id.kompeten.enrollment.domain.EnrollmentStatus;
import id.kompeten.platform.error.ApiProblem;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.i18n.Messages;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A unit admin nominates many people for one session. Each person is a request of their own, in its own transaction,
 * under the same rules as a single request: one refused person does not hold up the others, and the report says for
 * each what happened and why.
 */
@ApplicationScoped
public class EnrollmentBulkService {

    static final String NOT_YOURS = "problem.enrollment.bulk.not-allowed.detail";
    static final String REPEATED = "problem.enrollment.bulk.repeated.detail";

    private final EnrollmentService service;
    private final EnrollmentConfig config;

    EnrollmentBulkService(EnrollmentService service, EnrollmentConfig config) {
        this.service = service;
        this.config = config;
    }

    /** One person's outcome: CREATED with the enrollment, or FAILED with the problem's type and detail. */
    public record Row(int row, @Schema(example = "198703122010011004") String nip,
            @Schema(description = "CREATED or FAILED", example = "CREATED") String outcome,
            @Schema(nullable = true) String enrollmentId, @Schema(nullable = true) EnrollmentStatus status,
            @Schema(nullable = true, example = "409") Integer problemStatus,
            @Schema(nullable = true, example = "conflict") String problemType,
            @Schema(nullable = true) String detail) {
    }

    public record Report(int created, int failed, List<Row> rows) {
    }

    /** Not transactional itself: every row commits or fails on its own. */
    public Report nominate(String sessionId, List<String> nips, Messages messages) {
        if (nips.size() > config.bulkMaxRows()) {
            throw new InvalidInputProblem(List.of(new ApiProblem.FieldError("nips",
                    "validation.enrollment.bulk.too-many", config.bulkMaxRows())));
        }
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int created = 0;
        for (int i = 0; i < nips.size(); i++) {
            String nip = nips.get(i) == null ? "" : nips.get(i).trim();
            int row = i + 1;
            if (!seen.add(nip)) {
                rows.add(failed(row, nip, 400, "invalid-input", messages.format(REPEATED, nip)));
                continue;
            }
            try {
                Enrollment enrollment = service.request(nip, sessionId);
                rows.add(new Row(row, nip, "CREATED", enrollment.id(), enrollment.status(), null, null, null));
                created++;
            } catch (ApiProblem problem) {
                Object[] args = Arrays.stream(problem.args())
                        .map(arg -> arg instanceof String name ? messages.resourceName(name) : arg).toArray();
                rows.add(failed(row, nip, problem.status(), problem.type(), messages.format(problem.messageKey(), args)));
            } catch (ForbiddenException e) {
                rows.add(failed(row, nip, 403, "forbidden", messages.format(NOT_YOURS, nip)));
            } catch (OptimisticLockException e) {
                rows.add(failed(row, nip, 412, "precondition-failed", messages.format("problem.concurrent-update.detail")));
            }
        }
        return new Report(created, rows.size() - created, rows);
    }

    private static Row failed(int row, String nip, int status, String type, String detail) {
        return new Row(row, nip, "FAILED", null, null, status, type, detail);
    }
}
