#!/bin/bash
# Runs once, when MySQL starts on an empty volume: one database and one user per service, each user limited to its
# own database, because the services share nothing but HTTP APIs and Kafka events.
set -euo pipefail

for service in training enrollment evaluation; do
  password_var="${service^^}_DB_PASSWORD"
  password="${!password_var:?${password_var} must be set}"
  mysql --protocol=socket -uroot -p"${MYSQL_ROOT_PASSWORD}" <<SQL
CREATE DATABASE IF NOT EXISTS \`${service}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${service}'@'%' IDENTIFIED BY '${password}';
GRANT ALL PRIVILEGES ON \`${service}\`.* TO '${service}'@'%';
SQL
done
