"""The terminal adapter: one-shot questions, JSON lines, and an interactive chat."""
