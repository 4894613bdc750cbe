"""One module per `csto-bot` subcommand; each exposes `add_arguments` and `run`."""
