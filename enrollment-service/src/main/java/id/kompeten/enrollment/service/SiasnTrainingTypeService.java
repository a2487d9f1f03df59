package id.kompeten.enrollment.service;

import id.kompeten.enrollment.domain.SiasnCategory;
import id.kompeten.enrollment.domain.SiasnTrainingType;
import id.kompeten.enrollment.domain.SiasnTrainingTypeRepository;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.security.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** The editable mapping from a kind of course to SIASN's training type (jenis diklat), which the export reports. */
@ApplicationScoped
public class SiasnTrainingTypeService {

    static final String RESOURCE = "SiasnTrainingType";

    private final SiasnTrainingTypeRepository types;
    private final CurrentUser user;
    private final Clock clock;

    SiasnTrainingTypeService(SiasnTrainingTypeRepository types, CurrentUser user, Clock clock) {
        this.clock = clock;
        this.types = types;
        this.user = user;
    }

    /** Every kind of course with its SIASN type, in the enum's order. */
    public List<SiasnTrainingTypeDetails> list() {
        return types.all().stream().map(SiasnTrainingTypeDetails::of).toList();
    }

    /** One kind's SIASN type; 404 for a name that is no kind. */
    public SiasnTrainingTypeDetails get(String category) {
        return SiasnTrainingTypeDetails.of(require(category));
    }

    /** Reports the kind with another SIASN type from now on (exports are computed when read, so all of them). */
    @Transactional
    public SiasnTrainingTypeDetails update(String category, String jenisDiklatId, String jenisDiklatName,
            VersionPrecondition precondition) {
        SiasnTrainingType type = require(category);
        precondition.check(type.version());
        if (type.change(jenisDiklatId, jenisDiklatName, Instant.now(clock), user.subject())) {
            types.flush();
        }
        return SiasnTrainingTypeDetails.of(type);
    }

    private SiasnTrainingType require(String category) {
        return Arrays.stream(SiasnCategory.values()).filter(c -> c.name().equals(category)).findFirst()
                .flatMap(types::findByIdOptional)
                .orElseThrow(() -> new NotFoundProblem(RESOURCE, category));
    }

    /** A row as read, detached from the entity. */
    public record SiasnTrainingTypeDetails(SiasnCategory category, String jenisDiklatId, String jenisDiklatName,
            long version, Instant updatedAt, String updatedBy) {

        static SiasnTrainingTypeDetails of(SiasnTrainingType type) {
            return new SiasnTrainingTypeDetails(type.category(), type.jenisDiklatId(), type.jenisDiklatName(),
                    type.version(), type.updatedAt(), type.updatedBy());
        }
    }
}
