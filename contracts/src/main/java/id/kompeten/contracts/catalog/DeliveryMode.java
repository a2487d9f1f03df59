package id.kompeten.contracts.catalog;

/** Where a course is delivered. */
public enum DeliveryMode {
    CLASSROOM,
    ONLINE,
    BLENDED
}
