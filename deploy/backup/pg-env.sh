# Sourced by pg-backup.sh and pg-restore.sh (not run on its own): MAPLE's connection settings as
# libpq variables. jdbc:postgresql://host:port/db?params -> PGHOST, PGPORT, PGDATABASE;
# MAPLE_DB_USER/MAPLE_DB_PASSWORD -> PGUSER/PGPASSWORD. PG* variables already set win; the
# database defaults to maple.
if [[ -n ${MAPLE_DB_URL:-} && $MAPLE_DB_URL =~ ^jdbc:postgresql://([^/:?]+)(:([0-9]+))?/([^?]+) ]]; then
    export PGHOST=${PGHOST:-${BASH_REMATCH[1]}} PGPORT=${PGPORT:-${BASH_REMATCH[3]:-5432}} PGDATABASE=${PGDATABASE:-${BASH_REMATCH[4]}}
fi
export PGDATABASE=${PGDATABASE:-maple}
# if-statements, not `[[ ]] && export`: a false test as the last command would fail the `.` under set -e
if [[ -n ${MAPLE_DB_USER:-} ]]; then
    export PGUSER=${PGUSER:-$MAPLE_DB_USER}
fi
if [[ -n ${MAPLE_DB_PASSWORD:-} ]]; then
    export PGPASSWORD=${PGPASSWORD:-$MAPLE_DB_PASSWORD}
fi
