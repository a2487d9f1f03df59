package id.kompeten.contracts.catalog;

/** A competency's names, type, description or status changed. */
public record CompetencyUpdated(CompetencySnapshot competency) implements CatalogEvent, CompetencyEvent {
}
