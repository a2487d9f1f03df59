package id.kompeten.contracts.catalog;

/** DRAFT → PUBLISHED → ARCHIVED. Only published courses get sessions and are announced to other services. */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED
}
