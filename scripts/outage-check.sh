#!/usr/bin/env bash
# What the application does while its database is down, measured against a private PostgreSQL cluster:
#
#   scripts/outage-check.sh            uses target/border-liaison-*.jar (built with ./mvnw -DskipTests package if missing)
#   scripts/outage-check.sh --build    builds the jar first
#
# It creates a throw-away cluster (initdb in a temporary directory, a free port; never the shared server), starts the
# application on it (profile prod, another free port), signs in through the form and writes patrols through the API,
# then stops PostgreSQL (pg_ctl stop -m fast) and times, for OUTAGE_SECONDS (default 20): a page with the session, the
# sign-in page, an API read and an API write with Basic credentials, and /actuator/health. It starts PostgreSQL again
# and times how long until a page (same session) and a write succeed, then checks that every write acknowledged
# with 201 is stored and nothing else is. Prints the figures; exits 1 when a promise is broken (an answer during the
# outage slower than 5 s, a 401 or a 500, health not DOWN, recovery slower than 5 s, a write lost or invented).
# Everything it started is stopped and the temporary directory removed, whatever happens (OUTAGE_KEEP=1 keeps the
# directory with the application's and PostgreSQL's logs).
# Needs: PostgreSQL 15 server binaries (PG_BIN, default /usr/lib/postgresql/15/bin), curl, Java 17. As root, the
# cluster runs as the OS user postgres.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
OUTAGE_SECONDS="${OUTAGE_SECONDS:-20}"
LIMIT_SECONDS=5
# Fixed and throw-away (the cluster is private and removed), and within the password rules (no run like 12345).
ADMIN_PASSWORD="kiem-tra-mat-ket-noi-csdl"

work="$(mktemp -d /tmp/liaison-outage.XXXXXX)"
app_pid=""
pg_started=""

as_postgres() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
    set +e
    if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
        kill "$app_pid"; for _ in $(seq 1 30); do kill -0 "$app_pid" 2>/dev/null || break; sleep 0.5; done
        kill -9 "$app_pid" 2>/dev/null
    fi
    if [ -n "$pg_started" ]; then as_postgres "$PG_BIN/pg_ctl" -D "$work/pgdata" -m immediate stop >/dev/null 2>&1; fi
    if [ -n "${OUTAGE_KEEP:-}" ]; then echo "Kept $work (logs: app.log, pg.log)."; else rm -rf "$work"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() {
    local port
    for _ in $(seq 1 200); do
        port=$(( 20000 + RANDOM % 20000 ))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
    done
    echo "no free port found" >&2; exit 1
}

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }

# --- the private cluster -------------------------------------------------------------------------------------------
pg_port="$(free_port)"
[ "$(id -u)" = 0 ] && chown postgres "$work"
as_postgres "$PG_BIN/initdb" -D "$work/pgdata" -U postgres -A trust -E UTF8 --no-sync >"$work/initdb.log" 2>&1
as_postgres "$PG_BIN/pg_ctl" -D "$work/pgdata" -l "$work/pg.log" -w \
    -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
pg_started=1
as_postgres "$PG_BIN/psql" -h 127.0.0.1 -p "$pg_port" -U postgres -qc 'create database liaison' >/dev/null
echo "PostgreSQL cluster in $work on port $pg_port"

# --- the application -----------------------------------------------------------------------------------------------
jar="$(ls target/border-liaison-*.jar 2>/dev/null | grep -v original | head -n 1 || true)"
if [ "${1:-}" = "--build" ] || [ -z "$jar" ]; then
    echo "Building the jar (./mvnw -q -DskipTests package)..."
    ./mvnw -q -B -DskipTests package
    jar="$(ls target/border-liaison-*.jar | grep -v original | head -n 1)"
fi
app_port="$(free_port)"
base="http://127.0.0.1:$app_port"
SPRING_PROFILES_ACTIVE=prod SERVER_PORT="$app_port" LIAISON_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$pg_port/liaison" SPRING_DATASOURCE_USERNAME=postgres \
    SPRING_DATASOURCE_PASSWORD="" \
    java -Xmx512m -jar "$jar" >"$work/app.log" 2>&1 &
app_pid=$!
echo "Application $jar (pid $app_pid) starting on port $app_port..."
started="$(now)"
until [ "$(curl -s -m 10 -o /dev/null -w '%{http_code}' "$base/actuator/health" || true)" = 200 ]; do
    if ! kill -0 "$app_pid" 2>/dev/null; then tail -n 40 "$work/app.log"; echo "The application did not start." >&2; exit 1; fi
    if [ "$(elapsed "$started" "$(now)" | cut -d. -f1)" -ge 240 ]; then echo "Not healthy after 240 s." >&2; exit 1; fi
    sleep 1
done
echo "Healthy after $(elapsed "$started" "$(now)") s."

# --- requests ------------------------------------------------------------------------------------------------------
jar_cookies="$work/cookies.txt"
acknowledged=0
refused_writes=0
written=0

# request NAME METHOD PATH [curl options...]: prints "status seconds" and keeps the body in $work/body
request() {
    local method="$1" path="$2"; shift 2
    local out
    out="$(curl -s -m 10 -X "$method" -o "$work/body${BODY_SUFFIX:-}" -w '%{http_code} %{time_total}' "$@" "$base$path")" || true
    echo "${out:-000 10.00}"
}
page() { request GET /patrols -b "$jar_cookies" -H 'Accept: text/html'; }
login_page() { request GET /login -H 'Accept: text/html'; }
api_read() { request GET '/api/v1/patrols?size=1' -u "admin:$ADMIN_PASSWORD" -H 'Accept: application/json'; }
api_write() {
    request POST /api/v1/patrols -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' -H 'Accept: application/json' \
        --data "{\"kind\":\"JOINT\",\"date\":\"2026-11-20\",\"ourAgencyId\":21,\"partnerAgencyId\":36,\"segmentFrom\":\"100(2)\",\"ourPersonnel\":12,\"partnerPersonnel\":10,\"findings\":\"outage-check write $1\"}"
}
health() { request GET /actuator/health -H 'Accept: application/json'; }
count_writes() {
    request GET '/api/v1/patrols?q=outage-check&size=1' -u "admin:$ADMIN_PASSWORD" -H 'Accept: application/json' >/dev/null
    sed -n 's/.*"totalElements":\([0-9]*\).*/\1/p' "$work/body"
}
# write: one API write, counted; its "status seconds" in $result (not in a subshell, so the counts are kept)
write() {
    written=$((written + 1))
    result="$(api_write "$written")"
    case "${result%% *}" in 201) acknowledged=$((acknowledged + 1));; *) refused_writes=$((refused_writes + 1));; esac
}

# Sign in through the form (CSRF token from the sign-in page), as a browser does.
curl -s -m 10 -c "$jar_cookies" -b "$jar_cookies" -o "$work/login.html" "$base/login"
csrf="$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' "$work/login.html" | head -n 1)"
signin="$(curl -s -m 10 -c "$jar_cookies" -b "$jar_cookies" -o /dev/null -w '%{http_code} %{redirect_url}' \
    --data-urlencode "username=admin" --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "_csrf=$csrf" "$base/login")"
case "$signin" in 302*/login*|302*error*) echo "Sign-in failed: $signin" >&2; exit 1;; esac
before_page="$(page)"
[ "${before_page%% *}" = 200 ] || { echo "The page with the session answered $before_page before the outage." >&2; exit 1; }
for _ in 1 2 3; do
    write
    [ "${result%% *}" = 201 ] || { cat "$work/body"; echo "A write before the outage answered $result." >&2; exit 1; }
done
echo "Signed in; $acknowledged patrols written before the outage."

# --- the outage ----------------------------------------------------------------------------------------------------
failures=()
rows=()
record() { # NAME "status seconds" EXPECTED-STATUS NOTE: the first round in full, every round in the summary
    local name="$1" status="${2%% *}" seconds="${2##* }" expected="$3" note="$4"
    [ "$round" = 1 ] && rows+=("$(printf '%-34s %6s %8.3f  %s' "$name" "$status" "$seconds" "$note")")
    printf '%s\t%s\t%s\n' "$name" "$status" "$seconds" >>"$work/outage.tsv"
    if [ "$status" != "$expected" ]; then failures+=("$name answered $status, expected $expected"); fi
    if awk -v s="$seconds" -v l="$LIMIT_SECONDS" 'BEGIN { exit !(s >= l) }'; then failures+=("$name took $seconds s"); fi
}
body_note() { tr -d '\n' <"$work/body" | sed -e 's/.*"title":"\([^"]*\)".*/problem: \1/' -e 's/.*<h1[^>]*>\([^<]*\)<.*/page: \1/' | cut -c1-60; }

as_postgres "$PG_BIN/pg_ctl" -D "$work/pgdata" -m fast -w stop >/dev/null
down_at="$(now)"
echo "PostgreSQL stopped; measuring for $OUTAGE_SECONDS s..."
round=0
while [ "$(elapsed "$down_at" "$(now)" | cut -d. -f1)" -lt "$OUTAGE_SECONDS" ]; do
    round=$((round + 1))
    r="$(page)"; record "page /patrols (session)" "$r" 503 "$(body_note)"
    r="$(login_page)"; record "sign-in page /login" "$r" 503 "$(body_note)"
    r="$(api_read)"; record "API GET /api/v1/patrols (Basic)" "$r" 503 "$(body_note)"
    write; record "API POST /api/v1/patrols (Basic)" "$result" 503 "$(body_note)"
    r="$(health)"; record "/actuator/health" "$r" 503 "$(tr -d '\n' <"$work/body" | cut -c1-40)"
    grep -q '"status":"DOWN"' "$work/body" || failures+=("health did not say DOWN in round $round")
done

# --- recovery ------------------------------------------------------------------------------------------------------
as_postgres "$PG_BIN/pg_ctl" -D "$work/pgdata" -l "$work/pg.log" -w \
    -o "-p $pg_port -k $work -c listen_addresses=127.0.0.1" start >/dev/null
up_at="$(now)"
# Three probes side by side (a probe that waits for a connection gets it as soon as the pool has one), each
# writing the seconds from the start until its first success, and how many attempts that took.
probe() { # NAME EXPECTED-STATUS COMMAND...
    local name="$1" expected="$2"; shift 2
    local attempts=0 out BODY_SUFFIX=".$name"
    while [ "$(elapsed "$up_at" "$(now)" | cut -d. -f1)" -lt 60 ]; do
        attempts=$((attempts + 1))
        out="$("$@")"
        if [ "${out%% *}" = "$expected" ]; then echo "$(elapsed "$up_at" "$(now)") $attempts" >"$work/back.$name"; return; fi
        sleep 0.1
    done
    echo "never $attempts" >"$work/back.$name"
}
probe page 200 page & probes=($!)
probe write 201 api_write recovery & probes+=($!)
probe health 200 health & probes+=($!)
wait "${probes[@]}"
read -r page_back _ <"$work/back.page"
read -r write_back write_attempts <"$work/back.write"
read -r health_back _ <"$work/back.health"
# the probe's successful write is acknowledged, its refused attempts are not
acknowledged=$((acknowledged + 1)); refused_writes=$((refused_writes + write_attempts - 1))
[ "$write_back" = never ] && acknowledged=$((acknowledged - 1)) && refused_writes=$((refused_writes + 1))
for _ in 1 2; do
    write; [ "${result%% *}" = 201 ] || failures+=("a write after recovery answered $result")
done
stored="$(count_writes)"

# --- figures -------------------------------------------------------------------------------------------------------
echo
echo "While PostgreSQL was down (limit $LIMIT_SECONDS s per answer); the first round, right after the stop:"
printf '%-34s %6s %8s  %s\n' "request" "status" "seconds" "answer"
printf '%s\n' "${rows[@]}"
echo
echo "All $round rounds over $OUTAGE_SECONDS s:"
printf '%-34s %6s %-10s %8s %8s\n' "request" "count" "statuses" "median" "max"
awk -F'\t' '{ n[$1]++; st[$1] = st[$1] (index(st[$1], $2) ? "" : (st[$1] ? "," : "") $2); t[$1, n[$1]] = $3
               if (!($1 in order)) { order[$1] = ++k; names[k] = $1 } }
     END { for (i = 1; i <= k; i++) { r = names[i]; m = n[r]
             for (a = 1; a <= m; a++) v[a] = t[r, a]
             for (a = 1; a <= m; a++) for (b = a + 1; b <= m; b++) if (v[b] < v[a]) { x = v[a]; v[a] = v[b]; v[b] = x }
             printf "%-34s %6d %-10s %8.3f %8.3f\n", r, m, st[r], v[int((m + 1) / 2)], v[m] } }' "$work/outage.tsv"
echo
echo "After PostgreSQL started again (no restart of the application):"
echo "  page with the same session 200 after:  $page_back s"
echo "  write (POST) 201 after:                $write_back s"
echo "  /actuator/health UP after:             $health_back s"
echo
echo "Writes: $acknowledged acknowledged (201), $refused_writes refused (503 or other); stored: ${stored:-?}"
for back in "$page_back" "$write_back"; do
    if [ "$back" = never ] || awk -v s="$back" -v l="$LIMIT_SECONDS" 'BEGIN { exit !(s >= l) }'; then
        failures+=("recovery took $back s")
    fi
done
[ "${stored:-x}" = "$acknowledged" ] || failures+=("$acknowledged writes acknowledged but ${stored:-?} stored")
if grep -q 'Whitelabel\|HTTP Status 500' "$work/app.log"; then failures+=("the container's error page appears in the log"); fi

if [ ${#failures[@]} -gt 0 ]; then
    echo
    echo "FAILED:"; printf '  %s\n' "${failures[@]}"
    exit 1
fi
echo "OK: every answer during the outage was a 503 within $LIMIT_SECONDS s, health said DOWN, recovery within $LIMIT_SECONDS s, no write lost."
