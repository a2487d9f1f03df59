package id.kompeten.evaluation.domain;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class OperationalRecordRepository implements PanacheRepositoryBase<OperationalRecord, OperationalRecord.Key> {

    /** The month's record, locked until the transaction ends; only for a record known to exist (no gap lock). */
    public Optional<OperationalRecord> findForUpdate(String unitCode, LocalDate monthStart) {
        return getEntityManager()
                .createNativeQuery("SELECT * FROM service_operation WHERE service_unit_code = ?1 AND month_start = ?2"
                        + " FOR UPDATE", OperationalRecord.class)
                .setParameter(1, unitCode)
                .setParameter(2, monthStart)
                .getResultStream()
                .map(OperationalRecord.class::cast)
                .findFirst();
    }

    public boolean exists(String unitCode, LocalDate monthStart) {
        return count("key.serviceUnitCode = ?1 and key.monthStart = ?2", unitCode, monthStart) > 0;
    }

    /** The unit's records of these months, first month first. */
    public List<OperationalRecord> ofMonths(String unitCode, YearMonth first, YearMonth last) {
        return list("key.serviceUnitCode = ?1 and key.monthStart between ?2 and ?3 order by key.monthStart",
                unitCode, first.atDay(1), last.atDay(1));
    }

    public boolean anyOf(String unitCode) {
        return count("key.serviceUnitCode", unitCode) > 0;
    }
}
