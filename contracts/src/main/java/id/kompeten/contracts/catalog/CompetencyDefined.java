package id.kompeten.contracts.catalog;

/** A competency was added to the dictionary. */
public record CompetencyDefined(CompetencySnapshot competency) implements CatalogEvent, CompetencyEvent {
}
