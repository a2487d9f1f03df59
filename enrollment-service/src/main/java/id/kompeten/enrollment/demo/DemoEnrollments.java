package id.kompeten.enrollment.demo;

import java.util.List;

/**
 * The demo enrollments ({@code demo/enrollments.json}), by session code of the demo catalogue and NIP of the demo
 * people: earlier runs already held (with attendance and scores, then closed, but for one left to the user), a cancelled run, and upcoming sessions
 * with requests in every state the lifecycle knows.
 */
public record DemoEnrollments(List<Held> held, List<Cancelled> cancelled, List<Upcoming> upcoming) {

    /**
     * An earlier run whose participants were confirmed at the time; their results are recorded and it is closed,
     * unless {@code leaveOpen}: then the close is left to whoever runs the demo, to watch its completions reach
     * evaluation (the README shows how).
     */
    public record Held(String session, String note, boolean leaveOpen, List<Result> people) {
    }

    /**
     * One participant's results: present every day but the {@code absentDays} and {@code excusedDays} (numbered from
     * 1), PRE and POST scores.
     */
    public record Result(String nip, int pre, int post, List<Integer> absentDays, List<Integer> excusedDays) {
    }

    /** A run the catalogue cancelled after these people were confirmed. */
    public record Cancelled(String session, List<String> people) {
    }

    /** An upcoming session and what happens to each request, in order. */
    public record Upcoming(String session, String note, List<Request> requests) {
    }

    /** A request and its fate: APPROVE, REJECT or WITHDRAW (after approval, with {@code reason}), or PENDING. */
    public record Request(String nip, Then then, String reason) {
    }

    public enum Then {
        APPROVE, REJECT, WITHDRAW, PENDING
    }
}
