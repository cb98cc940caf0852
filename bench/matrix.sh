#!/usr/bin/env bash
# Team matrix benchmark: 1,000 staff in 50 teams × 30 DANOS units, on H2 and on PostgreSQL.
# See bench/README.md. Environment: PORT (8093), REQUESTS (30 per view), DBS ("h2 postgres").
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8093}
REQUESTS=${REQUESTS:-30}
DBS=${DBS:-"h2 postgres"}

[ -f target/maple.war ] && [ -f target/payara-micro.jar ] || { echo "build first: ./mvnw -DskipTests package" >&2; exit 1; }
./mvnw -o -q test-compile
./mvnw -o -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-cp.txt >/dev/null
mkdir -p target/bench-lib
unzip -o -q -j target/payara-micro.jar MICRO-INF/runtime/h2.jar -d target/bench-lib   # the H2 Payara runs
CP="target/test-classes:target/classes:$(cat target/bench-cp.txt):target/bench-lib/h2.jar"

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  mkdir -p target/bench-logs && cp "$WORK"/*.log target/bench-logs/ 2>/dev/null || true   # server logs kept
  rm -rf "$WORK"
}
trap cleanup EXIT INT TERM

# A content copy whose framework has 30 units: the 10 real ones and 20 benchmark units BX1..BX20.
cp -r content quizzes "$WORK/"
python3 - "$WORK/content/danos.yaml" <<'PY'
import sys
p = sys.argv[1]
s = open(p, encoding="utf-8").read()
extra = "".join(f"""  - code: BX{i}
    version: "1"
    title: Benchmark unit {i}
    titleConfidence: confirmed
    description: A unit that exists only in the benchmark's copy of the framework.
""" for i in range(1, 21))
s = s.replace("\naliases:\n", "\n" + extra + "aliases:\n", 1)
open(p, "w", encoding="utf-8").write(s)
PY

wait_up() {
  for _ in $(seq 1 240); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login.xhtml")" = 200 ]; then return 0; fi
    sleep 1
  done
  echo "MAPLE did not start; see its log:" >&2; tail -40 "$1" >&2; exit 1
}

for db in $DBS; do
  echo "== $db =="
  if [ "$db" = postgres ]; then
    java -cp "$CP" org.maple.bench.BenchPostgres > "$WORK/pg.out" 2>"$WORK/pg.err" &
    PG=$!; PIDS+=("$PG")
    for _ in $(seq 1 60); do grep -q '^JDBC ' "$WORK/pg.out" && break; sleep 1; done
    JDBC=$(sed -n 's/^JDBC //p' "$WORK/pg.out"); DB_URL=$JDBC; USER=postgres; PASS=postgres
  else
    DB_URL=embedded; USER=maple; PASS=maple
    JDBC="jdbc:h2:file:$WORK/data-h2/maple;AUTO_SERVER=TRUE"
  fi
  MAPLE_DB_URL=$DB_URL MAPLE_DB_USER=$USER MAPLE_DB_PASSWORD=$PASS MAPLE_DATA_DIR="$WORK/data-$db" MAPLE_DEMO=true \
    MAPLE_CONTENT_DIR="$WORK" java -Xmx512m -jar target/payara-micro.jar --deploy target/maple.war --contextroot / \
    --port "$PORT" --nocluster --rootdir "$WORK/root-$db" --postbootcommandfile deploy/payara/single-node.asadmin \
    > "$WORK/$db.log" 2>&1 &
  APP=$!; PIDS+=("$APP")
  wait_up "$WORK/$db.log"
  java -cp "$CP" org.maple.bench.MatrixDataGenerator "$JDBC" "$USER" "$PASS" 1000 50
  java -cp "$CP" org.maple.bench.MatrixBenchmark "http://127.0.0.1:$PORT/" "$REQUESTS"
  echo "server RSS: $(awk '/VmRSS/ {print int($2/1024) " MB"}' /proc/$APP/status)"
  kill "$APP"; wait "$APP" 2>/dev/null || true
  [ "$db" = postgres ] && { kill "$PG"; wait "$PG" 2>/dev/null || true; }
done
