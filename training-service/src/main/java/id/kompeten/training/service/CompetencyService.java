package id.kompeten.training.service;

import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.contracts.catalog.CompetencyUpdated;
import id.kompeten.contracts.catalog.LevelDescriptor;
import id.kompeten.platform.api.Created;
import id.kompeten.platform.api.IdempotencyKeys;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.messaging.OutboxWriter;
import id.kompeten.training.domain.Competency;
import id.kompeten.training.domain.CompetencyDefinition;
import id.kompeten.training.domain.CompetencyRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/** The competency dictionary: every change is stored and announced on the catalogue topic in one transaction. */
@ApplicationScoped
public class CompetencyService {

    static final String RESOURCE = "Competency";
    private static final String CODE_TAKEN = "problem.competency.code-taken.detail";
    private static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "nameId", "nameId", "nameEn", "nameEn", "type", "type", "updatedAt", "updatedAt");

    private final CompetencyRepository competencies;
    private final OutboxWriter outbox;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    CompetencyService(CompetencyRepository competencies, OutboxWriter outbox, IdempotencyKeys idempotency,
            Clock clock) {
        this.competencies = competencies;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** Defines a new, active competency; publishes CompetencyDefined. 409 when the code is taken. */
    @Transactional
    public Created<CompetencyDetails> define(String code, CompetencyDefinition definition, String idempotencyKey) {
        return idempotency.createOnce("competencies", idempotencyKey, List.of(code, definition), () -> {
            List<LevelDescriptor> levels = levels(definition.levels());
            if (competencies.findByIdOptional(code).isPresent()) {
                throw new ConflictProblem(CODE_TAKEN, code);
            }
            Competency competency = new Competency(code, definition.name(), definition.type(),
                    definition.description(), levels == null ? List.of() : levels, Instant.now(clock));
            // The code is the primary key: it catches another request that defined the code since our look-up.
            UniqueKeys.writeOrConflict(UniqueKeys.PRIMARY_KEY, () -> competencies.persistAndFlush(competency),
                    () -> new ConflictProblem(CODE_TAKEN, code));
            outbox.publish(new CompetencyDefined(competency.snapshot()));
            return Created.of(competency.code(), CompetencyDetails.of(competency));
        }, existing -> CompetencyDetails.of(require(existing)));
    }

    /** Replaces name, type, description and (when given) the level descriptions; CompetencyUpdated when changed. */
    @Transactional
    public CompetencyDetails update(String code, CompetencyDefinition definition, VersionPrecondition precondition) {
        List<LevelDescriptor> levels = levels(definition.levels());
        Competency competency = require(code);
        precondition.check(competency.version());
        if (competency.change(definition.name(), definition.type(), definition.description(),
                levels == null ? competency.levels() : levels, Instant.now(clock))) {
            publishUpdate(competency);
        }
        return CompetencyDetails.of(competency);
    }

    /** Takes the competency out of use; courses that already develop it keep it. Publishes CompetencyUpdated. */
    @Transactional
    public CompetencyDetails deactivate(String code, VersionPrecondition precondition) {
        return switchActive(code, precondition, Competency::deactivate);
    }

    /** Puts a deactivated competency back into use. Publishes CompetencyUpdated. */
    @Transactional
    public CompetencyDetails activate(String code, VersionPrecondition precondition) {
        return switchActive(code, precondition, Competency::activate);
    }

    public CompetencyDetails get(String code) {
        return CompetencyDetails.of(require(code));
    }

    public PageResponse<CompetencyDetails> list(CompetencyType type, Boolean active, PageRequest page) {
        Sort sort = page.toSort(SORTABLE, Sort.by("code"));
        return PageResponse.of(competencies.search(type, active, sort), page, CompetencyDetails::of);
    }

    private CompetencyDetails switchActive(String code, VersionPrecondition precondition,
            BiPredicate<Competency, Instant> change) {
        Competency competency = require(code);
        precondition.check(competency.version());
        if (change.test(competency, Instant.now(clock))) {
            publishUpdate(competency);
        }
        return CompetencyDetails.of(competency);
    }

    private void publishUpdate(Competency competency) {
        // Flush now: the event must carry the version this change is stored with, and a racing update fails here.
        competencies.flush();
        outbox.publish(new CompetencyUpdated(competency.snapshot()));
    }

    private Competency require(String code) {
        return competencies.findByIdOptional(code).orElseThrow(() -> new NotFoundProblem(RESOURCE, code));
    }

    /** The level descriptions given (null when none were); all five levels or none. */
    private static List<LevelDescriptor> levels(List<LevelDescriptor> levels) {
        if (levels != null && !Competency.describesEveryLevelOnce(levels)) {
            throw new InvalidInputProblem("levels", "validation.competency.levels.every-level-once");
        }
        return levels;
    }
}
