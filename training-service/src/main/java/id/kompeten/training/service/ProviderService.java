package id.kompeten.training.service;

import id.kompeten.contracts.catalog.CourseUpdated;
import id.kompeten.contracts.catalog.ProviderRegistered;
import id.kompeten.contracts.catalog.ProviderType;
import id.kompeten.contracts.catalog.ProviderUpdated;
import id.kompeten.platform.api.Created;
import id.kompeten.platform.api.IdempotencyKeys;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.api.VersionPrecondition;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.messaging.OutboxWriter;
import id.kompeten.training.domain.Course;
import id.kompeten.training.domain.CourseRepository;
import id.kompeten.training.domain.Provider;
import id.kompeten.training.domain.ProviderDefinition;
import id.kompeten.training.domain.ProviderRepository;
import id.kompeten.platform.runtime.AgencyConfig;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;

/** Training providers: every change is stored and announced on the catalogue topic in one transaction. */
@ApplicationScoped
public class ProviderService {

    static final String RESOURCE = "Provider";
    private static final String NAME_TAKEN = "problem.provider.name-taken.detail";
    private static final String NAME_INDEX = "uk_provider_name";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "type", "type",
            "accreditationValidUntil", "accreditationValidUntil", "updatedAt", "updatedAt");

    private final ProviderRepository providers;
    private final CourseRepository courses;
    private final OutboxWriter outbox;
    private final IdempotencyKeys idempotency;
    private final CatalogueAccess access;
    private final AgencyConfig agency;
    private final Clock clock;

    ProviderService(ProviderRepository providers, CourseRepository courses, OutboxWriter outbox,
            IdempotencyKeys idempotency, CatalogueAccess access, AgencyConfig agency, Clock clock) {
        this.agency = agency;
        this.providers = providers;
        this.courses = courses;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.access = access;
        this.clock = clock;
    }

    /** Registers an active provider; publishes ProviderRegistered. 409 when the name is taken, in any letter case. */
    @Transactional
    public Created<ProviderDetails> register(ProviderDefinition definition, String idempotencyKey) {
        return idempotency.createOnce("providers", idempotencyKey, definition, () -> {
            String name = definition.name();
            if (providers.findByName(name).isPresent()) {
                throw new ConflictProblem(NAME_TAKEN, name);
            }
            Provider provider = new Provider(UUID.randomUUID().toString(), definition.type(), name,
                    definition.contact(), definition.accreditation(), Instant.now(clock));
            providers.persist(provider);
            flushCheckingName(name);
            outbox.publish(new ProviderRegistered(provider.snapshot()));
            return Created.of(provider.id(), ProviderDetails.of(provider, access));
        }, existing -> ProviderDetails.of(require(existing), access));
    }

    /**
     * Replaces the provider's details; publishes ProviderUpdated when something changed. A new type is copied into the
     * snapshots of the provider's announced courses, so each of them gets a new version and a CourseUpdated too.
     */
    @Transactional
    public ProviderDetails update(String id, ProviderDefinition definition, VersionPrecondition precondition) {
        // The announced courses first, before anything else is read: course rows are locked before others everywhere,
        // none of them changes (or is published) with the old type while this runs, and what is read below is read
        // after the lock, so the snapshots announced again are current.
        List<Course> announced = courses.lockAnnouncedOf(id);
        Provider provider = require(id);
        precondition.check(provider.version());
        String name = definition.name();
        if (providers.findByName(name).filter(other -> !other.id().equals(id)).isPresent()) {
            throw new ConflictProblem(NAME_TAKEN, name);
        }
        boolean retyped = definition.type() != provider.type();
        Instant now = Instant.now(clock);
        if (provider.change(definition.type(), name, definition.contact(), definition.accreditation(), now)) {
            publishUpdate(provider);
            if (retyped) {
                announced.forEach(course -> course.providerRetyped(now));
                courses.flush();
                announced.forEach(course -> outbox.publish(new CourseUpdated(course.snapshot(provider.type()))));
            }
        }
        return ProviderDetails.of(provider, access);
    }

    /** Stops offering the provider for new courses; existing courses keep it. Publishes ProviderUpdated. */
    @Transactional
    public ProviderDetails deactivate(String id, VersionPrecondition precondition) {
        return switchActive(id, precondition, Provider::deactivate);
    }

    /** Offers a deactivated provider again. Publishes ProviderUpdated. */
    @Transactional
    public ProviderDetails activate(String id, VersionPrecondition precondition) {
        return switchActive(id, precondition, Provider::activate);
    }

    public ProviderDetails get(String id) {
        return ProviderDetails.of(require(id), access);
    }

    /**
     * Providers of an optional type and active flag, accredited today or not, whose name contains {@code q}.
     * "Today" is the calendar day in the agency's zone ({@code kompeten.agency.zone}): accreditation end dates are
     * Indonesian calendar days, and UTC would keep an expired accreditation alive until 07:00 WIB.
     */
    public PageResponse<ProviderDetails> list(ProviderType type, Boolean active, Boolean accredited, String q,
            PageRequest page) {
        // The id breaks ties, so pages sorted by type or date do not overlap.
        Sort sort = page.toSort(SORTABLE, Sort.by("name")).and("id");
        LocalDate today = LocalDate.now(clock.withZone(agency.zone()));
        ProviderRepository.Filter filter = new ProviderRepository.Filter(type, active, accredited, today, q);
        return PageResponse.of(providers.search(filter, sort), page, provider -> ProviderDetails.of(provider, access));
    }

    private ProviderDetails switchActive(String id, VersionPrecondition precondition,
            BiPredicate<Provider, Instant> change) {
        Provider provider = require(id);
        precondition.check(provider.version());
        if (change.test(provider, Instant.now(clock))) {
            publishUpdate(provider);
        }
        return ProviderDetails.of(provider, access);
    }

    private void publishUpdate(Provider provider) {
        // Flush now: the event must carry the version this change is stored with, and a racing update fails here.
        flushCheckingName(provider.name());
        outbox.publish(new ProviderUpdated(provider.snapshot()));
    }

    /** Flushes; the unique name index catches another request that took the name between our check and our write. */
    private void flushCheckingName(String name) {
        UniqueKeys.writeOrConflict(NAME_INDEX, providers::flush, () -> new ConflictProblem(NAME_TAKEN, name));
    }

    private Provider require(String id) {
        return providers.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(RESOURCE, id));
    }
}
