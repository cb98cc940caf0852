#!/usr/bin/env bash
# MAPLE lesson page benchmark: start MAPLE on a fresh data dir, sign in as the
# demo learner, then measure the first lesson of "mutual-aid-essentials"
# (one request at a time with curl, then concurrent load with wrk).
# Prints figures only; asserts nothing about them. See bench/README.md.
#
# Env: PORT (8091), DURATION (20, seconds of measured wrk load),
#      CONNECTIONS (16), WARMUP (60, seconds of wrk warm-up: the JIT reaches steady state),
#      SEQUENTIAL (200, one-at-a-time requests), JAVA (java).
set -Eeuo pipefail

PORT=${PORT:-8091}
DURATION=${DURATION:-20}
CONNECTIONS=${CONNECTIONS:-16}
WARMUP=${WARMUP:-60}
SEQUENTIAL=${SEQUENTIAL:-200}
JAVA=${JAVA:-java}
COURSE=mutual-aid-essentials
LEARNER_EMAIL=learner@maple.test
LEARNER_PASSWORD=maple-demo
START_TIMEOUT=180

die() { echo "lesson-page.sh: $*" >&2; exit 1; }
now() { date +%s.%N; }
# elapsed START END -> seconds with one decimal
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

for f in target/maple.war target/payara-micro.jar; do
    [[ -f $f ]] || { echo "lesson-page.sh: $ROOT/$f is missing; build first: ./mvnw -q -DskipTests package" >&2; exit 1; }
done
for tool in curl wrk awk "$JAVA"; do
    command -v "$tool" >/dev/null || die "'$tool' is not installed"
done
[[ $PORT =~ ^[0-9]+$ && $DURATION =~ ^[0-9]+$ && $CONNECTIONS =~ ^[0-9]+$ && $WARMUP =~ ^[0-9]+$ && $SEQUENTIAL =~ ^[0-9]+$ ]] \
    || die "PORT, DURATION, CONNECTIONS, WARMUP and SEQUENTIAL must be whole numbers"
(( CONNECTIONS >= 1 && DURATION >= 1 && SEQUENTIAL >= 1 )) || die "CONNECTIONS, DURATION and SEQUENTIAL must be at least 1"
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then
    die "port $PORT is already in use; choose another with PORT=..."
fi

BASE="http://127.0.0.1:$PORT"
TMP=$(mktemp -d "${TMPDIR:-/tmp}/maple-bench.XXXXXX")
JAVA_PID=

cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    if [[ -n $JAVA_PID ]] && kill -0 "$JAVA_PID" 2>/dev/null; then
        echo "stopping MAPLE (pid $JAVA_PID)..." >&2
        kill -TERM "$JAVA_PID" 2>/dev/null || true
        for _ in $(seq 1 40); do kill -0 "$JAVA_PID" 2>/dev/null || break; sleep 0.5; done
        if kill -0 "$JAVA_PID" 2>/dev/null; then
            kill -KILL "$JAVA_PID" 2>/dev/null || true
        fi
        wait "$JAVA_PID" 2>/dev/null || true
    fi
    rm -rf "$TMP"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail_with_log() {
    echo "lesson-page.sh: $*" >&2
    echo "---- last 40 lines of the Payara log ----" >&2
    tail -n 40 "$TMP/payara.log" >&2 || true
    exit 1
}

# ---- 1. start ---------------------------------------------------------------
echo "starting MAPLE on port $PORT (data dir $TMP)..."
T0=$(now)
MAPLE_DATA_DIR=$TMP "$JAVA" -Xmx512m -jar target/payara-micro.jar \
    --deploy target/maple.war --contextroot / --port "$PORT" \
    --rootdir "$TMP/payara" --nocluster --postbootcommandfile "$ROOT/deploy/payara/single-node.asadmin" >"$TMP/payara.log" 2>&1 &
JAVA_PID=$!

while :; do
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/login.xhtml" || true)
    [[ $code == 200 ]] && break
    kill -0 "$JAVA_PID" 2>/dev/null || fail_with_log "MAPLE exited during start-up"
    if awk -v a="$T0" -v b="$(now)" -v t="$START_TIMEOUT" 'BEGIN { exit !(b - a > t) }'; then
        fail_with_log "no HTTP 200 from /login.xhtml within ${START_TIMEOUT} s"
    fi
    sleep 0.25
done
START_S=$(elapsed "$T0" "$(now)")
echo "start to first 200: $START_S s"

# ---- 2. sign in, find the lesson --------------------------------------------
JAR=$TMP/cookies
code=$(curl -s -o "$TMP/session.json" -w '%{http_code}' -c "$JAR" -X POST \
    --data-urlencode "email=$LEARNER_EMAIL" --data-urlencode "password=$LEARNER_PASSWORD" "$BASE/api/session")
[[ $code == 200 ]] || fail_with_log "sign-in as $LEARNER_EMAIL returned HTTP $code: $(head -c 300 "$TMP/session.json")"

# Cookie header from the Netscape cookie jar (HttpOnly cookies are prefixed "#HttpOnly_").
COOKIE=$(awk -F'\t' '/^#HttpOnly_/ { sub(/^#HttpOnly_/, "") } /^#/ || NF < 7 { next } { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$JAR")
[[ $COOKIE == *JSESSIONID=* ]] || die "no JSESSIONID cookie after sign-in (cookies: '$COOKIE')"

code=$(curl -s -o "$TMP/course.json" -w '%{http_code}' -b "$JAR" "$BASE/api/courses/$COURSE")
[[ $code == 200 ]] || fail_with_log "GET /api/courses/$COURSE returned HTTP $code"
if command -v jq >/dev/null; then
    LESSON_ID=$(jq -r '.lessons[0].id // empty' "$TMP/course.json")
    LESSON_TITLE=$(jq -r '.lessons[0].title // empty' "$TMP/course.json")
elif command -v python3 >/dev/null; then
    read_json() { python3 -c 'import json,sys; l=json.load(open(sys.argv[1])).get("lessons") or [{}]; print(l[0].get(sys.argv[2]) or "")' "$TMP/course.json" "$1"; }
    LESSON_ID=$(read_json id)
    LESSON_TITLE=$(read_json title)
else
    die "need jq or python3 to read the course JSON"
fi
[[ -n $LESSON_ID ]] || die "no .lessons[0].id in /api/courses/$COURSE: $(head -c 300 "$TMP/course.json")"

URL="$BASE/learner/course/lesson.xhtml?c=$COURSE&l=$LESSON_ID"
code=$(curl -s -o "$TMP/lesson.html" -w '%{http_code}' -b "$JAR" "$URL")
if grep -q 'lesson-title' "$TMP/lesson.html" 2>/dev/null; then :;
elif grep -qiE 'type="password"|login' "$TMP/lesson.html" 2>/dev/null || [[ $code == 30[0-9] ]]; then
    die "the lesson page answered with the login page (HTTP $code): the session cookie was not accepted"
fi
[[ $code == 200 ]] || die "GET $URL returned HTTP $code (expected 200)"
# Title as Faces escapes it in the HTML.
TITLE_HTML=$(printf '%s' "$LESSON_TITLE" | sed -e 's/&/\&amp;/g' -e 's/</\&lt;/g' -e 's/>/\&gt;/g' -e 's/"/\&quot;/g')
if [[ -n $LESSON_TITLE ]] && ! grep -qF -e "$LESSON_TITLE" -e "$TITLE_HTML" "$TMP/lesson.html"; then
    die "the lesson page (HTTP 200) does not contain the lesson title '$LESSON_TITLE'"
fi
grep -q 'id="lesson-title"' "$TMP/lesson.html" || die "the lesson page (HTTP 200) has no lesson heading"
echo "lesson page: $URL (\"$LESSON_TITLE\", $(wc -c <"$TMP/lesson.html") bytes)"

# ---- 3. warm up, then measure -----------------------------------------------
cat >"$TMP/report.lua" <<'LUA'
-- Counts non-2xx responses per thread and prints one parsable result line.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non2xx = 0 end
function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end
function done(summary, latency, requests)
  local non2xx_total = 0
  for _, t in ipairs(threads) do non2xx_total = non2xx_total + (t:get("non2xx") or 0) end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f requests=%d non2xx=%d socket=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, non2xx_total, socket))
end
LUA

if (( WARMUP > 0 )); then
    echo "warm-up: ${WARMUP} s of wrk at $CONNECTIONS connections..."
    wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "Cookie: $COOKIE" "$URL" >/dev/null 2>&1 \
        || die "wrk warm-up failed"
fi

echo "one at a time: $SEQUENTIAL sequential requests (curl, one keep-alive connection)..."
seq_args=()
for _ in $(seq 1 "$SEQUENTIAL"); do seq_args+=(-o /dev/null "$URL"); done
curl -s -b "$JAR" -w '%{http_code} %{time_total}\n' "${seq_args[@]}" >"$TMP/sequential.txt" \
    || die "curl failed during the sequential run"
SEQ_BAD=$(awk '$1 !~ /^2/' "$TMP/sequential.txt" | wc -l)
SEQ_P50=$(awk '{ print $2 * 1000 }' "$TMP/sequential.txt" | sort -n | awk '{ v[NR] = $1 } END {
    if (NR % 2) m = v[(NR + 1) / 2]; else m = (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m }')
echo "single request p50: $SEQ_P50 ms (non-2xx: $SEQ_BAD)"

echo "load: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s..."
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$TMP/report.lua" \
    -H "Cookie: $COOKIE" "$URL" | tee "$TMP/wrk.txt" || die "wrk failed"
RESULT=$(grep '^RESULT ' "$TMP/wrk.txt" | tail -n 1)
[[ -n $RESULT ]] || die "wrk printed no RESULT line"
field() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$RESULT"; }
RPS=$(field rps); P50=$(field p50); P95=$(field p95); P99=$(field p99)
REQS=$(field requests); NON2XX=$(field non2xx); SOCKET=$(field socket)

# ---- 4. memory ---------------------------------------------------------------
RSS_MB=$(awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$JAVA_PID/status" 2>/dev/null || true)

# ---- 5. summary ----------------------------------------------------------------
CORES=$(nproc 2>/dev/null || echo "?")
cat <<EOF

MAPLE lesson page benchmark ($CORES cores, H2 embedded)
start to first 200 : $START_S s
single request p50  : $SEQ_P50 ms  ($SEQUENTIAL sequential requests, non-2xx $SEQ_BAD)
throughput ($CONNECTIONS conn): $(printf '%.0f' "$RPS") req/s  ($REQS requests in ${DURATION} s)
latency p50/p95/p99 : $(printf '%.1f / %.1f / %.1f' "$P50" "$P95" "$P99") ms
errors              : $(( NON2XX + SOCKET ))  (non-2xx $NON2XX, socket $SOCKET)
RSS after run       : ${RSS_MB:-?} MB
Moodle 4.5 reference: 55 ms single, 31 req/s at 16 connections (p50 517 ms)
EOF
# The EXIT trap stops MAPLE and removes $TMP.
