package id.kompeten.training.domain;

import id.kompeten.contracts.catalog.AccreditationStatus;
import id.kompeten.contracts.catalog.ProviderType;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

@ApplicationScoped
public class ProviderRepository implements PanacheRepositoryBase<Provider, String> {

    /** What a provider list may be narrowed by; null fields do not narrow it. */
    public record Filter(ProviderType type, Boolean active, Boolean accredited, LocalDate accreditedOn, String nameContains) {
    }

    /** The provider with this name, ignoring case (as the unique index of the name does). */
    public Optional<Provider> findByName(String name) {
        return find("lower(name) = :name", Parameters.with("name", name.toLowerCase(Locale.ROOT))).firstResultOptional();
    }

    /** Providers matching the filter, in the given order. {@code accredited} is judged on {@code accreditedOn}. */
    public PanacheQuery<Provider> search(Filter filter, Sort sort) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.type() != null) {
            conditions.add("type = :type");
            parameters.and("type", filter.type());
        }
        if (filter.active() != null) {
            conditions.add("active = :active");
            parameters.and("active", filter.active());
        }
        if (filter.accredited() != null) {
            // Mirrors Provider.isAccreditedOn.
            String accredited = "(accreditationStatus = :accreditedStatus"
                    + " and (accreditationValidUntil is null or accreditationValidUntil >= :accreditedOn))";
            conditions.add(filter.accredited() ? accredited : "not " + accredited);
            parameters.and("accreditedStatus", AccreditationStatus.ACCREDITED).and("accreditedOn", filter.accreditedOn());
        }
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            conditions.add("lower(name) like :q escape '!'");
            parameters.and("q", "%" + likeLiteral(filter.nameContains().strip().toLowerCase(Locale.ROOT)) + "%");
        }
        return conditions.isEmpty() ? findAll(sort) : find(String.join(" and ", conditions), sort, parameters);
    }

    /** {@code text} matched literally by LIKE: its wildcards escaped with '!'. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
