package id.kompeten.contracts.catalog;

import id.kompeten.contracts.DomainEvent;

/** An event carrying a competency's full current state, so consumers keep replicas without calling back. */
public interface CompetencyEvent extends DomainEvent {

    CompetencySnapshot competency();

    @Override
    default String aggregateId() {
        return competency().code();
    }
}
