package id.kompeten.training.domain;

import java.util.List;

/** One page of a course search, in the search's order, and how many courses match in all. */
public record CourseSearchResult(List<Course> courses, long total) {
}
