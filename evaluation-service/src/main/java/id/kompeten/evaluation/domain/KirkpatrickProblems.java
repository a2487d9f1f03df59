package id.kompeten.evaluation.domain;

/** Message keys of the Kirkpatrick evaluations' problems (i18n/messages*.properties). */
public final class KirkpatrickProblems {

    /** The resource of 404s for an enrollment evaluation has no completion of. */
    public static final String COMPLETION = "Completion";
    public static final String REACTION = "ReactionEvaluation";
    public static final String BEHAVIOUR = "BehaviourEvaluation";
    public static final String COURSE = "Course";

    /** {0} enrollment id. */
    public static final String REACTION_DUPLICATE = "problem.reaction.duplicate.detail";
    /** {0} enrollment id. */
    public static final String BEHAVIOUR_DUPLICATE = "problem.behaviour.duplicate.detail";
    /** {0} enrollment id, {1} due day, {2} today. */
    public static final String BEHAVIOUR_NOT_DUE = "problem.behaviour.not-due.detail";
    /** Field {@code ratings}: {0} the competency code without a rating. */
    public static final String COMPETENCY_MISSING = "validation.behaviour.competency-missing";
    /** Field {@code ratings[i].competencyCode}: {0} the code, {1} the targeted codes. */
    public static final String COMPETENCY_NOT_TARGETED = "validation.behaviour.competency-not-targeted";
    /** Field {@code ratings[i].competencyCode}: {0} the code. */
    public static final String COMPETENCY_REPEATED = "validation.behaviour.competency-repeated";

    private KirkpatrickProblems() {
    }
}
