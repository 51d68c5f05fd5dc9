#!/usr/bin/env bash
# Makes the class data sharing (CDS) archive of issue 11: the jar extracted (app.jar + lib/, which loads faster than
# the nested jars of the fat jar) and a training run that starts the application up to the end of its context refresh
# and exits (spring.context.exit=onRefresh), recording every class it loaded in application.jsa. Starting with that
# archive roughly halves the CPU of a start-up (README "Start-up and memory"). The Dockerfile does the same in the image.
#
#   scripts/cds-archive.sh                        the jar in target/ (built with ./mvnw -B -q -DskipTests package when
#                                                 there is none), extracted into target/application
#   scripts/cds-archive.sh JAR [DESTINATION]      another jar, another directory (emptied first)
#
# Then start it with:  java -XX:SharedArchiveFile=DESTINATION/application.jsa -jar DESTINATION/app.jar
# (JVM options such as -Xmx go before -jar, application arguments after it), from any working directory. Plain
# `java -jar target/...jar` keeps working without the archive. The archive is only valid for this JDK, these exact jars
# and this directory (it names app.jar by its absolute path): make it again after every build, and where it will run;
# a stale or moved one is ignored by the JVM (the start is then as slow as without it), never an error.
#
# The training run uses a throw-away in-memory H2 database, so it needs no PostgreSQL and leaves no data or account
# behind; it runs Flyway and builds the Hibernate metamodel like a real start, which is what puts those classes in the
# archive. Needs: Java 17 (the JDK that will run the application).
set -euo pipefail
cd "$(dirname "$0")/.."

say() { echo "$*" >&2; }
fail() { say "cds-archive: $*"; exit 1; }

jar="${1:-}"
destination="${2:-target/application}"
if [ -z "$jar" ]; then
    jar="$(find target -maxdepth 1 -name 'border-liaison-*.jar' ! -name '*.original' 2>/dev/null | head -n 1)"
    if [ -z "$jar" ]; then
        say "No jar in target/: building it (./mvnw -B -q -DskipTests package)..."
        ./mvnw -B -q -DskipTests package
        jar="$(find target -maxdepth 1 -name 'border-liaison-*.jar' ! -name '*.original' | head -n 1)"
    fi
fi
[ -f "$jar" ] || fail "no jar at '$jar'"
jar="$(cd "$(dirname "$jar")" && pwd)/$(basename "$jar")"

# Emptied first: a library left over from an older build would sit on no class path but confuse whoever looks.
rm -rf "$destination"
mkdir -p "$destination"
destination="$(cd "$destination" && pwd)"
java -Djarmode=tools -jar "$jar" extract --destination "$destination" --application-filename app.jar >/dev/null \
    || fail "extracting $jar failed"

say "Training run (starts the application up to the end of its context refresh, then exits)..."
started=$(date +%s)
# The jar by its absolute path: the archive records the class path as the training run names it, and Java 17 refuses
# (silently, without -Xshare:on) an archive whose class path does not name an existing file from where the application
# starts: a relative "app.jar" would only work when started from inside the destination.
if ! (cd "$destination" && java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh \
        -Dspring.datasource.url='jdbc:h2:mem:cds-training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH' \
        -jar "$destination/app.jar" >training.log 2>&1); then
    tail -n 40 "$destination/training.log" >&2
    fail "the training run failed (log: $destination/training.log)"
fi
[ -s "$destination/application.jsa" ] || fail "the training run wrote no archive (log: $destination/training.log)"
# -Xshare:on turns a refused archive into an error; -version stops before the application starts (with -cp: after
# -version, the launcher passes no class path for -jar).
(cd / && java -Xshare:on -XX:SharedArchiveFile="$destination/application.jsa" -cp "$destination/app.jar" -version \
        >"$destination/check.log" 2>&1) || { cat "$destination/check.log" >&2; fail "the JVM refuses the archive it just made"; }

say "Archive made in $(( $(date +%s) - started )) s: $destination/application.jsa ($(du -m "$destination/application.jsa" | cut -f1) MB)."
say "Start the application with:"
echo "java -XX:SharedArchiveFile=$destination/application.jsa -jar $destination/app.jar"
