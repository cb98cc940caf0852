#!/usr/bin/env bash
# MAPLE certificate benchmark: issue + render time per certificate (warm) and the time to stream
# a ZIP of 500 stored certificate PDFs, measured in one JVM with MAPLE's own classes
# (org.maple.certificate.control.CertificateBench). Prints figures only. See bench/README.md.
#
# Env: RUNS (200 measured certificates), WARMUP (100), ZIP (500 PDFs), JAVA (java).
set -Eeuo pipefail

RUNS=${RUNS:-200}
WARMUP=${WARMUP:-100}
ZIP=${ZIP:-500}
JAVA=${JAVA:-java}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
[[ $RUNS =~ ^[0-9]+$ && $WARMUP =~ ^[0-9]+$ && $ZIP =~ ^[0-9]+$ ]] || { echo "RUNS, WARMUP and ZIP must be whole numbers" >&2; exit 1; }
(( RUNS >= 20 )) || { echo "RUNS must be at least 20" >&2; exit 1; }

# compile main and test classes (no tests run), then the test classpath
./mvnw -q -o test-compile 2>/dev/null || ./mvnw -q test-compile
CP_FILE=$(mktemp)
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null 2>&1 \
    || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE" >/dev/null
CP="target/classes:target/test-classes:$(cat "$CP_FILE")"

exec "$JAVA" -Xmx512m -XX:+UseSerialGC -Djava.awt.headless=true -Druns="$RUNS" -Dwarmup="$WARMUP" -Dzip="$ZIP" \
    -cp "$CP" org.maple.certificate.control.CertificateBench
