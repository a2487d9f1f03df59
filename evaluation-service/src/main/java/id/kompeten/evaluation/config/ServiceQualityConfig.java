package id.kompeten.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of service units, SKM surveys and operational records (SkmService, OperationsService). */
@ConfigMapping(prefix = "kompeten.service-quality")
public interface ServiceQualityConfig {

    /**
     * At most this many survey responses per request (JSON or CSV); a larger batch is refused with 400 naming
     * {@code responses} and must be split. The platform's body size limit (5 MB) applies as well.
     */
    @WithDefault("5000")
    int surveyMaxResponses();

    /** At most this many rows per operational-records import request; larger files are refused with 400. */
    @WithDefault("5000")
    int operationsImportMaxRows();
}
