package id.kompeten.evaluation.demo;

import java.util.List;
import java.util.Map;

/**
 * The demo's evaluation data ({@code demo/evaluation.json}), by the demo catalogue's competency and session codes and
 * the demo people's NIPs: standards of the demo positions, a baseline assessment of the front-line staff from before
 * their training, and L1 and L3 answers for the demo's completions.
 */
public record DemoEvaluation(List<Standard> standards, Baseline baseline, List<Reaction> reactions,
        List<Behaviour> behaviour) {

    /** A position's standard: minimum level per competency code. */
    public record Standard(String position, String name, Map<String, Integer> requirements) {
    }

    /** Levels found by one mapping exercise {@code daysAgo} days ago, per NIP and competency code. */
    public record Baseline(int daysAgo, String method, String evidence, Map<String, Map<String, Integer>> levels) {
    }

    /** A completer's L1 answer for the demo run {@code session}. */
    public record Reaction(String session, String nip, int content, int trainer, int relevance, int facilities,
            String comment) {
    }

    /** A supervisor's L3 rating of a completer of the demo run {@code session}, per competency code. */
    public record Behaviour(String session, String nip, Map<String, Integer> ratings, String comment) {
    }
}
