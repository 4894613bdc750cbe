"""Stage 3: what a question asks and about what. Intents, subjects, follow-up memory."""
