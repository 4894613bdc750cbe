"""GET /healthz on the Slack HTTP port: the heartbeat's status as JSON, 200 or 503."""

from __future__ import annotations

from aiohttp import web

from bot.runtime.health import HealthState


def healthz_routes(state: HealthState) -> list[web.RouteDef]:
    """Routes to add to the Slack HTTP server."""

    async def healthz(request: web.Request) -> web.Response:
        return web.json_response(state.snapshot(), status=200 if state.serving else 503)

    return [web.get("/healthz", healthz)]
