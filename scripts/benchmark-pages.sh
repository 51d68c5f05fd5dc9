#!/usr/bin/env bash
# The page benchmark of issue 11: what the pages officers use all day cost, under load and one request at a time, on
# PostgreSQL with the 10,000-meeting set and with the national set, beside spring-petclinic when one is given.
#
#   scripts/benchmark-pages.sh                          builds the jar (./mvnw -B -q -DskipTests package) and measures it
#   JAR=/path/old.jar scripts/benchmark-pages.sh        measures another build (to compare an old and a new one)
#   PETCLINIC_JAR=/path/spring-petclinic.jar ...         also starts spring-petclinic for the side-by-side figures
#
# Inputs (environment):
#   JAR, PETCLINIC_JAR        see above; PETCLINIC_OWNERS (10000) owners are added to petclinic through its form first
#   DURATION (15), CONNECTIONS (16), THREADS (2)   wrk settings of the load runs (seconds, connections, threads)
#   WARMUP (5)                seconds of the same load before each measured run, not counted
#   WARMUP_ALL (300)          seconds of load over all the pages (3 s each, in turn) after each start, before anything is
#                             measured: the JIT compiler needs minutes of a 2-core machine's CPU after a start, and a page
#                             measured while it still compiles pays for it (petclinic gets the same)
#   SINGLE_DURATION (5)       seconds of one-connection requests (one at a time, warm) per single-request figure
#   XMX (256m)                the application's heap; JAVA_OPTS (default -Xmx$XMX) replaces all its JVM options;
#                             PETCLINIC_JAVA_OPTS (none) for petclinic
#   DB_10K (bch_pages_10k), DB_NATIONAL (bch_pages_national)   databases, created and filled when missing and KEPT, so
#                             a second run skips the generation (MeetingListBenchmark, scripts/benchmark-summary.sh)
#   SIZES ("10k national"), USERS ("officer ministry")          which data sizes and which readers to measure
#   APP_PORT (18084), H2_PORT (18094), PETCLINIC_PORT (18090)
#   PGHOST, PGPORT, PGUSER, PGPASSWORD   where PostgreSQL is (default 127.0.0.1:5432, user postgres)
#   ADMIN_PASSWORD            the first administrator's password: the test profile's, which the data generation (a test
#                             run) gives the administrator it creates, and LIAISON_ADMIN_PASSWORD of every start here
#   LABEL                     a word for the output file name (e.g. before, after)
#   H2_STARTUP (1)            0 leaves out the start-ups on the embedded H2
#   H2_CDS (1)                0 leaves out the start-ups with the class data sharing archive (scripts/cds-archive.sh
#                             makes it from the same jar, in a training run of a minute or more)
#
# The application runs with the prod profile (no demo records loaded by it; the generation's test run leaves the demo
# records of the test profile in the databases). The readers are accounts the script creates through /api/v1/accounts as
# the administrator: "officer", an OFFICER of a province (Lào Cai's police on the 10k set, the generated benchmark
# province BM-LS-CA on the national set, each about 1/6 and 1/25 of the meetings) and "ministry", a VIEWER of the
# ministry (VN-BCA, everything of Viet Nam). The applications run one after the other, each alone on the machine.
#
# It prints (and keeps in target/benchmark/pages-[LABEL-]TIMESTAMP.txt) tables of: req/s, p50, p99 and non-2xx answers
# under load; p50 and p99 of one request at a time; first-visit and repeat-visit transfer sizes; start-up to healthy; the
# resident size after the load and the errors in the log. Every figure carries the load average (1, 5, 15 min) read
# when it was taken: on a shared machine, compare runs only with that in view.
# Needs: Java 17, curl, psql/createdb, wrk (installed with apt-get when missing and when root).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION="${DURATION:-15}"
CONNECTIONS="${CONNECTIONS:-16}"
THREADS="${THREADS:-2}"
WARMUP="${WARMUP:-5}"
WARMUP_ALL="${WARMUP_ALL:-300}"
SINGLE_DURATION="${SINGLE_DURATION:-5}"
XMX="${XMX:-256m}"
JAVA_OPTS="${JAVA_OPTS:--Xmx$XMX}"
PETCLINIC_JAVA_OPTS="${PETCLINIC_JAVA_OPTS:-}"
PETCLINIC_OWNERS="${PETCLINIC_OWNERS:-10000}"
DB_10K="${DB_10K:-bch_pages_10k}"
DB_NATIONAL="${DB_NATIONAL:-bch_pages_national}"
SIZES="${SIZES-10k national}"
USERS="${USERS:-officer ministry}"
APP_PORT="${APP_PORT:-18084}"
H2_PORT="${H2_PORT:-18094}"
PETCLINIC_PORT="${PETCLINIC_PORT:-18090}"
ADMIN_PASSWORD="${ADMIN_PASSWORD:-Kiem-tra-quan-tri-2026}"
# The readers' password (within the password rules); the accounts exist only in the benchmark databases.
READER_PASSWORD="song-hong-chay-qua-lao-cai"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

work="$(mktemp -d /tmp/liaison-pages.XXXXXX)"
mkdir -p target/benchmark
stamp="$(date +%Y%m%d-%H%M%S)"
report="target/benchmark/pages-${LABEL:+$LABEL-}$stamp.txt"
started_pids=()

cleanup() {
    set +e
    local pid
    for pid in "${started_pids[@]}"; do stop_process "$pid"; done
    rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { echo "$*" >&2; }
fail() { say "benchmark-pages: $*"; exit 1; }
load_average() { cut -d' ' -f1-3 /proc/loadavg; }
clock_ticks="$(getconf CLK_TCK)"
# CPU time (user + system, in clock ticks) the process has used so far
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null || echo 0; }
now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# Tables are collected per section and printed together at the end.
load_rows=()
single_rows=()
transfer_rows=()
startup_rows=()
memory_rows=()
notes=()

# --- tools -----------------------------------------------------------------------------------------------------------
if ! command -v wrk >/dev/null; then
    [ "$(id -u)" = 0 ] || fail "wrk is missing (apt-get install wrk)"
    say "wrk is missing: installing it with apt-get (Debian package wrk)."
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
for tool in curl psql createdb java gzip; do command -v "$tool" >/dev/null || fail "$tool is missing"; done

# wrk prints one machine-readable line: requests, seconds, p50 and p99 in ms, answers outside 2xx (a redirect to the
# sign-in page is a failure here, wrk's own count takes 3xx as success), socket errors and timeouts.
cat >"$work/count.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non2xx = 0 end
function response(status, headers, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
end
function done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do bad = bad + thread:get("non2xx") end
  local e = summary.errors
  io.write(string.format("BENCH %d %.3f %.2f %.2f %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, bad, e.connect + e.read + e.write + e.timeout))
end
LUA

# --- the jar ---------------------------------------------------------------------------------------------------------
if [ -z "${JAR:-}" ]; then
    say "Building the jar (./mvnw -B -q -DskipTests package)..."
    ./mvnw -B -q -DskipTests package >"$work/build.log" 2>&1 || { tail -n 40 "$work/build.log"; fail "the build failed"; }
    JAR="$(find target -maxdepth 1 -name 'border-liaison-*.jar' ! -name '*.original' | head -n 1)"
fi
[ -f "$JAR" ] || fail "no jar at '$JAR'"
JAR="$(cd "$(dirname "$JAR")" && pwd)/$(basename "$JAR")"
if [ -n "${PETCLINIC_JAR:-}" ]; then
    [ -f "$PETCLINIC_JAR" ] || fail "no petclinic jar at '$PETCLINIC_JAR'"
    PETCLINIC_JAR="$(cd "$(dirname "$PETCLINIC_JAR")" && pwd)/$(basename "$PETCLINIC_JAR")"
fi

# --- processes -------------------------------------------------------------------------------------------------------
stop_process() {
    local pid="$1"
    kill -0 "$pid" 2>/dev/null || return 0
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
}

# launch LOG DIR COMMAND...: starts a process in DIR with its output in LOG; its id in $launched
launch() {
    local log="$1" dir="$2"; shift 2
    (cd "$dir" && exec "$@") >"$log" 2>&1 &
    launched=$!
    started_pids+=("$launched")
}

# The CPU seconds a process has used (user + system, all its threads: compilers and collector included). On a shared
# machine a start-up's wall time mostly measures the others' load; its CPU time much less so.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat" 2>/dev/null || echo "?"; }

# wait_healthy PID URL LOG STARTED: waits for /actuator/health to answer 200 UP; the seconds since STARTED in
# $healthy_after, the CPU seconds the process used until then in $healthy_cpu
wait_healthy() {
    local pid="$1" url="$2" log="$3" since="$4" body
    while true; do
        body="$(curl -s -m 5 "$url/actuator/health" || true)"
        case "$body" in *'"status":"UP"'*) break;; esac
        kill -0 "$pid" 2>/dev/null || { tail -n 40 "$log" >&2; fail "the process $pid ended before it was healthy (log above)"; }
        [ "$(elapsed "$since" "$(now)" | cut -d. -f1)" -lt 300 ] || fail "not healthy after 300 s ($log)"
        sleep 0.1
    done
    healthy_after="$(elapsed "$since" "$(now)")"
    healthy_cpu="$(cpu_seconds "$pid")"
}

# Spring Boot's own figure: "Started X in 8.1 seconds (process running for 9.0)"
spring_started() { sed -n 's/.*Started .* in \([0-9.]*\) seconds.*/\1/p' "$1" | tail -n 1; }

# Flyway's "Successfully applied 2 migrations": a start that migrates (a new build's first start on a kept database) is
# not comparable with one that does not.
migrations_applied() { sed -n 's/.*Successfully applied \([0-9]*\) migration.*/\1/p' "$1" | tail -n 1; }

startup_row() { # WHAT SECONDS LOG (and $healthy_cpu of the last wait_healthy)
    local applied
    applied="$(migrations_applied "$3")"
    startup_rows+=("$(printf '%-58s %8s %6s %10s   %-20s %s' "$1" "$2" "$healthy_cpu" "$(spring_started "$3")" "$(load_average)" \
        "${applied:+($applied migrations applied)}")")
}

rss_mb() { ps -o rss= -p "$1" | awk '{ printf "%.0f", $1 / 1024 }'; }

# --- the databases and their data ------------------------------------------------------------------------------------
sql() { psql -d "$1" -XtAqc "$2" 2>/dev/null || echo ""; }

ensure_database() {
    if [ "$(sql postgres "select 1 from pg_database where datname = '${1//\'/}'")" != 1 ]; then
        createdb "$1"
        say "Created database $1 (kept: a second run skips the generation)."
    fi
}

jdbc_url() { echo "jdbc:postgresql://$PGHOST:$PGPORT/$1"; }

prepare_10k() {
    ensure_database "$DB_10K"
    if [ "$(sql "$DB_10K" 'select count(*) >= 10000 from meeting where id >= 5000000')" = t ]; then
        say "Database $DB_10K holds the 10,000 meetings."
        return
    fi
    say "Inserting the 10,000 meetings into $DB_10K (MeetingListBenchmark; log target/benchmark/pages-data-10k.log)..."
    SPRING_DATASOURCE_URL="$(jdbc_url "$DB_10K")" SPRING_DATASOURCE_USERNAME="$PGUSER" SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
        ./mvnw -B -Pbenchmark -Dtest=MeetingListBenchmark verify >target/benchmark/pages-data-10k.log 2>&1 \
        || { tail -n 40 target/benchmark/pages-data-10k.log >&2; fail "the 10,000-meeting set could not be inserted"; }
}

prepare_national() {
    ensure_database "$DB_NATIONAL"
    if [ "$(sql "$DB_NATIONAL" 'select exists (select 1 from meeting where id >= 10000000)')" = t ]; then
        say "Database $DB_NATIONAL holds the national set."
        return
    fi
    say "Generating the national set into $DB_NATIONAL (scripts/benchmark-summary.sh; log target/benchmark/pages-data-national.log)..."
    scripts/benchmark-summary.sh "$DB_NATIONAL" >target/benchmark/pages-data-national.log 2>&1 \
        || { tail -n 40 target/benchmark/pages-data-national.log >&2; fail "the national set could not be generated"; }
}

# --- signing in and the readers --------------------------------------------------------------------------------------
# sign_in BASE USER PASSWORD JAR-FILE: the form sign-in of a browser; prints the Cookie header value
sign_in() {
    local base="$1" user="$2" password="$3" jar="$4" csrf answer
    rm -f "$jar"
    csrf="$(curl -s -m 20 -c "$jar" -b "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)"
    answer="$(curl -s -m 30 -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' --data-urlencode "username=$user" \
        --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login")"
    case "$answer" in 302*error*|302*/login*|[!3]*) fail "sign-in of $user failed: $answer";; esac
    answer="$(curl -s -m 30 -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}' -H 'Accept: text/html' "$base/meetings")"
    case "$answer" in 200*) ;; *) fail "$user signed in, but /meetings answered $answer (a password to change?)";; esac
    # Netscape cookie file: name and value are the last two fields of a cookie line (#HttpOnly_ lines are cookies too).
    awk -F'\t' 'NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

basic() { printf '%s' "$1:$2" | base64 -w 0; }

# ensure_reader BASE USERNAME AGENCY-CODE ROLE DATABASE: creates the account through the API unless it exists
ensure_reader() {
    local base="$1" user="$2" code="$3" role="$4" database="$5" agency status
    if curl -s -m 30 -u "admin:$ADMIN_PASSWORD" -H 'Accept: application/json' "$base/api/v1/accounts?q=$user" \
        | grep -q "\"username\":\"$user\""; then
        return
    fi
    agency="$(sql "$database" "select id from agency where code = '$code'")"
    [ -n "$agency" ] || fail "no agency $code in $database"
    status="$(curl -s -m 30 -o "$work/account.json" -w '%{http_code}' -u "admin:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
        -H 'Accept: application/json' "$base/api/v1/accounts" \
        --data "{\"username\":\"$user\",\"displayName\":\"Benchmark $user\",\"agencyId\":$agency,\"roles\":[\"$role\"],\"password\":\"$READER_PASSWORD\"}")"
    [ "$status" = 201 ] || { cat "$work/account.json" >&2; fail "creating the account $user answered $status"; }
    say "Created the account $user ($role of $code)."
}

# personal_token BASE USER PASSWORD: a personal API token (issue 11's tokens), or nothing when the build has none
personal_token() {
    local status
    status="$(curl -s -m 30 -o "$work/token.json" -w '%{http_code}' -u "$2:$3" -H 'Content-Type: application/json' \
        -H 'Accept: application/json' "$1/api/v1/account/tokens" \
        --data "{\"name\":\"bench-pages-$stamp\",\"expiresOn\":\"$(date -d '+1 year' +%F)\"}" || true)"
    [ "$status" = 201 ] && sed -n 's/.*"token":"\([^"]*\)".*/\1/p' "$work/token.json"
    return 0
}

# --- measuring -------------------------------------------------------------------------------------------------------
# run_wrk THREADS CONNECTIONS SECONDS URL HEADER...: prints "requests seconds p50 p99 non2xx errors"
run_wrk() {
    local threads="$1" connections="$2" seconds="$3" url="$4" args=(); shift 4
    local header
    for header in "$@"; do args+=(-H "$header"); done
    wrk -t"$threads" -c"$connections" -d"${seconds}s" --timeout 10s --latency -s "$work/count.lua" "${args[@]}" "$url" \
        | sed -n 's/^BENCH //p'
}

# measure KIND SIZE USER NAME URL HEADER...: a warm-up, then the measured run, as a table row
measure() {
    local kind="$1" size="$2" user="$3" name="$4" url="$5"; shift 5
    local threads="$THREADS" connections="$CONNECTIONS" seconds="$DURATION" warm="$WARMUP" result
    if [ "$kind" = single ]; then threads=1; connections=1; seconds="$SINGLE_DURATION"; warm=2; fi
    # The server may still be answering the previous run's last requests (wrk closes, Tomcat goes on): one request of
    # our own waits for its turn, so that run does not spill into this one.
    local header curl_headers=()
    for header in "$@"; do curl_headers+=(-H "$header"); done
    curl -s -m 120 -o /dev/null "${curl_headers[@]}" "$url" || true
    run_wrk "$threads" "$connections" "$warm" "$url" "$@" >/dev/null
    local ticks_before ticks_after
    ticks_before="$(cpu_ticks "$measured_pid")"
    result="$(run_wrk "$threads" "$connections" "$seconds" "$url" "$@")"
    ticks_after="$(cpu_ticks "$measured_pid")"
    local requests duration p50 p99 non2xx errors row
    [ -n "$result" ] || fail "wrk measured nothing for $url"
    read -r requests duration p50 p99 non2xx errors <<<"$result"
    total_non2xx=$((total_non2xx + non2xx + errors))
    # The server's own CPU per answer: on a shared machine it moves less with the others' load than req/s does (the
    # database's CPU is not in it; petclinic's embedded database is).
    row="$(printf '%-9s %-9s %-34s %8.1f %8.1f %8.1f %8.2f %7d %6d  %s' "$size" "$user" "$name" \
        "$(awk -v r="$requests" -v d="$duration" 'BEGIN { printf "%.1f", (d > 0 ? r / d : 0) }')" "$p50" "$p99" \
        "$(awk -v t=$((ticks_after - ticks_before)) -v hz="$clock_ticks" -v r="$requests" 'BEGIN { printf "%.2f", (r > 0 ? t * 1000 / hz / r : 0) }')" \
        "$non2xx" "$errors" "$(load_average)")"
    say "  $kind  $row"
    if [ "$kind" = single ]; then single_rows+=("$row"); else load_rows+=("$row"); fi
}

# warm_all ENTRY...: WARMUP_ALL seconds of load over the pages in turn, 3 s each; an ENTRY is "URL|HEADER|HEADER..."
warm_all() {
    [ "$WARMUP_ALL" -gt 0 ] || return 0
    local until=$((SECONDS + WARMUP_ALL)) entry url headers
    say "  warming up for ${WARMUP_ALL} s over ${#} pages (load average $(load_average))..."
    while [ "$SECONDS" -lt "$until" ]; do
        for entry in "$@"; do
            IFS='|' read -r -a headers <<<"$entry"
            url="${headers[0]}"
            run_wrk "$THREADS" "$CONNECTIONS" 3 "$url" "${headers[@]:1}" >/dev/null
            [ "$SECONDS" -lt "$until" ] || break
        done
    done
}

not_available() { # KIND SIZE USER NAME WHY
    local row
    row="$(printf '%-9s %-9s %-34s %8s %8s %8s %8s %7s %6s  %s' "$2" "$3" "$4" n/a n/a n/a n/a - - "$5")"
    if [ "$1" = single ]; then single_rows+=("$row"); else load_rows+=("$row"); fi
}

# transfer NAME URL COOKIE: bytes of a first visit (the HTML and every stylesheet and script it references, as served
# with Accept-Encoding: gzip) and of a repeat visit (the HTML again, and every asset a browser may not keep: no-store,
# no-cache or no max-age). Also the bytes once decompressed.
transfer() {
    local name="$1" url="$2" cookie="$3" origin html_bytes html_plain first plain repeat assets=0 again=0 asset path
    origin="$(sed -E 's#^(https?://[^/]+).*#\1#' <<<"$url")"
    fetch "$url" "$cookie"; html_bytes="$fetched_bytes"; html_plain="$fetched_plain"
    first="$html_bytes"; plain="$html_plain"; repeat="$html_bytes"
    grep -oE '<(link|script)[^>]*>' "$work/fetched.body" \
        | grep -E '<script|rel="stylesheet"' \
        | sed -nE 's/.*(href|src)="([^"]+)".*/\2/p' | sed 's/&amp;/\&/g' | sort -u >"$work/assets.txt" || true
    while read -r asset; do
        [ -n "$asset" ] || continue
        case "$asset" in http*://*) path="$asset";; /*) path="$origin$asset";; *) path="${url%/*}/$asset";; esac
        fetch "$path" "$cookie"
        assets=$((assets + 1)); first=$((first + fetched_bytes)); plain=$((plain + fetched_plain))
        if ! grep -qiE '^cache-control:.*max-age=[1-9]' "$work/fetched.headers" \
            || grep -qiE '^cache-control:.*(no-store|no-cache)' "$work/fetched.headers"; then
            again=$((again + 1)); repeat=$((repeat + fetched_bytes))
        fi
    done <"$work/assets.txt"
    transfer_rows+=("$(printf '%-34s %7d %9d %9d %9d %9d %9d   %s' "$name" "$html_bytes" "$assets" "$first" "$plain" "$again" "$repeat" \
        "$(load_average)")")
}

# fetch URL COOKIE: the body in $work/fetched.body (decompressed), headers in $work/fetched.headers, bytes on the wire
# in $fetched_bytes, decompressed in $fetched_plain
fetch() {
    fetched_bytes="$(curl -s -m 30 -H 'Accept-Encoding: gzip' -H 'Accept: text/html,*/*' ${2:+-H "Cookie: $2"} \
        -D "$work/fetched.headers" -o "$work/fetched.raw" -w '%{size_download}' "$1")"
    if grep -qi '^content-encoding: *gzip' "$work/fetched.headers"; then
        gzip -dc <"$work/fetched.raw" >"$work/fetched.body"
    else
        cp "$work/fetched.raw" "$work/fetched.body"
    fi
    fetched_plain="$(wc -c <"$work/fetched.body")"
}

# --- start-up on the embedded H2 -------------------------------------------------------------------------------------
# The jar as built (java -jar), then, unless H2_CDS=0, the same jar extracted with its CDS archive; each on a fresh data
# directory of its own, then a second time on the same data.
measure_h2_startup() {
    local variants=("java -jar|$JAR|") variant name jar options dir round since log
    if [ "${H2_CDS:-1}" != 0 ]; then
        say "Making the CDS archive of $JAR (scripts/cds-archive.sh)..."
        scripts/cds-archive.sh "$JAR" "$work/cds" >/dev/null
        variants+=("CDS archive|$work/cds/app.jar|-XX:SharedArchiveFile=$work/cds/application.jsa")
    fi
    for variant in "${variants[@]}"; do
        IFS='|' read -r name jar options <<<"$variant"
        dir="$work/h2-${#startup_rows[@]}"
        mkdir -p "$dir"
        for round in "fresh data directory" "second start, same data"; do
            log="$dir/app-${#startup_rows[@]}.log"
            since="$(now)"
            # shellcheck disable=SC2086 # JAVA_OPTS and options hold several options
            launch "$log" "$dir" env SERVER_PORT="$H2_PORT" LIAISON_ADMIN_PASSWORD="$ADMIN_PASSWORD" java $JAVA_OPTS $options -jar "$jar"
            wait_healthy "$launched" "http://127.0.0.1:$H2_PORT" "$log" "$since"
            startup_row "application, embedded H2, $name ($round)" "$healthy_after" "$log"
            say "  start-up ${startup_rows[-1]}"
            stop_process "$launched"
        done
    done
}

# --- the application on PostgreSQL -----------------------------------------------------------------------------------
measure_application() {
    local size="$1" database="$2" officer_agency="$3"
    local base="http://127.0.0.1:$APP_PORT" log="$work/app-$size.log" since pid
    say "The application on $database ($size)..."
    since="$(now)"
    # shellcheck disable=SC2086 # JAVA_OPTS holds several options
    launch "$log" "$work" env SPRING_PROFILES_ACTIVE=prod SERVER_PORT="$APP_PORT" LIAISON_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
        SPRING_DATASOURCE_URL="$(jdbc_url "$database")" SPRING_DATASOURCE_USERNAME="$PGUSER" \
        SPRING_DATASOURCE_PASSWORD="${PGPASSWORD:-}" java $JAVA_OPTS -jar "$JAR"
    pid="$launched"; measured_pid="$pid"
    wait_healthy "$pid" "$base" "$log" "$since"
    startup_row "application, PostgreSQL $size (prod)" "$healthy_after" "$log"
    say "  start-up ${startup_rows[-1]}"

    ensure_reader "$base" bench-pages-officer "$officer_agency" OFFICER "$database"
    ensure_reader "$base" bench-pages-ministry VN-BCA VIEWER "$database"
    total_non2xx=0
    local user username cookie token meeting json='Accept: application/json' html='Accept: text/html'
    local -A cookies=() tokens=()
    local warm_entries=()
    # The detail page: the newest meeting the officer sees (the ministry sees it too).
    meeting="$(curl -s -m 30 -u "bench-pages-officer:$READER_PASSWORD" -H "$json" "$base/api/v1/meetings?size=1" \
        | sed -n 's/^{"content":\[{"id":\([0-9]*\).*/\1/p')"
    [ -n "$meeting" ] || fail "the officer sees no meeting in $database"
    local pages=("meeting detail /meetings/$meeting|/meetings/$meeting|$html"
        "meeting list /meetings|/meetings|$html"
        "/border-gates|/border-gates|$html"
        "API /api/v1/meetings?size=20 session|/api/v1/meetings?size=20|$json")
    local entry name path accept
    for user in $USERS; do
        username="bench-pages-$user"
        cookies[$user]="$(sign_in "$base" "$username" "$READER_PASSWORD" "$work/cookies-$user.txt")"
        tokens[$user]="$(personal_token "$base" "$username" "$READER_PASSWORD")"
        # Never print the token itself: the output file is kept.
        say "  signed in as $username; meeting $meeting; personal token: $([ -n "${tokens[$user]}" ] && echo yes || echo n/a)"
        for entry in "${pages[@]}"; do
            IFS='|' read -r name path accept <<<"$entry"
            warm_entries+=("$base$path|Cookie: ${cookies[$user]}|$accept")
        done
    done
    warm_all "${warm_entries[@]}"
    for user in $USERS; do
        username="bench-pages-$user"
        cookie="${cookies[$user]}"
        token="${tokens[$user]}"
        for kind in load single; do
            for entry in "${pages[@]}"; do
                IFS='|' read -r name path accept <<<"$entry"
                measure "$kind" "$size" "$user" "$name" "$base$path" "Cookie: $cookie" "$accept"
            done
            if [ "$kind" = load ]; then
                measure load "$size" "$user" "API ...?size=20 HTTP Basic" "$base/api/v1/meetings?size=20" \
                    "Authorization: Basic $(basic "$username" "$READER_PASSWORD")" "$json"
                if [ -n "$token" ]; then
                    measure load "$size" "$user" "API ...?size=20 API token" "$base/api/v1/meetings?size=20" \
                        "Authorization: Bearer $token" "$json"
                else
                    not_available load "$size" "$user" "API ...?size=20 API token" "POST /api/v1/account/tokens was not 201"
                fi
            else
                measure single "$size" "$user" "/meetings?page=50" "$base/meetings?page=50" "Cookie: $cookie" "$html"
                measure single "$size" "$user" "/meetings?text=hoi+dam" "$base/meetings?text=hoi+dam" "Cookie: $cookie" "$html"
            fi
        done
        if [ "$size" = "${SIZES%% *}" ] && [ "$user" = "${USERS%% *}" ]; then
            transfer "meeting detail /meetings/$meeting" "$base/meetings/$meeting" "$cookie"
            transfer "meeting list /meetings" "$base/meetings" "$cookie"
            transfer "/border-gates" "$base/border-gates" "$cookie"
        fi
    done

    memory_rows+=("$(printf '%-40s %8s %8s %8s %10s   %s' "application $size ($JAVA_OPTS)" "$(rss_mb "$pid")" \
        "$(grep -c OutOfMemoryError "$log" || true)" "$(grep -c ' ERROR ' "$log" || true)" "$total_non2xx" "$(load_average)")")
    if grep -q ' ERROR \|OutOfMemoryError' "$log"; then
        cp "$log" "target/benchmark/pages-${LABEL:+$LABEL-}$stamp-app-$size.log"
        notes+=("errors in the application's log on $size: target/benchmark/pages-${LABEL:+$LABEL-}$stamp-app-$size.log")
    fi
    stop_process "$pid"
}

# --- spring-petclinic ------------------------------------------------------------------------------------------------
measure_petclinic() {
    local base="http://127.0.0.1:$PETCLINIC_PORT" log="$work/petclinic.log" since pid i added
    say "spring-petclinic ($PETCLINIC_JAR)..."
    mkdir -p "$work/petclinic"
    since="$(now)"
    # shellcheck disable=SC2086 # PETCLINIC_JAVA_OPTS holds several options
    launch "$log" "$work/petclinic" java $PETCLINIC_JAVA_OPTS -jar "$PETCLINIC_JAR" --server.port="$PETCLINIC_PORT"
    pid="$launched"; measured_pid="$pid"
    wait_healthy "$pid" "$base" "$log" "$since"
    startup_row "spring-petclinic, its embedded H2" "$healthy_after" "$log"
    say "  start-up ${startup_rows[-1]}"

    # Owners through its own form (it wants ten digits for the telephone), one curl over one connection.
    for i in $(seq 1 "$PETCLINIC_OWNERS"); do
        [ "$i" = 1 ] || echo next
        printf 'url = "%s/owners/new"\ndata = "firstName=Bench&lastName=Owner%d&address=%d+Border+Road&city=Lao+Cai&telephone=%010d"\noutput = "/dev/null"\nwrite-out = "%%{http_code}\\n"\n' \
            "$base" "$i" "$i" "$i"
    done >"$work/owners.curl"
    added="$(curl -s -K "$work/owners.curl" | grep -c '^302' || true)"
    say "  added $added of $PETCLINIC_OWNERS owners through POST /owners/new"
    [ "$added" = "$PETCLINIC_OWNERS" ] || notes+=("petclinic took only $added of $PETCLINIC_OWNERS owners")

    total_non2xx=0
    warm_all "$base/owners/1|Accept: text/html" "$base/vets.html|Accept: text/html"
    measure load petclinic - "owner detail /owners/1" "$base/owners/1" "Accept: text/html"
    measure load petclinic - "/vets.html" "$base/vets.html" "Accept: text/html"
    measure single petclinic - "owner detail /owners/1" "$base/owners/1" "Accept: text/html"
    measure single petclinic - "/vets.html" "$base/vets.html" "Accept: text/html"
    transfer "petclinic owner detail /owners/1" "$base/owners/1" ""
    memory_rows+=("$(printf '%-40s %8s %8s %8s %10s   %s' "spring-petclinic (${PETCLINIC_JAVA_OPTS:-default heap})" "$(rss_mb "$pid")" \
        "$(grep -c OutOfMemoryError "$log" || true)" "$(grep -c ' ERROR ' "$log" || true)" "$total_non2xx" "$(load_average)")")
    stop_process "$pid"
}

# --- the run ---------------------------------------------------------------------------------------------------------
say "Load average at the start: $(load_average)"
for size in $SIZES; do
    case "$size" in 10k) prepare_10k;; national) prepare_national;; *) fail "unknown size $size (10k, national)";; esac
done
if [ "${H2_STARTUP:-1}" != 0 ]; then measure_h2_startup; fi
for size in $SIZES; do
    case "$size" in
        10k) measure_application 10k "$DB_10K" VN-LC-CA;;
        national) measure_application national "$DB_NATIONAL" BM-LS-CA;;
    esac
done
if [ -n "${PETCLINIC_JAR:-}" ]; then measure_petclinic; fi

{
    echo "Page benchmark, $(date '+%Y-%m-%d %H:%M:%S'), $(nproc) cores, load average at the end $(load_average)"
    echo "application: $JAR ($JAVA_OPTS, profile prod on PostgreSQL $PGHOST:$PGPORT: 10k = $DB_10K, national = $DB_NATIONAL)"
    [ -n "${PETCLINIC_JAR:-}" ] && echo "petclinic:   $PETCLINIC_JAR (${PETCLINIC_JAVA_OPTS:-default heap}, $PETCLINIC_OWNERS owners added)"
    echo "readers: officer = OFFICER of a province (10k: VN-LC-CA, national: BM-LS-CA), ministry = VIEWER of VN-BCA"
    echo
    echo "Load: wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s --latency after ${WARMUP} s of warm-up (ms; non-2xx counts redirects too),"
    echo "each application first warmed up for ${WARMUP_ALL} s over all its pages; 'CPU/req' = the server's CPU ms per answer"
    printf '%-9s %-9s %-34s %8s %8s %8s %8s %7s %6s  %s\n' size user page req/s p50 p99 CPU/req non-2xx errors "load average"
    printf '%s\n' "${load_rows[@]}"
    echo
    echo "One request at a time: wrk -t1 -c1 -d${SINGLE_DURATION}s after 2 s of warm-up (ms)"
    printf '%-9s %-9s %-34s %8s %8s %8s %8s %7s %6s  %s\n' size user page req/s p50 p99 CPU/req non-2xx errors "load average"
    printf '%s\n' "${single_rows[@]}"
    echo
    echo "Transfer sizes in bytes, as served with Accept-Encoding: gzip: first visit = the HTML + every stylesheet and script"
    echo "it references ('1st plain' decompressed); repeat visit = the HTML + the assets fetched again ('again': no max-age, or"
    echo "no-store/no-cache)"
    printf '%-34s %7s %9s %9s %9s %9s %9s   %s\n' page html assets first "1st plain" "again" repeat "load average"
    if [ ${#transfer_rows[@]} -gt 0 ]; then printf '%s\n' "${transfer_rows[@]}"; fi
    echo
    echo "Start-up to healthy (/actuator/health UP, from the java command; 'CPU s' = the CPU seconds the process used until"
    echo "then, less dependent on the machine's load than the wall time; 'Spring' = its own 'Started ... in' figure)"
    printf '%-58s %8s %6s %10s   %-20s %s\n' "start" seconds "CPU s" "Spring s" "load average" "note"
    printf '%s\n' "${startup_rows[@]}"
    echo
    echo "Memory after the load (resident size from ps) and errors"
    printf '%-40s %8s %8s %8s %10s   %s\n' "process" "RSS MB" "OOM" "ERROR" "non-2xx" "load average"
    printf '%s\n' "${memory_rows[@]}"
    if [ ${#notes[@]} -gt 0 ]; then echo; printf 'Note: %s\n' "${notes[@]}"; fi
} >"$report"
echo
cat "$report"
say "Kept in $report"
