package id.kompeten.enrollment.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class SiasnTrainingTypeRepository implements PanacheRepositoryBase<SiasnTrainingType, SiasnCategory> {

    /** Every kind's row, in the enum's order. */
    public List<SiasnTrainingType> all() {
        // In Java: the column holds the names, whose alphabetical order is not the enum's.
        return listAll().stream().sorted((a, b) -> a.category().compareTo(b.category())).toList();
    }

    /** SIASN's id for each kind, for an export: one query. */
    public Map<SiasnCategory, String> idsByCategory() {
        Map<SiasnCategory, String> ids = new EnumMap<>(SiasnCategory.class);
        listAll().forEach(type -> ids.put(type.category(), type.jenisDiklatId()));
        return ids;
    }
}
