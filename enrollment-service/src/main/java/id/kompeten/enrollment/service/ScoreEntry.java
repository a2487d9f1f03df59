package id.kompeten.enrollment.service;

import id.kompeten.enrollment.domain.AssessmentKind;

/** One participant's PRE or POST score (0-100), as a request gives it. */
public record ScoreEntry(String nip, AssessmentKind kind, int score) {
}
