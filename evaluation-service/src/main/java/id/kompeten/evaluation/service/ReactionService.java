package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.CourseCompletion;
import id.kompeten.evaluation.domain.CourseCompletionRepository;
import id.kompeten.evaluation.domain.KirkpatrickProblems;
import id.kompeten.evaluation.domain.ReactionEvaluation;
import id.kompeten.evaluation.domain.ReactionEvaluationRepository;
import id.kompeten.platform.api.PageRequest;
import id.kompeten.platform.api.PageResponse;
import id.kompeten.platform.error.ConflictProblem;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.error.UniqueKeys;
import id.kompeten.platform.security.AccessPolicy;
import id.kompeten.platform.security.CurrentUser;
import id.kompeten.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * Kirkpatrick L1: the participant who completed a course submits their reaction once; it is read by whoever may read
 * the person's records ({@link EmployeeAccess}).
 */
@ApplicationScoped
public class ReactionService {

    private static final Map<String, String> SORTABLE = Map.of("submittedAt", "submittedAt", "nip", "nip");

    private final ReactionEvaluationRepository reactions;
    private final CourseCompletionRepository completions;
    private final EmployeeAccess access;
    private final AccessPolicy policy;
    private final CurrentUser user;
    private final Clock clock;

    ReactionService(ReactionEvaluationRepository reactions, CourseCompletionRepository completions,
            EmployeeAccess access, AccessPolicy policy, CurrentUser user, Clock clock) {
        this.reactions = reactions;
        this.completions = completions;
        this.access = access;
        this.policy = policy;
        this.user = user;
        this.clock = clock;
    }

    /**
     * Records the reaction of the caller to their completion. 404 when there is no such completion (or the caller may
     * not know of it), 403 when it is someone else's, 409 when it was already submitted: looked up first, and the
     * primary key settles two submissions racing past the look-up.
     */
    @Transactional
    public ReactionEvaluation submit(String enrollmentId, ReactionEvaluation.Scores scores, String comment) {
        CourseCompletion completion = completions.findByIdOptional(enrollmentId)
                .orElseThrow(() -> new NotFoundProblem(KirkpatrickProblems.COMPLETION, enrollmentId));
        if (user.nip().filter(completion.nip()::equals).isEmpty()) {
            if (!access.canRead(access.ownerOf(completion.nip()))) {
                throw new NotFoundProblem(KirkpatrickProblems.COMPLETION, enrollmentId);
            }
            throw new ForbiddenException("Only the participant who completed the course gives its reaction");
        }
        if (reactions.findByIdOptional(enrollmentId).isPresent()) {
            throw duplicate(enrollmentId);
        }
        ReactionEvaluation reaction = new ReactionEvaluation(completion, scores, comment, Instant.now(clock));
        UniqueKeys.writeOrConflict(UniqueKeys.PRIMARY_KEY, () -> {
            reactions.persist(reaction);
            reactions.flush();
        }, () -> duplicate(enrollmentId));
        return reaction;
    }

    /** One response; 404 when there is none or the caller may not read the person's records. */
    @Transactional
    public ReactionEvaluation get(String enrollmentId) {
        ReactionEvaluation reaction = reactions.findByIdOptional(enrollmentId)
                .orElseThrow(() -> new NotFoundProblem(KirkpatrickProblems.REACTION, enrollmentId));
        if (!access.canRead(access.ownerOf(reaction.nip()))) {
            throw new NotFoundProblem(KirkpatrickProblems.REACTION, enrollmentId);
        }
        return reaction;
    }

    /** The responses matching the filter among those the caller may see, newest first unless sorted otherwise. */
    @Transactional
    public PageResponse<ReactionEvaluation> list(ReactionEvaluationRepository.Filter filter, PageRequest page) {
        var visible = policy.scope(Roles.EVALUATOR).restriction(ReactionEvaluationRepository.OWNER);
        Sort sort = page.toSort(SORTABLE, Sort.descending("submittedAt")).and("enrollmentId");
        return PageResponse.of(reactions.search(filter, visible, sort), page, r -> r);
    }

    private static ConflictProblem duplicate(String enrollmentId) {
        return new ConflictProblem(KirkpatrickProblems.REACTION_DUPLICATE, enrollmentId);
    }
}
