"""GET /healthz: 200 while every configured platform serves, 503 otherwise; no private details."""

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


async def test_healthz_is_200_while_every_platform_runs():
    """Every platform running gives 200 and the per-platform status."""
    state = HealthState(knowledge_version="v7")
    state.set("slack-http", "running")
    state.set("discord", "starting")
    status, body = await fetch(state)
    assert status == 200
    assert body["platforms"] == {"slack-http": "running", "discord": "starting"}
    assert body["knowledge_version"] == "v7"
    assert body["serving"] is True


async def test_healthz_is_503_when_one_configured_platform_is_down():
    """One configured platform failed (e.g. Slack refused at start) makes the whole check 503."""
    state = HealthState(knowledge_version="v7")
    state.set("slack-http", "running")
    state.set("discord", "failed")
    status, body = await fetch(state)
    assert status == 503
    assert body["serving"] is False
    assert body["platforms"]["discord"] == "failed"


async def test_healthz_shows_no_process_details():
    """The public endpoint carries no process id or clock, only statuses and the version."""
    state = HealthState(knowledge_version="v7")
    state.set("slack-http", "running")
    _, body = await fetch(state)
    assert set(body) == {"serving", "platforms", "knowledge_version"}
    assert str(state.pid) not in str(body)


async def test_healthz_is_503_when_nothing_serves():
    """With every platform failed or stopped the status is 503."""
    state = HealthState()
    state.set("slack-http", "stopped")
    status, body = await fetch(state)
    assert status == 503
    assert body["serving"] is False
