package id.kompeten.enrollment.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the participant register (ParticipantService, ParticipantImportService, ParticipantRepublisher). */
@ConfigMapping(prefix = "kompeten.participants")
public interface ParticipantConfig {

    /**
     * At most this many participants per import request (5,000 rows of CSV are about 1 MB); larger files are refused
     * with 400 and must be split. The platform's body size limit (5 MB) applies as well.
     */
    @WithDefault("5000")
    int importMaxRows();

    /**
     * Republishing the register (POST /participants/republish) writes the outbox rows of this many participants per
     * transaction, so a register of hundreds of thousands never becomes one huge transaction.
     */
    @WithDefault("500")
    int republishBatchSize();
}
