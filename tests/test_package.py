"""The package imports and exposes its console entry point."""

from bot.cli import SUBCOMMANDS, build_parser


def test_every_subcommand_is_registered():
    """The parser knows each subcommand the README documents."""
    parser = build_parser()
    help_text = parser.format_help()
    for name in ("check", "ask", "chat", "eval", "run", "discord", "slack", "health"):
        assert name in SUBCOMMANDS
        assert name in help_text
