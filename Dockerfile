# csto-bot image: a venv built from the hashed lock, then copied onto a clean base.
# Build: docker build -t csto-bot .   (BASE can point at another Python 3.11+ image)
ARG BASE=python:3.12-slim

FROM ${BASE} AS builder
ENV PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PIP_NO_CACHE_DIR=1 \
    PYTHONDONTWRITEBYTECODE=1
# `python3`, not `python`: Debian-based bases ship only python3.
RUN python3 -m venv /opt/venv
WORKDIR /src
# Dependencies first: this layer is reused until the lock changes.
COPY requirements/runtime.lock requirements/runtime.lock
RUN /opt/venv/bin/pip install --require-hashes -r requirements/runtime.lock
COPY pyproject.toml README.md ./
COPY bot ./bot
# pip and setuptools are not needed at run time (Python 3.11 venvs include setuptools).
RUN /opt/venv/bin/pip install --no-deps . \
    && /opt/venv/bin/pip uninstall --yes pip setuptools

FROM ${BASE}
ENV PATH=/opt/venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    KNOWLEDGE_DIR=/app/knowledge \
    HEALTH_FILE=/tmp/csto-bot-health.json \
    SLACK_HTTP_HOST=0.0.0.0 \
    LOG_FORMAT=json \
    QUESTION_LOG_PATH=/var/lib/csto-bot/questions.sqlite3
RUN groupadd --system --gid 10001 csto \
    && useradd --system --uid 10001 --gid csto --no-create-home --home-dir /app \
        --shell /usr/sbin/nologin csto \
    && install -d -o 10001 -g 10001 /var/lib/csto-bot
COPY --from=builder /opt/venv /opt/venv
WORKDIR /app
# Baked-in knowledge; bind-mount a directory over /app/knowledge to edit it live. There is
# deliberately no VOLUME here: an anonymous volume would keep serving old knowledge after an
# image upgrade.
COPY knowledge ./knowledge
# The question log lives here; compose mounts a named volume on it.
VOLUME ["/var/lib/csto-bot"]
USER 10001:10001
# Slack HTTP mode (SLACK_SIGNING_SECRET set) listens here; /healthz is served on it too.
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 CMD ["csto-bot", "health"]
# SIGTERM triggers the graceful shutdown (platforms closed within 10 s).
STOPSIGNAL SIGTERM
CMD ["csto-bot", "run"]
