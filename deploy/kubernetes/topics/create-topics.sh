#!/bin/sh
# Creates Kompeten's Kafka topics before any service starts; the broker creates none on first use
# (KAFKA_AUTO_CREATE_TOPICS_ENABLE=false). Run by the kafka-init service of docker-compose.yml, or by hand against any
# cluster from a machine with the Kafka CLI:
#   KAFKA_BOOTSTRAP_SERVERS=broker:9092 KAFKA_REPLICATION_FACTOR=3 KAFKA_BIN=/opt/kafka/bin sh create-topics.sh
# Safe to run again: existing topics keep their data and partitions and get the settings below (e.g. a topic that an
# older version let the broker auto-create with the delete policy becomes compacted).
#
# The list below must equal id.kompeten.contracts.Topic#definitions() (the one definition of every topic, which the
# local stack and the tests also create from); DockerComposeTest fails when they differ.
set -eu

BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}"
REPLICATION="${KAFKA_REPLICATION_FACTOR:-1}"
BIN="${KAFKA_BIN:-/opt/kafka/bin}"

# topic NAME PARTITIONS CONFIGS: creates the topic if missing, then sets its configs (comma-separated key=value).
topic() {
  name="$1"
  partitions="$2"
  configs="$3"
  create_configs=""
  for config in $(echo "$configs" | tr ',' ' '); do
    create_configs="$create_configs --config $config"
  done
  # shellcheck disable=SC2086 # the --config options are meant to split
  "$BIN/kafka-topics.sh" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists --topic "$name" \
    --partitions "$partitions" --replication-factor "$REPLICATION" $create_configs
  "$BIN/kafka-configs.sh" --bootstrap-server "$BOOTSTRAP" --alter --entity-type topics --entity-name "$name" \
    --add-config "$configs"
  echo "topic $name: $partitions partitions, $configs"
}

# The catalogue's values are full snapshots keyed by aggregate id: compacted, the latest record of every key stays.
topic training.catalog.events 3 cleanup.policy=compact
# Dead letters: copies of records a consumer could not process, kept 30 days (2592000000 ms) for an operator.
topic training.catalog.events.dlq 1 cleanup.policy=delete,retention.ms=2592000000
# Enrollment events are mostly facts (one enrollment's key carries several), so compaction would lose them: deleted by
# age, after 400 days (34560000000 ms), enough to reach back over the whole previous JP year.
topic enrollment.events 3 cleanup.policy=delete,retention.ms=34560000000
topic enrollment.events.dlq 1 cleanup.policy=delete,retention.ms=2592000000
# The participant register: full snapshots keyed by NIP, compacted like the catalogue.
topic enrollment.participants 3 cleanup.policy=compact
topic enrollment.participants.dlq 1 cleanup.policy=delete,retention.ms=2592000000
# Profile changes are facts, one person's key carries many: deleted by age after 400 days.
topic evaluation.events 3 cleanup.policy=delete,retention.ms=34560000000
topic evaluation.events.dlq 1 cleanup.policy=delete,retention.ms=2592000000
