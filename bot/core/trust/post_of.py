"""Whether an answer gives the holder of the organization's own post that a question asks."""

from __future__ import annotations

import re

from bot.core.answering.check import own_post_asked
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import stated
from bot.core.api import Answer
from bot.core.language.normalize import tokens
from bot.core.language.organization import OrganizationWords

_WORD = re.compile(r"[\w'\u2019-]+")
_BEFORE = 2  # "the CSTO Secretariat's spokesman": the body may stand two words before the post


def names_another_bodys_post(request: Request, answer: Answer) -> bool:
    """Asked "who's the CSTO spokesman", the answer speaks of the post only as another body's
    ("Kremlin spokesman Dmitry Peskov"): it names someone, but not the holder asked about."""
    own = frozenset(OrganizationWords.of(request.catalog.organization).names)
    post = own_post_asked(request.reading.corrected, own)
    if post is None:
        return False
    words = _WORD.findall(stated(answer))
    found = [i for i, word in enumerate(words) if tokens(word) and tokens(word)[0] == post]
    if not found:
        return False  # the post unsaid is judged by the other checks
    return all(_of_another(words[max(0, i - _BEFORE) : i], own) for i in found)


def _of_another(before: list[str], own: frozenset[str]) -> bool:
    """The words just before the post name a body (a capitalised word) other than our own."""
    named = [word for word in before if word[:1].isupper()]
    said = {token for word in before for token in tokens(word)}
    return bool(named) and said.isdisjoint(own)
