"""The runtime layer: settings, the composition root, the supervisor, reload, health and logs.

It depends on the core and, lazily, on the adapters it starts; neither depends on it, except
for the start-up error type adapters raise (`bot.runtime.errors`).
"""
