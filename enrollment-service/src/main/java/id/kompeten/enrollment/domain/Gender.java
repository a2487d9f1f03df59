package id.kompeten.enrollment.domain;

/** The gender a NIP records in its 15th digit: 1 male, 2 female. */
public enum Gender {
    MALE,
    FEMALE
}
