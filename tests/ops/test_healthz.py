"""GET /healthz serves the in-process health status as JSON: 200 while serving, 503 when not."""

from __future__ import annotations

from aiohttp import ClientSession, web
from aiohttp.test_utils import TestServer

from bot.healthz import healthz_routes
from bot.runtime.health import HealthState


async def fetch(state: HealthState) -> tuple[int, dict]:
    """Serve the routes on loopback and GET /healthz once."""
    app = web.Application()
    app.add_routes(healthz_routes(state))
    server = TestServer(app, host="127.0.0.1")
    await server.start_server()
    try:
        async with ClientSession() as session, session.get(server.make_url("/healthz")) as response:
            return response.status, await response.json()
    finally:
        await server.close()


async def test_healthz_is_200_while_a_platform_runs():
    """A running platform gives 200 and the per-platform status."""
    state = HealthState(knowledge_version="v7")
    state.set("slack-http", "running")
    state.set("discord", "failed")
    status, body = await fetch(state)
    assert status == 200
    assert body["platforms"] == {"slack-http": "running", "discord": "failed"}
    assert body["knowledge_version"] == "v7"


async def test_healthz_is_503_when_nothing_serves():
    """With every platform failed or stopped the status is 503."""
    state = HealthState()
    state.set("slack-http", "stopped")
    status, body = await fetch(state)
    assert status == 503
    assert body["serving"] is False
