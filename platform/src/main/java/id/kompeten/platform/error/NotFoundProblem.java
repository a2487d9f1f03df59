package id.kompeten.platform.error;

import java.util.List;

/** 404: no {@code resource} with this id, or one the caller may not know exists. */
public class NotFoundProblem extends ApiProblem {

    public NotFoundProblem(String resource, Object id) {
        super(404, "not-found", "problem.not-found.detail", new Object[] {resource, String.valueOf(id)}, List.of());
    }
}
