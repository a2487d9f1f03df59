package id.kompeten.evaluation.service;

import id.kompeten.catalogreplica.CatalogReplica;
import id.kompeten.evaluation.domain.OperationalRecordRepository;
import id.kompeten.evaluation.domain.ServiceUnit;
import id.kompeten.evaluation.domain.ServiceUnitRepository;
import id.kompeten.evaluation.domain.SkmStore;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.ApiProblem.FieldError;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.InvalidInputProblem;
import id.kompeten.platform.error.NotFoundProblem;
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
 * Service units: created by POST, replaced by PUT with If-Match, deleted with If-Match while they hold no survey
 * responses or operational records (those are the unit's evidence; 409 otherwise). Writes are ADMIN's (units are the
 * agency's organisation). A change locks the unit's row first, so concurrent changes take turns and the later one
 * sees the new version (412).
 */
@ApplicationScoped
public class ServiceUnitService {

    private static final Map<String, String> SORTABLE = Map.of("code", "code", "name", "name", "agency", "agency",
            "updatedAt", "updatedAt");

    private final ServiceUnitRepository units;
    private final ServiceUnitAccess access;
    private final SkmStore skm;
    private final OperationalRecordRepository operations;
    private final CatalogReplica catalog;
    private final CurrentUser user;
    private final Clock clock;

    ServiceUnitService(ServiceUnitRepository units, ServiceUnitAccess access, SkmStore skm,
            OperationalRecordRepository operations, CatalogReplica catalog, CurrentUser user, Clock clock) {
        this.units = units;
        this.access = access;
        this.skm = skm;
        this.operations = operations;
        this.catalog = catalog;
        this.user = user;
        this.clock = clock;
    }

    /** The units the caller may read, of {@code agency} when given. */
    public PageResponse<ServiceUnit> list(String agency, PageRequest page) {
        String parent = access.listLimit().orElse(null);
        return PageResponse.of(units.matching(agency, parent, page.toSort(SORTABLE, Sort.by("code"))), page,
                unit -> unit);
    }

    public ServiceUnit get(String code) {
        return access.requireReadable(code);
    }

    /** 409 when the code is taken; 400 naming {@code keyCompetencies[i]} for an unknown, inactive or repeated one. */
    @Transactional
    public ServiceUnit create(String code, ServiceUnit.Details details) {
        check(details);
        if (units.exists(code)) {
            throw new ConflictProblem("problem.service-unit.exists.detail", code);
        }
        ServiceUnit unit = new ServiceUnit(code, details, Instant.now(clock), user.subject());
        UniqueKeys.writeOrConflict(UniqueKeys.PRIMARY_KEY, () -> units.persistAndFlush(unit),
                () -> new ConflictProblem("problem.service-unit.exists.detail", code));
        return unit;
    }

    /** Replaces the unit; 404 when unknown, 412 when If-Match is stale. */
    @Transactional
    public ServiceUnit replace(String code, ServiceUnit.Details details, VersionPrecondition precondition) {
        check(details);
        ServiceUnit unit = locked(code);
        precondition.check(unit.version());
        if (unit.replace(details, Instant.now(clock), user.subject())) {
            units.flush(); // the answer carries the version the change is stored with
        }
        return unit;
    }

    /** Deletes the unit; 404 when unknown, 412 when stale, 409 while it holds responses or operational records. */
    @Transactional
    public void delete(String code, VersionPrecondition precondition) {
        ServiceUnit unit = locked(code);
        precondition.check(unit.version());
        if (skm.hasResponses(code) || operations.anyOf(code)) {
            throw new ConflictProblem("problem.service-unit.has-records.detail", code);
        }
        units.delete(unit);
    }

    private ServiceUnit locked(String code) {
        if (!units.exists(code)) {
            throw new NotFoundProblem(ServiceUnitAccess.RESOURCE, code);
        }
        return units.findForUpdate(code).orElseThrow(() -> new NotFoundProblem(ServiceUnitAccess.RESOURCE, code));
    }

    private void check(ServiceUnit.Details details) {
        CompetencyReferences references = CompetencyReferences.load(catalog, details.keyCompetencies());
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < details.keyCompetencies().size(); i++) {
            String competency = details.keyCompetencies().get(i);
            String field = "keyCompetencies[" + i + "]";
            Integer earlier = first.putIfAbsent(competency, i);
            if (earlier != null) {
                errors.add(new FieldError(field, "validation.service-unit.competency-repeated", competency, earlier));
            } else {
                references.fault(field, competency).ifPresent(errors::add);
            }
        }
        Map<String, Integer> firstType = new HashMap<>();
        for (int i = 0; i < details.serviceTypes().size(); i++) {
            Integer earlier = firstType.putIfAbsent(details.serviceTypes().get(i), i);
            if (earlier != null) {
                errors.add(new FieldError("serviceTypes[" + i + "]", "validation.service-unit.service-type-repeated",
                        details.serviceTypes().get(i), earlier));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputProblem(errors);
        }
    }
}
