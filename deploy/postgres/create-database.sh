#!/usr/bin/env bash
# Creates MAPLE's PostgreSQL database and its least-privilege application role
# (deploy/postgres/create-database.sql), then checks what the role can and cannot do.
# Idempotent: run it again to change the password.
#
# Connects as a superuser with the usual libpq variables, e.g.
#   sudo -u postgres deploy/postgres/create-database.sh                       # local socket
#   PGHOST=db.internal PGUSER=postgres deploy/postgres/create-database.sh     # remote
# Env: MAPLE_DB_PASSWORD (asked for if unset), MAPLE_DB_NAME (maple), MAPLE_DB_USER (maple),
#      MAPLE_DB_OWNER (maple_owner).
set -Eeuo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
db=${MAPLE_DB_NAME:-maple}
app=${MAPLE_DB_USER:-maple}
owner=${MAPLE_DB_OWNER:-maple_owner}
for n in "$db" "$app" "$owner"; do
    [[ $n =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || { echo "create-database.sh: '$n' is not a plain lower-case PostgreSQL name" >&2; exit 2; }
done
if [[ -z ${MAPLE_DB_PASSWORD:-} ]]; then
    [[ -t 0 ]] || { echo "create-database.sh: set MAPLE_DB_PASSWORD" >&2; exit 2; }
    read -r -s -p "password for the PostgreSQL role '$app': " MAPLE_DB_PASSWORD; echo
fi
(( ${#MAPLE_DB_PASSWORD} >= 12 )) || { echo "create-database.sh: use a password of at least 12 characters" >&2; exit 2; }
# as an SQL literal: double any single quote
literal="'${MAPLE_DB_PASSWORD//\'/\'\'}'"

psql -X -q -v ON_ERROR_STOP=1 -d postgres -v db="$db" -v app_role="$app" -v owner_role="$owner" \
     -v app_password="$literal" -f "$here/create-database.sql"

# Check as the application role itself (over the same host/port).
check() { PGPASSWORD=$MAPLE_DB_PASSWORD psql -X -q -t -A -v ON_ERROR_STOP=1 -U "$app" -d "$db" -c "$1"; }
[[ $(check "select current_schema()") == "$app" ]] || { echo "create-database.sh: the default schema of '$app' is not '$app'" >&2; exit 1; }
[[ $(check "select rolsuper or rolcreatedb or rolcreaterole from pg_roles where rolname = current_user") == f ]] \
    || { echo "create-database.sh: '$app' has more than it needs" >&2; exit 1; }
[[ $(check "select has_schema_privilege('public', 'CREATE')") == f ]] \
    || { echo "create-database.sh: '$app' can still create in schema public" >&2; exit 1; }
echo "database '$db' ready; MAPLE connects as '$app' and creates its tables in schema '$app' at first start:"
echo "  MAPLE_DB_URL=jdbc:postgresql://${PGHOST:-localhost}:${PGPORT:-5432}/$db MAPLE_DB_USER=$app MAPLE_DB_PASSWORD=…"
