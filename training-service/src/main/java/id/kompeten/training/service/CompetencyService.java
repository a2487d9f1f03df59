package id.kompeten.training.service;

import id.kompeten.contracts.catalog.CompetencyDefined;
import id.kompeten.contracts.catalog.CompetencyType;
import id.kompeten.contracts.catalog.CompetencyUpdated;
import id.kompeten.platform.api.Created;
import id.kompeten.platform.api.IdempotencyKeys;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.messaging.OutboxWriter;
import id.kompeten.training.domain.Competency;
import id.kompeten.training.domain.CompetencyRepository;
import id.kompeten.training.rest.CompetencyRequest;
import id.kompeten.training.rest.CompetencyUpdateRequest;
import id.kompeten.training.rest.CompetencyView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.hibernate.exception.ConstraintViolationException;

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
            if (competencies.findByIdOptional(request.code()).isPresent()) {
                throw new ConflictProblem("problem.competency.code-taken.detail", request.code());
            }
            Competency competency = new Competency(request.code(), request.name().toText(), request.type(),
                    blankToNull(request.description()), Instant.now(clock));
            try {
                competencies.persistAndFlush(competency);
            } catch (PersistenceException e) {
                // Another request created the same code between our check and our insert.
                if (e.getCause() instanceof ConstraintViolationException || e instanceof ConstraintViolationException) {
                    throw new ConflictProblem("problem.competency.code-taken.detail", request.code());
                }
                throw e;
            }
            outbox.publish(new CompetencyDefined(competency.snapshot()));
            return Created.of(competency.code(), CompetencyView.of(competency));
        });
    }

    @Transactional
    public CompetencyView update(String code, CompetencyUpdateRequest request, VersionPrecondition precondition) {
        Competency competency = require(code);
        precondition.check(competency.version());
        if (competency.change(request.name().toText(), request.type(), blankToNull(request.description()),
                Instant.now(clock))) {
            // Flush now: the event must carry the version this change is stored with, and a racing update fails here.
            competencies.flush();
            outbox.publish(new CompetencyUpdated(competency.snapshot()));
        }
        return CompetencyView.of(competency);
    }

    public CompetencyView get(String code) {
        return CompetencyView.of(require(code));
    }

    public PageResponse<CompetencyView> list(CompetencyType type, PageRequest page) {
        Sort sort = page.toSort(SORTABLE, Sort.by("code"));
        return PageResponse.of(competencies.search(type, sort), page, CompetencyView::of);
    }

    private Competency require(String code) {
        return competencies.findByIdOptional(code).orElseThrow(() -> new NotFoundProblem(RESOURCE, code));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
