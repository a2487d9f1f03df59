package id.kompeten.evaluation.service;

import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.evaluation.domain.PositionStandard;
import id.kompeten.evaluation.domain.PositionStandardRepository;
import id.kompeten.evaluation.domain.StandardRequirement;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.ApiProblem.FieldError;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.error.PreconditionRequiredProblem;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.security.CurrentUser;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Competency standards of positions, agency-wide. A standard is written whole: created by a PUT without If-Match,
 * replaced by one with the current ETag. Every change of an existing standard locks its row first, so concurrent
 * changes take turns and the later one sees the new version (412) instead of mixing requirements.
 */
@ApplicationScoped
public class PositionStandardService {

    /** The resource named in 404s. */
    public static final String RESOURCE = "PositionStandard";
    private static final Map<String, String> SORTABLE =
            Map.of("positionCode", "positionCode", "positionName", "positionName", "updatedAt", "updatedAt");

    private final PositionStandardRepository standards;
    private final CatalogReplica catalog;
    private final CurrentUser currentUser;
    private final Clock clock;

    PositionStandardService(PositionStandardRepository standards, CatalogReplica catalog, CurrentUser currentUser,
            Clock clock) {
        this.standards = standards;
        this.catalog = catalog;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** What a PUT did: the standard as stored, and whether it was created. */
    public record Saved(PositionStandardDetails standard, boolean created) {
    }

    public PageResponse<PositionSummary> list(PageRequest page) {
        return PageResponse.of(standards.all(page.toSort(SORTABLE, Sort.by("positionCode"))), page,
                PositionSummary::of);
    }

    public PositionStandardDetails get(String positionCode) {
        return details(standards.findWithRequirements(positionCode)
                .orElseThrow(() -> new NotFoundProblem(RESOURCE, positionCode)));
    }

    /**
     * Creates the standard (no {@code precondition}) or replaces it ({@code precondition} from If-Match, required
     * then: 428 without, 412 when stale). 400 naming the field for an unknown or deactivated competency or one listed
     * twice; 412 when If-Match is sent but the position has no standard.
     *
     * @param precondition null when the request had no If-Match
     */
    @Transactional
    public Saved put(String positionCode, String positionName, List<StandardRequirement> requirements,
            VersionPrecondition precondition) {
        check(requirements);
        Instant now = Instant.now(clock);
        String by = currentUser.subject();
        // A plain look-up first: locking an absent key would take a gap lock, on which two creates deadlock.
        if (standards.exists(positionCode)) {
            if (precondition == null) {
                throw new PreconditionRequiredProblem();
            }
            PositionStandard standard = standards.findForUpdate(positionCode)
                    .orElseThrow(() -> new StandardAbsentProblem(positionCode)); // deleted since the look-up
            precondition.check(standard.version());
            if (standard.replace(positionName, requirements, now, by)) {
                standards.flush(); // the answer carries the version the change is stored with
            }
            return new Saved(details(standard), false);
        }
        if (precondition != null) {
            throw new StandardAbsentProblem(positionCode);
        }
        PositionStandard standard = new PositionStandard(positionCode, positionName, requirements, now, by);
        // Another request may create the same standard between our look-up and our insert.
        UniqueKeys.writeOrConflict(UniqueKeys.PRIMARY_KEY, () -> standards.persistAndFlush(standard),
                () -> new ConflictProblem("problem.position-standard.created-meanwhile.detail", positionCode));
        return new Saved(details(standard), true);
    }

    /** Deletes the standard; 404 when there is none, 412 when If-Match is stale. */
    @Transactional
    public void delete(String positionCode, VersionPrecondition precondition) {
        if (!standards.exists(positionCode)) {
            throw new NotFoundProblem(RESOURCE, positionCode);
        }
        PositionStandard standard = standards.findForUpdate(positionCode)
                .orElseThrow(() -> new NotFoundProblem(RESOURCE, positionCode));
        precondition.check(standard.version());
        standards.delete(standard);
    }

    /** Every fault of the requirements at once: a competency listed twice, unknown or deactivated. */
    private void check(List<StandardRequirement> requirements) {
        CompetencyReferences references = CompetencyReferences.load(catalog,
                requirements.stream().map(StandardRequirement::competencyCode).toList());
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        for (int i = 0; i < requirements.size(); i++) {
            String code = requirements.get(i).competencyCode();
            String field = "requirements[" + i + "].competencyCode";
            Integer first = firstIndex.putIfAbsent(code, i);
            if (first != null) {
                errors.add(new FieldError(field, "validation.standard.competency.duplicate", code, first));
            } else {
                references.fault(field, code).ifPresent(errors::add);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
    }

    private PositionStandardDetails details(PositionStandard standard) {
        return PositionStandardDetails.of(standard, catalog.competencies(
                standard.requirements().stream().map(StandardRequirement::competencyCode).toList()));
    }
}
