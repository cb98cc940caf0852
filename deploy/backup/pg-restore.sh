#!/usr/bin/env bash
# Restores a dump made by pg-backup.sh into MAPLE's database, replacing what is there.
#   1. stop every MAPLE instance (systemctl stop 'maple@*'; kubectl scale deploy/maple --replicas=0)
#   2. deploy/backup/pg-restore.sh /var/backups/maple/maple-20250101T023000Z.dump
#   3. start the instances again; Flyway applies any migration newer than the dump
# Into a new server: first deploy/postgres/create-database.sh, then this script.
# Runs as the application role (it owns the schema) with the same connection settings as pg-backup.sh.
# One transaction: a failed restore leaves the database as it was.
set -Eeuo pipefail
[[ $# -eq 1 && -f $1 ]] || { echo "usage: pg-restore.sh FILE.dump" >&2; exit 2; }
. "$(dirname -- "${BASH_SOURCE[0]}")/pg-env.sh"   # MAPLE_DB_* -> libpq variables, as pg-backup.sh

pg_restore --list "$1" >/dev/null
if [[ ${MAPLE_RESTORE_CONFIRM:-} != yes ]]; then
    [[ -t 0 ]] || { echo "pg-restore.sh: set MAPLE_RESTORE_CONFIRM=yes to replace database '$PGDATABASE' without asking" >&2; exit 2; }
    read -r -p "replace everything in database '$PGDATABASE' on ${PGHOST:-local socket} with $1? (yes/no) " answer
    [[ $answer == yes ]] || { echo "not restored"; exit 1; }
fi
# Everything but the schema itself: it stays (made by create-database.sh, owned by the application
# role, which may not create schemas); --clean drops and recreates the objects inside it.
list=$(mktemp)
trap 'rm -f "$list"' EXIT
pg_restore --list "$1" | grep -vE '^[0-9]+; [0-9]+ [0-9]+ SCHEMA ' >"$list"
pg_restore --clean --if-exists --no-owner --no-privileges --single-transaction --exit-on-error \
    --use-list="$list" --dbname="$PGDATABASE" "$1"
echo "pg-restore.sh: restored $1 into $PGDATABASE; start MAPLE again"
