# syntax=docker/dockerfile:1
# Cadre Portal: build the production jar with the Maven wrapper (no Node needed: styles come
# through @StyleSheet), then run it on a JRE with the CJK font that PDF exports embed.

# ---- build ------------------------------------------------------------------------------------
FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw
COPY src src
COPY frontend frontend
# The cache mount keeps downloaded Maven and dependencies between builds (BuildKit).
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -Pproduction -DskipTests package

# ---- runtime ----------------------------------------------------------------------------------
FROM eclipse-temurin:25-jre
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --system --gid 10001 cadreportal \
    && useradd --system --uid 10001 --gid cadreportal --home-dir /app --shell /usr/sbin/nologin cadreportal
WORKDIR /app
# Owned by root and read-only for the app user; temporary files go to /tmp.
COPY --from=build /workspace/target/cadre-portal-*.jar /app/app.jar
USER 10001:10001
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=mariadb
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
