#!/usr/bin/env bash
# Backs up MAPLE's PostgreSQL schema with pg_dump (custom format: compressed, restorable object by
# object), checks the file can be read back, and keeps the newest $MAPLE_BACKUP_KEEP dumps.
# Safe while MAPLE runs: pg_dump reads one consistent snapshot.
#
# Connection: the usual libpq variables (PGHOST, PGPORT, PGUSER, PGPASSWORD or ~/.pgpass), or
# MAPLE_DB_URL/MAPLE_DB_USER/MAPLE_DB_PASSWORD as MAPLE has them. The application role can dump
# its own schema; use a superuser to include roles (pg_dumpall --roles-only, see deploy/README.md).
# Env: MAPLE_BACKUP_DIR (/var/backups/maple), MAPLE_BACKUP_KEEP (14), MAPLE_DB_SCHEMA (maple).
# pg_dump must be at least the server's major version.
set -Eeuo pipefail
dir=${MAPLE_BACKUP_DIR:-/var/backups/maple}
keep=${MAPLE_BACKUP_KEEP:-14}
schema=${MAPLE_DB_SCHEMA:-maple}
[[ $keep =~ ^[0-9]+$ ]] && (( keep >= 1 )) || { echo "pg-backup.sh: MAPLE_BACKUP_KEEP must be a number >= 1" >&2; exit 2; }

# MAPLE_DB_* -> libpq variables (unless PG* are already set)
. "$(dirname -- "${BASH_SOURCE[0]}")/pg-env.sh"

umask 077
mkdir -p "$dir"
file="$dir/maple-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --compress=6 --schema="$schema" --no-owner --no-privileges --file="$file.part"
pg_restore --list "$file.part" >/dev/null            # readable, not truncated
mv "$file.part" "$file"
echo "pg-backup.sh: $file ($(du -h "$file" | cut -f1))"

# keep the newest $keep dumps
ls -1t "$dir"/maple-*.dump 2>/dev/null | tail -n +"$((keep + 1))" | while read -r old; do rm -f -- "$old"; done
