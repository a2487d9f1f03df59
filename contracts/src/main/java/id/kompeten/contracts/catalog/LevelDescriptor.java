package id.kompeten.contracts.catalog;

/** What proficiency level 1 (basic awareness) to 5 (expert, sets standards) of a competency means. */
public record LevelDescriptor(int level, LocalizedText description) {
}
