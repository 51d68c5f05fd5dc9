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
COPY --from=build --chown=liaison:liaison /build/app.jar /app/app.jar

USER 10001:10001
EXPOSE 8080
# JVM options: set JAVA_TOOL_OPTIONS (read by the JVM itself), e.g. -XX:MaxRAMPercentage=75
ENTRYPOINT ["java","-jar","/app/app.jar"]
