# syntax=docker/dockerfile:1

# ---- build stage ------------------------------------------------------------------------------
FROM eclipse-temurin:17-jdk AS build

# unzip lets the Maven wrapper fetch the .zip distribution (without it, it verifies the .tar.gz
# against distributionTarGzSha256Sum instead; both are pinned in maven-wrapper.properties).
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends unzip \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /build

# Dependencies first, so that this layer is reused while only the sources change.
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN chmod +x mvnw && ./mvnw -B dependency:go-offline

COPY src/ src/
RUN ./mvnw -B -DskipTests package \
 && cp target/border-liaison-*.jar /build/app.jar

# ---- runtime stage ----------------------------------------------------------------------------
FROM eclipse-temurin:17-jre

RUN groupadd --system --gid 10001 liaison \
 && useradd --system --uid 10001 --gid liaison --home-dir /app --shell /usr/sbin/nologin liaison \
 && mkdir -p /app/data \
 && chown -R liaison:liaison /app

WORKDIR /app
COPY --from=build /build/app.jar /tmp/app.jar

# Class data sharing (README "Start-up"): the jar extracted (app.jar + lib/, which loads faster than nested jars) and
# a training run that starts the application up to the end of its context refresh and exits
# (spring.context.exit=onRefresh), recording the classes it loaded in application.jsa. The training run uses an
# in-memory H2 database, so no data and no account are left in the image, and no PostgreSQL is needed to build it.
# The archive is only valid for this JDK and these exact jars, which is why it is made here and nowhere else. The
# training run names the jar as the entry point does (absolute path): Java 17 records the class path as given and
# silently ignores the archive when that path names no file from the working directory (/app) of the start.
RUN java -Djarmode=tools -jar /tmp/app.jar extract --destination /app/application --application-filename app.jar \
 && cd /app/application \
 && java -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh \
         -Dspring.datasource.url='jdbc:h2:mem:training;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH' \
         -jar /app/application/app.jar \
 && cd /app && java -Xshare:on -XX:SharedArchiveFile=/app/application/application.jsa -cp /app/application/app.jar -version \
 && rm -rf /tmp/app.jar /app/application/data \
 && chown -R liaison:liaison /app

USER 10001:10001
EXPOSE 8080
# Memory (README "Memory"): a heap of 256 MB serves page load, the summary exports and a 10 MB upload; a
# container limit of 512 MB leaves room for the rest (metaspace, code cache, thread stacks, the CDS archive).
# Override with JAVA_OPTS, e.g. -XX:MaxRAMPercentage=50 instead of -Xmx.
ENV JAVA_OPTS="-Xmx256m -Xss512k -XX:+ExitOnOutOfMemoryError"
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:SharedArchiveFile=/app/application/application.jsa -jar /app/application/app.jar \"$@\"", "--"]
