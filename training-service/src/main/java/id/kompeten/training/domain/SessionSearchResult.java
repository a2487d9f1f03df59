package id.kompeten.training.domain;

import java.util.List;

/** One page of a session search, in the requested order, and how many sessions match in all. */
public record SessionSearchResult(List<CourseSession> sessions, long total) {

    public SessionSearchResult {
        sessions = List.copyOf(sessions);
    }
}
