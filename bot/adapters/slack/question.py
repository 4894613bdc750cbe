"""What the core is given: the user's text, cut to a length no real question needs."""

from __future__ import annotations

# The longest question in the golden set is 72 characters; 500 leaves room for any real one.
# Without a cap a 40,000-character message costs the core about 17 ms, and a burst of them
# delays every other acknowledgement.
MAX_QUESTION_CHARS = 500
SHORTENED_NOTE = (
    f"_Your question was long, so only its first {MAX_QUESTION_CHARS} characters were read._"
)


def cap_question(text: str, limit: int = MAX_QUESTION_CHARS) -> tuple[str, bool]:
    """`text` cut to `limit` characters at a word boundary when one is near; True if cut."""
    if len(text) <= limit:
        return text, False
    cut = text.rfind(" ", limit // 2, limit + 1)
    return text[: cut if cut > 0 else limit].rstrip(), True
