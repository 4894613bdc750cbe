"""GET /healthz on the Slack HTTP port: 200 only while every configured platform serves.

The port is public (Slack must reach it), so the body says only what a load balancer or an
admin needs: each platform's status and the knowledge version; no process id, no time.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from bot.runtime.health import HealthState

SERVING = frozenset({"starting", "running"})


def healthy(state: HealthState) -> bool:
    """True when idle by choice, or when every configured platform is starting or running."""
    if state.idle:
        return True
    return bool(state.platforms) and all(s in SERVING for s in state.platforms.values())


def public_status(state: HealthState) -> dict[str, Any]:
    """The body of /healthz."""
    return {
        "serving": healthy(state),
        "platforms": dict(state.platforms),
        "knowledge_version": state.knowledge_version,
    }


def healthz_routes(state: HealthState) -> list[web.RouteDef]:
    """Routes to add to the Slack HTTP server."""

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response(public_status(state), status=200 if healthy(state) else 503)

    return [web.get("/healthz", healthz)]
