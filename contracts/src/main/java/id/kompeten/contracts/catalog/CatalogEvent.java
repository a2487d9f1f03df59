package id.kompeten.contracts.catalog;

import id.kompeten.contracts.DomainEvent;

/** Events of the training catalogue, published by training-service on {@code training.catalog.events}. */
public sealed interface CatalogEvent extends DomainEvent permits
        CompetencyDefined, CompetencyUpdated,
        ProviderRegistered, ProviderUpdated,
        CoursePublished, CourseUpdated, CourseArchived,
        SessionScheduled, SessionUpdated, SessionOpened, SessionCancelled, SessionCompleted {
}
