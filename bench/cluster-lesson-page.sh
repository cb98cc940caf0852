#!/usr/bin/env bash
# MAPLE lesson page through nginx, with one and then two clustered instances (deploy/ recipes):
# a throw-away PostgreSQL (deploy/postgres/create-database.sh), instances started by
# deploy/payara/maple-instance.sh (cluster mode: sessions go to the data grid), nginx with
# deploy/nginx/maple-proxy.conf. For each size: single-request median (curl) and wrk load.
# Prints figures only. See bench/README.md.
#
# Env: DURATION (15 s of measured wrk load per size), CONNECTIONS (16), WARMUP (5 s),
#      SEQUENTIAL (100), HEAP (384m per instance), JAVA (java).
#      MAPLE_DB_URL/MAPLE_DB_USER/MAPLE_DB_PASSWORD: use this (empty) PostgreSQL database instead of
#      a throw-away one (which needs Debian's postgresql package: /usr/lib/postgresql/*/bin/initdb).
set -Eeuo pipefail

DURATION=${DURATION:-15}
CONNECTIONS=${CONNECTIONS:-16}
WARMUP=${WARMUP:-5}
SEQUENTIAL=${SEQUENTIAL:-100}
HEAP=${HEAP:-384m}
JAVA=${JAVA:-java}
COURSE=mutual-aid-essentials
START_TIMEOUT=240

die() { echo "cluster-lesson-page.sh: $*" >&2; exit 1; }
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
for f in target/maple.war target/payara-micro.jar; do
    [[ -f $f ]] || die "$ROOT/$f is missing; build first: ./mvnw -q -DskipTests package"
done
for tool in curl wrk awk nginx psql "$JAVA"; do
    command -v "$tool" >/dev/null || [[ $tool == nginx && -x /usr/sbin/nginx ]] || die "'$tool' is not installed"
done
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ $DURATION =~ ^[0-9]+$ && $CONNECTIONS =~ ^[0-9]+$ && $WARMUP =~ ^[0-9]+$ && $SEQUENTIAL =~ ^[0-9]+$ ]] \
    || die "DURATION, CONNECTIONS, WARMUP and SEQUENTIAL must be whole numbers"
THREADS=$(( CONNECTIONS < 2 ? CONNECTIONS : 2 ))

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
TMP=$(mktemp -d "${TMPDIR:-/tmp}/maple-cluster-bench.XXXXXX")
chmod 755 "$TMP"
PIDS=()
PG_CTL=
cleanup() {
    local rc=$?
    trap - EXIT INT TERM
    [[ -f $TMP/nginx/nginx.pid ]] && kill -QUIT "$(cat "$TMP/nginx/nginx.pid")" 2>/dev/null || true
    for pid in "${PIDS[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
    for pid in "${PIDS[@]}"; do
        for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
        kill -KILL "$pid" 2>/dev/null || true
    done
    [[ -n $PG_CTL ]] && $PG_CTL stop -m fast >/dev/null 2>&1 || true
    rm -rf "$TMP"
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# ---- PostgreSQL ----------------------------------------------------------------
if [[ -z ${MAPLE_DB_URL:-} ]]; then
    initdb=$(ls -1d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1)
    [[ -n $initdb ]] || die "no PostgreSQL: install Debian's postgresql or set MAPLE_DB_URL/USER/PASSWORD"
    bin=$(dirname "$initdb")
    PGPORT_=$(free_port)
    as_pg=()
    if [[ $(id -u) == 0 ]]; then as_pg=(runuser -u postgres --); chown postgres "$TMP"; fi
    mkdir -p "$TMP/pg" && [[ ${#as_pg[@]} -eq 0 ]] || chown postgres "$TMP/pg"
    echo "postgres-bench" >"$TMP/pg/pw"; [[ ${#as_pg[@]} -eq 0 ]] || chown postgres "$TMP/pg/pw"
    "${as_pg[@]}" "$bin/initdb" -D "$TMP/pg/data" -U postgres -A scram-sha-256 --pwfile="$TMP/pg/pw" >/dev/null
    PG_CTL="${as_pg[*]} $bin/pg_ctl -D $TMP/pg/data"
    $PG_CTL -o "-p $PGPORT_ -c listen_addresses=127.0.0.1 -c unix_socket_directories=$TMP/pg" -l "$TMP/pg/log" -w start >/dev/null
    export MAPLE_DB_PASSWORD=maple-bench-$RANDOM$RANDOM
    PGHOST=127.0.0.1 PGPORT=$PGPORT_ PGUSER=postgres PGPASSWORD=postgres-bench deploy/postgres/create-database.sh >/dev/null
    export MAPLE_DB_URL=jdbc:postgresql://127.0.0.1:$PGPORT_/maple MAPLE_DB_USER=maple
fi
export MAPLE_DEMO=true

# ---- instances and nginx -----------------------------------------------------------
HTTP1=$(free_port); HTTP2=$(free_port); HZ1=$(free_port); HZ2=$(free_port); PROXY=$(free_port)
start_instance() { # n http hz
    MAPLE_HOME=$ROOT/target MAPLE_INSTANCE=bench-$1 MAPLE_HTTP_PORT=$2 MAPLE_HZ_PORT=$3 \
    MAPLE_CLUSTER_NAME=maple-bench-$$ MAPLE_CLUSTER_MEMBERS=127.0.0.1:$HZ1,127.0.0.1:$HZ2 \
    MAPLE_HZ_INTERFACE=127.0.0.1 MAPLE_HOST_AWARE=false MAPLE_RUNTIME_DIR=$TMP/bench-$1 \
    MAPLE_JAVA_OPTS="-Xmx$HEAP -XX:+UseSerialGC -Djava.io.tmpdir=$TMP" \
        deploy/payara/maple-instance.sh >"$TMP/bench-$1.log" 2>&1 &
    PIDS+=($!)
}
await_ready() { # port log
    local t0=$SECONDS
    until [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 3 "http://127.0.0.1:$1/health/ready" || true) == 200 ]]; do
        (( SECONDS - t0 < START_TIMEOUT )) || { tail -n 30 "$2" >&2; die "instance on port $1 not ready in ${START_TIMEOUT} s"; }
        sleep 0.5
    done
}
nginx_conf() { # ports...
    mkdir -p "$TMP/nginx/tmp"
    {
        [[ $(id -u) == 0 ]] && echo "user root;"
        echo "worker_processes 1; pid $TMP/nginx/nginx.pid; error_log $TMP/nginx/error.log warn;"
        echo "events { worker_connections 1024; }"
        echo "http { access_log off; client_body_temp_path $TMP/nginx/tmp/b; proxy_temp_path $TMP/nginx/tmp/p;"
        echo "  fastcgi_temp_path $TMP/nginx/tmp/f; uwsgi_temp_path $TMP/nginx/tmp/u; scgi_temp_path $TMP/nginx/tmp/s;"
        echo "  upstream maple {"
        for p in "$@"; do echo "    server 127.0.0.1:$p max_fails=1 fail_timeout=10s;"; done
        echo "    keepalive 32; }"
        echo "  server { listen 127.0.0.1:$PROXY; location / { proxy_pass http://maple; include $ROOT/deploy/nginx/maple-proxy.conf; } }"
        echo "}"
    } >"$TMP/nginx/nginx.conf"
}

cat >"$TMP/report.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non2xx = 0 end
function response(status, headers, body) if status < 200 or status > 299 then non2xx = non2xx + 1 end end
function done(summary, latency, requests)
  local n = 0
  for _, t in ipairs(threads) do n = n + (t:get("non2xx") or 0) end
  local e = summary.errors
  io.write(string.format("RESULT rps=%.1f p50=%.2f p95=%.2f p99=%.2f requests=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, summary.requests, n + e.connect + e.read + e.write + e.timeout))
end
LUA

measure() { # label
    local base="http://127.0.0.1:$PROXY" jar="$TMP/cookies-$1"
    [[ $(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -X POST --data-urlencode email=learner@maple.test \
        --data-urlencode password=maple-demo "$base/api/session") == 200 ]] || die "sign-in through nginx failed"
    local cookie lesson url
    cookie=$(awk -F'\t' '/^#HttpOnly_/ { sub(/^#HttpOnly_/, "") } /^#/ || NF < 7 { next } { printf "%s%s=%s", sep, $6, $7; sep = "; " }' "$jar")
    lesson=$(curl -s -b "$jar" "$base/api/courses/$COURSE" | python3 -c 'import json,sys; print(json.load(sys.stdin)["lessons"][0]["id"])')
    url="$base/learner/course/lesson.xhtml?c=$COURSE&l=$lesson"
    local code
    code=$(curl -s -o "$TMP/lesson.html" -w '%{http_code}' -b "$jar" "$url")
    grep -q 'id="lesson-title"' "$TMP/lesson.html" || die "the lesson page did not render through nginx (HTTP $code)"
    (( WARMUP > 0 )) && wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" -H "Cookie: $cookie" "$url" >/dev/null 2>&1
    local args=()
    for _ in $(seq 1 "$SEQUENTIAL"); do args+=(-o /dev/null "$url"); done
    local p50
    p50=$(curl -s -b "$jar" -w '%{time_total}\n' "${args[@]}" | awk '{ print $1 * 1000 }' | sort -n \
        | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.1f", m }')
    local r
    r=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency -s "$TMP/report.lua" -H "Cookie: $cookie" "$url" | grep '^RESULT ')
    f() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$r"; }
    printf '%-10s %8s ms %9.0f %8.1f %8.1f %8.1f %8s\n' "$1" "$p50" "$(f rps)" "$(f p50)" "$(f p95)" "$(f p99)" "$(f errors)" >>"$TMP/table"
}

echo "one instance..."
start_instance 1 "$HTTP1" "$HZ1"
await_ready "$HTTP1" "$TMP/bench-1.log"
nginx_conf "$HTTP1"
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/error.log"
measure "1 node"

echo "two instances..."
start_instance 2 "$HTTP2" "$HZ2"
await_ready "$HTTP2" "$TMP/bench-2.log"
grep -q "DG Size: 2" "$TMP/bench-2.log" || die "the second instance did not join the data grid"
nginx_conf "$HTTP1" "$HTTP2"
"$NGINX" -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/error.log" -s reload
sleep 1
measure "2 nodes"

cat <<EOF

MAPLE lesson page through nginx, clustered instances ($(nproc) cores, PostgreSQL, -Xmx$HEAP each, $CONNECTIONS connections, ${DURATION} s)
instances   single p50     req/s   p50 ms   p95 ms   p99 ms   errors
$(cat "$TMP/table")
(one machine runs nginx, PostgreSQL, wrk and every instance: expect little or no gain on 2 cores)
EOF
