#!/usr/bin/env bash
# MAPLE quiz attempt benchmark: start MAPLE on a fresh data dir with the bundled courses (the
# "mutual-aid-essentials" quiz allowed 100 attempts per learner, the most a bank may set), import
# 8 x LEARNERS learners (each worker moves to a fresh one when one runs out of attempts), then run whole attempts (start, an answer saved per question, submit, result):
# first one at a time, then all learners at once for WARMUP seconds (not counted) and DURATION seconds.
# Prints figures only.
#
# Env: PORT (8092), LEARNERS (16), SEQUENTIAL (100 attempts), DURATION (20 s), JAVA (java),
#      WARMUP (20 s of all learners at once before the measured DURATION; 0 for none),
#      RUNS (1: measured DURATION phases in a row, each reported, then their median),
#      WAR (target/maple.war: another build to compare), JAVA_OPTS (the server's JVM options: -Xmx512m,
#      as the README's quick start),
#      MODE (autosave: one request per answer, as the page autosaves; one-page: the answers sent with the submit).
set -Eeuo pipefail

PORT=${PORT:-8092}
LEARNERS=${LEARNERS:-16}
SEQUENTIAL=${SEQUENTIAL:-100}
DURATION=${DURATION:-20}
JAVA=${JAVA:-java}
export MODE=${MODE:-autosave}
[[ $MODE == autosave || $MODE == one-page ]] || { echo "quiz-attempts.sh: MODE must be autosave or one-page" >&2; exit 1; }
COURSE=mutual-aid-essentials

die() { echo "quiz-attempts.sh: $*" >&2; exit 1; }
[[ $PORT =~ ^[0-9]+$ && $LEARNERS =~ ^[0-9]+$ && $SEQUENTIAL =~ ^[0-9]+$ && $DURATION =~ ^[0-9]+$ ]] \
    || die "PORT, LEARNERS, SEQUENTIAL and DURATION must be whole numbers"
(( LEARNERS >= 1 && LEARNERS <= 500 && SEQUENTIAL >= 1 && DURATION >= 1 )) || die "LEARNERS must be 1-500, the others at least 1"

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
WAR=${WAR:-target/maple.war}
for f in "$WAR" target/payara-micro.jar; do
    [[ -f $f ]] || die "$ROOT/$f is missing; build first: ./mvnw -q -DskipTests package"
done
command -v curl >/dev/null || die "'curl' is not installed"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/maple-quiz-bench.XXXXXX")
SERVER_PID=
cleanup() { [[ -n $SERVER_PID ]] && kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null || true; [[ -n ${KEEP_LOG:-} ]] && cp "$WORK/server.log" "$KEEP_LOG"; rm -rf "$WORK"; }
trap cleanup EXIT

# the courses as shipped, except that this quiz allows (practically) unlimited attempts
mkdir -p "$WORK/content-root"
cp -r content quizzes "$WORK/content-root/"
sed -i 's/^  maxAttempts: [0-9]*/  maxAttempts: 100/' "$WORK/content-root/quizzes/$COURSE.yaml"

# the JSON library for the driver, from the project's own test classpath
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null 2>&1 \
    || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/cp.txt" >/dev/null

echo "Starting MAPLE on port $PORT (data in $WORK)…"
START=$(date +%s.%N)
MAPLE_DATA_DIR="$WORK/data" MAPLE_DB_URL=${MAPLE_DB_URL:-embedded} MAPLE_DEMO=true MAPLE_CONTENT_DIR="$WORK/content-root" \
    "$JAVA" ${JAVA_OPTS:--Xmx512m} -jar target/payara-micro.jar --deploy "$WAR" --contextroot / --port "$PORT" \
    --rootdir "$WORK/payara" --nocluster --postbootcommandfile deploy/payara/single-node.asadmin \
    >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 360); do
    kill -0 "$SERVER_PID" 2>/dev/null || { tail -30 "$WORK/server.log"; die "the server stopped"; }
    [[ $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORT/login.xhtml") == 200 ]] && break
    sleep 0.5
done
printf 'Up in %.1f s\n' "$(awk -v a="$START" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')"

"$JAVA" -cp "$(cat "$WORK/cp.txt")" bench/QuizAttempts.java "http://localhost:$PORT/" "$COURSE" "$LEARNERS" "$SEQUENTIAL" "$DURATION" "$SERVER_PID"
echo "Server RSS: $(( $(ps -o rss= -p "$SERVER_PID") / 1024 )) MB"
