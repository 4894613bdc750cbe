#!/usr/bin/env bash
# Build the image offline with buildah and check it with podman (see ../shared/TESTING.md):
#   - `csto-bot ask` answers inside the container;
#   - `csto-bot run` with no credentials and no terminal exits 2;
#   - `csto-bot run` with Slack credentials but no network logs the failure and exits 1;
#   - a running `csto-bot run --idle` is healthy (`csto-bot health` exits 0) as a non-root user,
#     and SIGTERM stops it gracefully (exit 0, "stopped" logged);
# and prints the image size. Not part of `make test`: it needs root, podman, buildah, runc and
# debootstrap (apt-get install podman buildah runc debootstrap).
#
# No registry is reachable here, so the base is a local Debian image (Python 3.11, `python3` only)
# built with debootstrap; the Dockerfile's default base stays python:3.12-slim.
# Why --idle for the health check: the container has no network, and both Discord and Slack
# check their tokens against the real service at start-up, so no platform can honestly come up.
# `run --idle` starts the same process (heartbeat, knowledge watcher, signal handling) without a
# platform, and `health` says "idle" rather than pretending a platform is serving.
set -euo pipefail
cd "$(dirname "$0")/.."

BASE=${BASE:-localhost/debian-py:bookworm}
IMAGE=${IMAGE:-localhost/csto-bot:smoke}
NAME=csto-bot-smoke-$$
PODMAN=(podman --runtime runc)
RUN_FLAGS=(--ulimit nofile=1024:1024 --ulimit nproc=1024:1024 --network none)

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
cleanup() { "${PODMAN[@]}" rm -f "$NAME" >/dev/null 2>&1 || true; }
trap cleanup EXIT

for tool in podman buildah runc; do
    command -v "$tool" >/dev/null || fail "$tool is not installed (apt-get install podman buildah runc debootstrap)"
done

if ! podman image exists "$BASE"; then
    step "building the local base $BASE with debootstrap"
    command -v debootstrap >/dev/null || fail "debootstrap is not installed"
    rootfs=$(mktemp -d)
    debootstrap --variant=minbase --include=python3,python3-venv,python3-pip bookworm "$rootfs"
    tar -C "$rootfs" -c . | podman import - "$BASE"
    rm -rf "$rootfs"
fi

step "building $IMAGE from $BASE"
# Build-time mounts only (nothing lands in the image): the host's local package mirrors that the
# lock names, and the host's CA bundle, for networks that intercept TLS to PyPI.
mounts=()
for dir in /opt/pypi /opt/pypi-more /opt/wheels; do
    if [ -d "$dir" ]; then mounts+=(--volume "$dir:$dir:ro"); fi
done
if [ -f /etc/ssl/certs/ca-certificates.crt ]; then
    pipconf=$(mktemp -d)
    printf '[global]\ncert = /etc/pip-host-ca.crt\n' >"$pipconf/pip.conf"
    mounts+=(--volume /etc/ssl/certs/ca-certificates.crt:/etc/pip-host-ca.crt:ro
             --volume "$pipconf/pip.conf:/etc/pip.conf:ro")
fi
# --format docker keeps the HEALTHCHECK (the OCI format has no field for it).
buildah bud --isolation chroot --pull=never --format docker --build-arg "BASE=$BASE" \
    "${mounts[@]}" -t "$IMAGE" .

step "csto-bot ask"
answer=$("${PODMAN[@]}" run --rm "${RUN_FLAGS[@]}" "$IMAGE" csto-bot ask "Who are the members of the CSTO?") \
    || fail "csto-bot ask exited $?"
printf '%s\n' "$answer" | head -n 8
[ -n "$answer" ] || fail "csto-bot ask printed nothing"

step "csto-bot run with no credentials and no terminal exits 2"
set +e
"${PODMAN[@]}" run --rm "${RUN_FLAGS[@]}" "$IMAGE" csto-bot run </dev/null
code=$?
set -e
[ "$code" -eq 2 ] || fail "expected exit 2, got $code"

step "csto-bot run with Slack credentials but no network: one-line failure, exit 1"
set +e
log=$("${PODMAN[@]}" run --rm "${RUN_FLAGS[@]}" \
    -e SLACK_BOT_TOKEN=xoxb-0-0-smoke-test-dummy \
    -e SLACK_SIGNING_SECRET=0123456789abcdef0123456789abcdef \
    "$IMAGE" csto-bot run 2>&1 </dev/null)
code=$?
set -e
printf '%s\n' "$log" | grep '"platform failed to start"' || fail "no platform failure logged"
printf '%s\n' "$log" | grep -q 'smoke-test-dummy' && fail "the token appeared in the log"
[ "$code" -eq 1 ] || fail "expected exit 1 when every platform failed, got $code"

step "csto-bot run --idle is healthy"
"${PODMAN[@]}" run -d --name "$NAME" "${RUN_FLAGS[@]}" "$IMAGE" csto-bot run --idle >/dev/null
healthy=no
for _ in $(seq 1 30); do
    if "${PODMAN[@]}" exec "$NAME" csto-bot health; then healthy=yes; break; fi
    sleep 1
done
[ "$healthy" = yes ] || { "${PODMAN[@]}" logs "$NAME" >&2; fail "csto-bot health never succeeded"; }
# The image's own HEALTHCHECK, run once (podman's timer for it needs systemd, absent here: its
# "unable to get systemd connection" errors above are harmless).
"${PODMAN[@]}" healthcheck run "$NAME" || fail "the image HEALTHCHECK failed"
echo "image HEALTHCHECK: healthy"

step "the bot runs as non-root"
uid=$("${PODMAN[@]}" exec "$NAME" sh -c "awk '/^Uid:/ {print \$2}' /proc/1/status")
echo "uid of PID 1: $uid"
[ "$uid" != 0 ] || fail "the bot runs as root"

step "SIGTERM stops it gracefully"
"${PODMAN[@]}" stop -t 10 "$NAME" >/dev/null
code=$("${PODMAN[@]}" inspect --format '{{.State.ExitCode}}' "$NAME")
"${PODMAN[@]}" logs "$NAME" 2>&1 | tail -n 3
[ "$code" -eq 0 ] || fail "exit code after SIGTERM was $code"
"${PODMAN[@]}" logs "$NAME" 2>&1 | grep -q '"event": "stopped"' || fail "no 'stopped' log line"

step "image size"
bytes=$(podman image inspect --format '{{.Size}}' "$IMAGE")
base_bytes=$(podman image inspect --format '{{.Size}}' "$BASE")
added=$(( (bytes - base_bytes) / 1000000 ))
echo "$IMAGE: $((bytes / 1000000)) MB = base $BASE $((base_bytes / 1000000)) MB + ${added} MB of csto-bot"
# The local Debian base is far bigger than python:3.12-slim (about 125 MB unpacked), so judge what
# the image adds: under 120 MB keeps the real image under 250 MB.
[ "$added" -lt 120 ] || fail "csto-bot adds ${added} MB; with python:3.12-slim it would exceed 250 MB"

printf '\nsmoke test passed\n'
