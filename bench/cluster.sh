#!/usr/bin/env bash
# MAPLE cluster figures in one command (issue 9, "Measured"):
#   1. the lesson page through nginx with one and with two clustered instances
#      (bench/cluster-lesson-page.sh: single-request median, req/s, p50/p95/p99), and
#   2. the failover time measured by the failover test (src/test/java/org/maple/cluster/FailoverIT:
#      SIGKILL of the instance serving a learner under load; the learner's first answer after the kill,
#      the longest request across it, requests lost).
# Run on a quiet machine:  ./mvnw -q -DskipTests package && bash bench/cluster.sh   (about 6-8 minutes)
#
# Env: FAILOVER=run (default) runs FailoverIT now (about 3-4 minutes, needs nginx and psql);
#      FAILOVER=last prints the figures of the last FailoverIT run (target/failover-figures.txt);
#      FAILOVER=skip leaves it out. BENCH=skip leaves out the lesson-page benchmark.
#      DURATION, CONNECTIONS, WARMUP, SEQUENTIAL, HEAP: passed to cluster-lesson-page.sh.
set -Eeuo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
FAILOVER=${FAILOVER:-run}
BENCH=${BENCH:-run}
FIGURES=target/failover-figures.txt
die() { echo "cluster.sh: $*" >&2; exit 1; }
[[ $FAILOVER =~ ^(run|last|skip)$ ]] || die "FAILOVER must be run, last or skip"
[[ $BENCH =~ ^(run|skip)$ ]] || die "BENCH must be run or skip"

if [[ $BENCH == run ]]; then
    bash bench/cluster-lesson-page.sh
fi

if [[ $FAILOVER == run ]]; then
    echo
    echo "failover test (FailoverIT)..."
    report=target/failsafe-reports/h2/TEST-org.maple.cluster.FailoverIT.xml
    rm -f "$FIGURES" "$report"
    # -Dit.test selects one class; the PostgreSQL execution then has nothing to run and Maven's
    # verify step complains about its missing summary, so judge by the class's own report.
    ./mvnw -o verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FailoverIT \
        >target/failover-run.log 2>&1 || true
    [[ -f $report ]] || { tail -n 40 target/failover-run.log >&2; die "FailoverIT did not run (log: target/failover-run.log)"; }
    grep -qE '<testsuite[^>]* skipped="[1-9]' "$report" && die "FailoverIT was skipped (nginx missing?)"
    grep -qE '<testsuite[^>]* (failures|errors)="[1-9]' "$report" && { tail -n 60 target/failover-run.log >&2; die "FailoverIT failed"; }
    sed -n '/^FAILOVER/,/^  quiz:/p' target/failover-run.log
fi
if [[ $FAILOVER != skip ]]; then
    [[ -f $FIGURES ]] || die "no failover figures yet ($FIGURES): run with FAILOVER=run"
    echo
    echo "failover (FailoverIT, $(cut -d' ' -f1 "$FIGURES")):"
    echo "  $(cut -d' ' -f2- "$FIGURES")"
fi
