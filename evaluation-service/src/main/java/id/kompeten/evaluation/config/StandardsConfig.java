package id.kompeten.evaluation.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of position competency standards (PositionStandardService, StandardImportService). */
@ConfigMapping(prefix = "kompeten.standards")
public interface StandardsConfig {

    /**
     * At most this many rows (one per required competency) per import request; larger files are refused with 400 and
     * must be split. The platform's body size limit (5 MB) applies as well.
     */
    @WithDefault("5000")
    int importMaxRows();
}
