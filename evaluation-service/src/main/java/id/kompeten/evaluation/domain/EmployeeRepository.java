package id.kompeten.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class EmployeeRepository implements PanacheRepositoryBase<Employee, String> {

    /** The row, locked until the transaction ends (native plain {@code FOR UPDATE}, as MariaDB needs). */
    public Optional<Employee> findForUpdate(String nip) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM employee WHERE nip = ?1 FOR UPDATE", Employee.class)
                .setParameter(1, nip)
                .getResultStream()
                .map(Employee.class::cast)
                .findFirst();
    }

    /** Those of these employees the replica holds, in no particular order. */
    public List<Employee> findByNips(Collection<String> nips) {
        return nips.isEmpty() ? List.of() : list("nip in ?1", nips);
    }

    /** The active employees of a unit, by name. */
    public List<Employee> activeOfUnit(String unitCode) {
        return list("unitCode = ?1 and active = true order by name, nip", unitCode);
    }

    /** The active direct subordinates of a supervisor now, by name. */
    public List<Employee> activeSubordinatesOf(String supervisorNip) {
        return list("supervisorNip = ?1 and active = true order by name, nip", supervisorNip);
    }
}
