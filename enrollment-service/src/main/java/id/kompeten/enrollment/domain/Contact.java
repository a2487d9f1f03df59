package id.kompeten.enrollment.domain;

/** How to reach a participant; both optional. The participant may correct these themselves. */
public record Contact(String email, String phone) {

    public static final Contact NONE = new Contact(null, null);
}
