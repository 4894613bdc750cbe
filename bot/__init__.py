"""csto-bot: sourced, dated answers about the Collective Security Treaty Organization."""

__version__ = "0.1.0"
