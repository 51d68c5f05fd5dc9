#!/usr/bin/env bash
# The national-scale benchmark of the cooperation summary (SummaryBenchmark) on PostgreSQL.
#
#   scripts/benchmark-summary.sh            a throw-away database, created now and dropped at the end
#   scripts/benchmark-summary.sh NAME       database NAME, created if missing and kept: a second run skips generation
#
# PGHOST, PGPORT, PGUSER and PGPASSWORD say where PostgreSQL is (default 127.0.0.1:5432, user postgres).
# JDBC_PARAMETERS is appended to the JDBC URL, to compare driver settings, e.g. JDBC_PARAMETERS='prepareThreshold=0'.
# The figures are printed at the end and kept in target/benchmark/summary-postgresql.txt; Maven's log goes to
# target/benchmark/summary-maven.log.
set -euo pipefail
cd "$(dirname "$0")/.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

if [ $# -ge 1 ]; then
    database="$1"
    if [ "$(psql -d postgres -XtAc "select 1 from pg_database where datname = '${database//\'/}'")" != 1 ]; then
        createdb "$database"
        echo "Created database $database (kept: run again with the same name to skip generation)."
    else
        echo "Reusing database $database."
    fi
else
    database="liaison_bench_summary_$(date +%Y%m%d%H%M%S)_$$"
    createdb "$database"
    trap 'dropdb --if-exists "$database" && echo "Dropped database $database."' EXIT
    echo "Created throw-away database $database."
fi

mkdir -p target/benchmark
rm -f target/benchmark/summary-postgresql.txt
log=target/benchmark/summary-maven.log
echo "Running SummaryBenchmark (generation takes a few minutes on a fresh database; log: $log)..."
status=0
SPRING_DATASOURCE_URL="jdbc:postgresql://$PGHOST:$PGPORT/$database${JDBC_PARAMETERS:+?$JDBC_PARAMETERS}" SPRING_DATASOURCE_USERNAME="$PGUSER" \
    SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
    ./mvnw -B -Pbenchmark -Dtest=SummaryBenchmark verify >"$log" 2>&1 || status=$?
if [ "$status" -ne 0 ] || [ ! -f target/benchmark/summary-postgresql.txt ]; then
    tail -n 60 "$log"
    echo "The benchmark failed (exit status $status); the whole log is in $log." >&2
    exit 1
fi
echo
cat target/benchmark/summary-postgresql.txt
