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
import id.kompeten.training.domain.CompetencyRepository;
import id.kompeten.training.rest.CompetencyRequest;
import id.kompeten.training.rest.CompetencyUpdateRequest;
import id.kompeten.training.rest.CompetencyView;
import id.kompeten.training.rest.LevelDto;
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
    private static final Map<String, String> SORTABLE = Map.of(
            "code", "code", "nameId", "nameId", "nameEn", "nameEn", "type", "type", "updatedAt", "updatedAt");

    private final CompetencyRepository competencies;
    private final OutboxWriter outbox;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    CompetencyService(CompetencyRepository competencies, OutboxWriter outbox, IdempotencyKeys idempotency) {
        this.competencies = competencies;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Created<CompetencyView> define(CompetencyRequest request, String idempotencyKey) {
        return idempotency.createOnce("competencies", idempotencyKey, request, CompetencyView.class, () -> {
            List<LevelDescriptor> levels = levels(request.levels());
            if (competencies.findByIdOptional(request.code()).isPresent()) {
                throw new ConflictProblem("problem.competency.code-taken.detail", request.code());
            }
            Competency competency = new Competency(request.code(), request.name().toText(), request.type(),
                    blankToNull(request.description()), levels == null ? List.of() : levels, Instant.now(clock));
            UniqueKeys.writeOrConflict(() -> competencies.persistAndFlush(competency),
                    () -> new ConflictProblem("problem.competency.code-taken.detail", request.code()));
            outbox.publish(new CompetencyDefined(competency.snapshot()));
            return Created.of(competency.code(), CompetencyView.of(competency));
        });
    }

    @Transactional
    public CompetencyView update(String code, CompetencyUpdateRequest request, VersionPrecondition precondition) {
        List<LevelDescriptor> levels = levels(request.levels());
        Competency competency = require(code);
        precondition.check(competency.version());
        if (competency.change(request.name().toText(), request.type(), blankToNull(request.description()),
                levels == null ? competency.levels() : levels, Instant.now(clock))) {
            publishUpdate(competency);
        }
        return CompetencyView.of(competency);
    }

    /** Takes the competency out of use; courses that already develop it keep it. Publishes CompetencyUpdated. */
    @Transactional
    public CompetencyView deactivate(String code, VersionPrecondition precondition) {
        return switchActive(code, precondition, Competency::deactivate);
    }

    /** Puts a deactivated competency back into use. Publishes CompetencyUpdated. */
    @Transactional
    public CompetencyView activate(String code, VersionPrecondition precondition) {
        return switchActive(code, precondition, Competency::activate);
    }

    public CompetencyView get(String code) {
        return CompetencyView.of(require(code));
    }

    public PageResponse<CompetencyView> list(CompetencyType type, Boolean active, PageRequest page) {
        Sort sort = page.toSort(SORTABLE, Sort.by("code"));
        return PageResponse.of(competencies.search(type, active, sort), page, CompetencyView::of);
    }

    private CompetencyView switchActive(String code, VersionPrecondition precondition,
            BiPredicate<Competency, Instant> change) {
        Competency competency = require(code);
        precondition.check(competency.version());
        if (change.test(competency, Instant.now(clock))) {
            publishUpdate(competency);
        }
        return CompetencyView.of(competency);
    }

    private void publishUpdate(Competency competency) {
        // Flush now: the event must carry the version this change is stored with, and a racing update fails here.
        competencies.flush();
        outbox.publish(new CompetencyUpdated(competency.snapshot()));
    }

    private Competency require(String code) {
        return competencies.findByIdOptional(code).orElseThrow(() -> new NotFoundProblem(RESOURCE, code));
    }

    /** The requested level descriptions (null when the request has none); all five levels or none. */
    private static List<LevelDescriptor> levels(List<LevelDto> requested) {
        if (requested == null) {
            return null;
        }
        List<LevelDescriptor> levels = requested.stream().map(LevelDto::toDescriptor).toList();
        if (!Competency.describesEveryLevelOnce(levels)) {
            throw new InvalidInputProblem("levels", "validation.competency.levels.every-level-once");
        }
        return levels;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
