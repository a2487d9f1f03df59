package id.kompeten.evaluation.service;

import id.kompeten.evaluation.domain.CourseCompletion;
import id.kompeten.evaluation.domain.CourseCompletionRepository;
import id.kompeten.evaluation.domain.Employee;
import id.kompeten.evaluation.domain.EmployeeRepository;
import id.kompeten.platform.error.NotFoundProblem;
import id.kompeten.platform.security.AccessPolicy;
import id.kompeten.platform.security.Owner;
import id.kompeten.platform.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whose an employee's records (profile, gaps, evaluations) are, and who may read them: the person, their supervisor
 * and their unit's admin now (from the employee replica), EVALUATOR, ADMIN and INTEGRATION; anyone else gets 404, as
 * if the person were unknown. Someone the replica does not hold yet but whose completion arrived (the participant
 * event is on another topic and may come later) is owned as that completion says.
 */
@ApplicationScoped
public class EmployeeAccess {

    /** The resource named in 404s. */
    public static final String RESOURCE = "Employee";

    private final EmployeeRepository employees;
    private final CourseCompletionRepository completions;
    private final AccessPolicy policy;

    EmployeeAccess(EmployeeRepository employees, CourseCompletionRepository completions, AccessPolicy policy) {
        this.employees = employees;
        this.completions = completions;
        this.policy = policy;
    }

    /** Whose the person's records are; 404 when evaluation knows nothing of the NIP. */
    public Owner ownerOf(String nip) {
        Employee employee = employees.findById(nip);
        if (employee != null) {
            return employee.owner();
        }
        CourseCompletion latest = completions.latestOfEmployee(nip)
                .orElseThrow(() -> new NotFoundProblem(RESOURCE, nip));
        return Owner.person(nip, latest.unitCode(), latest.supervisorNip());
    }

    /** 404 unless evaluation knows the person and the caller may read their records (EVALUATOR reads everyone's). */
    public Owner requireReadable(String nip) {
        Owner owner = ownerOf(nip);
        policy.requireVisible(owner, RESOURCE, nip, Roles.EVALUATOR);
        return owner;
    }

    /** True when the caller may read a record owned by {@code owner} (EVALUATOR reads everyone's). */
    public boolean canRead(Owner owner) {
        return policy.canAccess(owner, Roles.EVALUATOR);
    }
}
