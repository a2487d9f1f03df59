package id.kompeten.training.service;

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
import id.kompeten.training.domain.Provider;
import id.kompeten.training.domain.ProviderRepository;
import id.kompeten.training.rest.ProviderRequest;
import id.kompeten.training.rest.ProviderView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;

/** Training providers: every change is stored and announced on the catalogue topic in one transaction. */
@ApplicationScoped
public class ProviderService {

    static final String RESOURCE = "Provider";
    private static final String NAME_TAKEN = "problem.provider.name-taken.detail";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "type", "type",
            "accreditationValidUntil", "accreditationValidUntil", "updatedAt", "updatedAt");

    private final ProviderRepository providers;
    private final OutboxWriter outbox;
    private final IdempotencyKeys idempotency;
    private final Clock clock;

    ProviderService(ProviderRepository providers, OutboxWriter outbox, IdempotencyKeys idempotency) {
        this.providers = providers;
        this.outbox = outbox;
        this.idempotency = idempotency;
        this.clock = Clock.systemUTC();
    }

    @Transactional
    public Created<ProviderView> register(ProviderRequest request, String idempotencyKey) {
        return idempotency.createOnce("providers", idempotencyKey, request, ProviderView.class, () -> {
            String name = request.cleanName();
            if (providers.findByName(name).isPresent()) {
                throw new ConflictProblem(NAME_TAKEN, name);
            }
            Provider provider = new Provider(UUID.randomUUID().toString(), request.type(), name, request.cleanContact(),
                    request.accreditation().toAccreditation(), Instant.now(clock));
            providers.persist(provider);
            flushCheckingName(name);
            outbox.publish(new ProviderRegistered(provider.snapshot()));
            return Created.of(provider.id(), ProviderView.of(provider));
        });
    }

    /** Replaces the provider's details; publishes ProviderUpdated when something changed. */
    @Transactional
    public ProviderView update(String id, ProviderRequest request, VersionPrecondition precondition) {
        Provider provider = require(id);
        precondition.check(provider.version());
        String name = request.cleanName();
        if (providers.findByName(name).filter(other -> !other.id().equals(id)).isPresent()) {
            throw new ConflictProblem(NAME_TAKEN, name);
        }
        if (provider.change(request.type(), name, request.cleanContact(), request.accreditation().toAccreditation(),
                Instant.now(clock))) {
            publishUpdate(provider);
        }
        return ProviderView.of(provider);
    }

    /** Stops offering the provider for new courses; existing courses keep it. Publishes ProviderUpdated. */
    @Transactional
    public ProviderView deactivate(String id, VersionPrecondition precondition) {
        return switchActive(id, precondition, Provider::deactivate);
    }

    /** Offers a deactivated provider again. Publishes ProviderUpdated. */
    @Transactional
    public ProviderView activate(String id, VersionPrecondition precondition) {
        return switchActive(id, precondition, Provider::activate);
    }

    public ProviderView get(String id) {
        return ProviderView.of(require(id));
    }

    /**
     * Providers of an optional type and active flag, accredited today or not, whose name contains {@code q}.
     * "Today" is the calendar day in {@link Provider#ACCREDITATION_ZONE}.
     */
    public PageResponse<ProviderView> list(ProviderType type, Boolean active, Boolean accredited, String q,
            PageRequest page) {
        // The id breaks ties, so pages sorted by type or date do not overlap.
        Sort sort = page.toSort(SORTABLE, Sort.by("name")).and("id");
        LocalDate today = LocalDate.now(clock.withZone(Provider.ACCREDITATION_ZONE));
        ProviderRepository.Filter filter = new ProviderRepository.Filter(type, active, accredited, today, q);
        return PageResponse.of(providers.search(filter, sort), page, ProviderView::of);
    }

    private ProviderView switchActive(String id, VersionPrecondition precondition, BiPredicate<Provider, Instant> change) {
        Provider provider = require(id);
        precondition.check(provider.version());
        if (change.test(provider, Instant.now(clock))) {
            publishUpdate(provider);
        }
        return ProviderView.of(provider);
    }

    private void publishUpdate(Provider provider) {
        // Flush now: the event must carry the version this change is stored with, and a racing update fails here.
        flushCheckingName(provider.name());
        outbox.publish(new ProviderUpdated(provider.snapshot()));
    }

    /** Flushes; the unique name index catches another request that took the name between our check and our write. */
    private void flushCheckingName(String name) {
        UniqueKeys.writeOrConflict(providers::flush, () -> new ConflictProblem(NAME_TAKEN, name));
    }

    private Provider require(String id) {
        return providers.findByIdOptional(id).orElseThrow(() -> new NotFoundProblem(RESOURCE, id));
    }
}
