package id.kompeten.enrollment.rest;

import id.kompeten.enrollment.domain.WaitlistPolicy;
import jakarta.validation.constraints.NotNull;

/** Body of PUT /sessions/{id}/waitlist-policy. */
public record WaitlistPolicyRequest(@NotNull WaitlistPolicy policy) {
}
