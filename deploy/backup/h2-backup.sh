#!/usr/bin/env bash
# Online backup of the embedded H2 database of a single-node MAPLE (MAPLE_DB_URL=embedded): runs
# H2's BACKUP TO, which copies the database consistently while MAPLE keeps running (MAPLE opens H2
# with AUTO_SERVER=TRUE, so this script connects to MAPLE's own database server).
# Without MAPLE running it works the same; or stop MAPLE and copy $MAPLE_DATA_DIR/maple.mv.db.
#
# Env: MAPLE_DATA_DIR (./data), MAPLE_DB_USER/MAPLE_DB_PASSWORD (maple/maple, as MAPLE's defaults),
#      MAPLE_BACKUP_DIR (./backups), MAPLE_BACKUP_KEEP (14),
#      PAYARA_MICRO_JAR (target/payara-micro.jar: H2 is taken from it, the same version MAPLE uses).
set -Eeuo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
data=$(cd "${MAPLE_DATA_DIR:-./data}" && pwd)
out=${MAPLE_BACKUP_DIR:-./backups}
keep=${MAPLE_BACKUP_KEEP:-14}
jar=${PAYARA_MICRO_JAR:-$here/../../target/payara-micro.jar}
[[ -f $data/maple.mv.db ]] || { echo "h2-backup.sh: no database at $data/maple.mv.db (set MAPLE_DATA_DIR)" >&2; exit 2; }
[[ -f $jar ]] || { echo "h2-backup.sh: $jar not found (set PAYARA_MICRO_JAR)" >&2; exit 2; }
mkdir -p "$out"
out=$(cd "$out" && pwd)

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && unzip -q -o "$jar" MICRO-INF/runtime/h2.jar)
file="$out/maple-h2-$(date -u +%Y%m%dT%H%M%SZ).zip"
java -cp "$tmp/MICRO-INF/runtime/h2.jar" org.h2.tools.Shell \
    -url "jdbc:h2:file:$data/maple;AUTO_SERVER=TRUE" -user "${MAPLE_DB_USER:-maple}" -password "${MAPLE_DB_PASSWORD:-maple}" \
    -sql "BACKUP TO '$file'" >/dev/null
unzip -tq "$file" >/dev/null
echo "h2-backup.sh: $file ($(du -h "$file" | cut -f1)); restore: stop MAPLE, unzip it into MAPLE_DATA_DIR"
ls -1t "$out"/maple-h2-*.zip 2>/dev/null | tail -n +"$((keep + 1))" | while read -r old; do rm -f -- "$old"; done
