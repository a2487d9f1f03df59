package id.kompeten.contracts.evaluation;

import id.kompeten.contracts.DomainEvent;

/**
 * Events of evaluation-service, published on {@code evaluation.events}. Keys: the employee's NIP for profile changes,
 * the service unit's code for SKM results, the unit's code for training records, so each one's changes stay in order.
 */
public sealed interface EvaluationEvent extends DomainEvent permits CompetencyProfileUpdated, ServiceQualityMeasured,
        ServiceQualityRecordUpdated {
}
