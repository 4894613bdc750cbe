# csto-bot image: a venv built from the hashed locks, then copied onto a clean base.
# Build: docker build --build-arg VERSION=0.1.0 --build-arg REVISION="$(git rev-parse HEAD)" -t csto-bot .
# Run:   docker run --init --read-only --tmpfs /tmp --env-file .env csto-bot
# BASE can point at another Debian-based Python 3.11+ image (pinned to a Debian release here).
ARG BASE=python:3.12-slim-bookworm

FROM ${BASE} AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PYTHONDONTWRITEBYTECODE=1
# `python3`, not `python`: Debian-based bases ship only python3.
RUN python3 -m venv /opt/venv
WORKDIR /src
# Dependencies first: this layer is reused until a lock changes. The build backend (setuptools)
# is hash-checked like everything else, and the package is built without an unpinned isolated
# build environment. The cache mount keeps downloads between builds and out of the image.
COPY requirements/build.lock requirements/runtime.lock requirements/
RUN --mount=type=cache,target=/root/.cache/pip \
    /opt/venv/bin/pip install --require-hashes \
        -r requirements/build.lock -r requirements/runtime.lock
COPY pyproject.toml README.md ./
COPY bot ./bot
# pip and setuptools are not needed at run time; pycountry's translations (about 22 MB) are
# never used: the bot matches English country names only.
RUN /opt/venv/bin/pip install --no-deps --no-build-isolation --no-cache-dir . \
    && /opt/venv/bin/pip uninstall --yes pip setuptools \
    && rm -rf /opt/venv/lib/python3*/site-packages/pycountry/locales
# Validate the shipped knowledge and build its snapshot now: a broken fact base fails the build,
# and every `ask` in the container starts from the snapshot instead of parsing YAML.
RUN CSTO_BOT_CACHE=/opt/csto-bot/cache /opt/venv/bin/csto-bot check \
    && chmod -R a+rX /opt/csto-bot

FROM ${BASE}
ARG VERSION=0.1.0
ARG REVISION=unknown
LABEL org.opencontainers.image.title="csto-bot" \
      org.opencontainers.image.description="Sourced, dated answers about the CSTO in Discord, Slack and a terminal." \
      org.opencontainers.image.licenses="MIT" \
      org.opencontainers.image.version="${VERSION}" \
      org.opencontainers.image.revision="${REVISION}"
# The standard library's bytecode, compiled once here: slim bases ship none, and the bot's user
# cannot write it, so without this every `ask` and health check would recompile it in memory.
RUN python3 -c "import compileall, sysconfig; compileall.compile_dir(sysconfig.get_path('stdlib'), quiet=2, workers=0)" \
    && groupadd --system --gid 10001 csto \
    && useradd --system --uid 10001 --gid csto --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin csto \
    && install -d -o 10001 -g 10001 /var/lib/csto-bot
COPY --from=builder /opt/venv /opt/venv
COPY --from=builder /opt/csto-bot /opt/csto-bot
# The knowledge ships inside the package; set KNOWLEDGE_DIR to a mounted directory to edit it
# live. Only /tmp needs to be writable (the heartbeat), so the image runs with --read-only.
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    CSTO_BOT_CACHE=/opt/csto-bot/cache \
    HEALTH_FILE=/tmp/csto-bot-health.json \
    SLACK_HTTP_HOST=0.0.0.0 \
    LOG_FORMAT=json \
    QUESTION_LOG_PATH=/var/lib/csto-bot/questions.sqlite3
# The question log (`csto-bot gaps`) is the one thing written at run time besides the heartbeat:
# its directory (made above, owned by the bot's user) is a volume; compose names it.
VOLUME ["/var/lib/csto-bot"]
WORKDIR /app
USER 10001:10001
# Slack HTTP mode (SLACK_SIGNING_SECRET set) listens here; /healthz is served on it too.
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["csto-bot", "health"]
# SIGTERM triggers the graceful shutdown (platforms closed within 10 s); every other command ends
# on it at once, even as PID 1. Run with an init (`--init`, compose `init: true`) to reap zombies.
STOPSIGNAL SIGTERM
CMD ["csto-bot", "run"]
