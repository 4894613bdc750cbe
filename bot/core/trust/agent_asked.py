"""Whether a record that says the act asked of ("then cancelled") leaves out who did it."""

from __future__ import annotations

import re

from bot.core.answering.check import Relation, asked, states_who, synonym_stems
from bot.core.answering.respond import Request
from bot.core.answering.retrieval import stems
from bot.core.api import Answer

_CLAUSE_END = re.compile(r"[;.]\s+")


def agent_unsaid(request: Request, record: Answer, words: set[str]) -> bool:
    """Asked who did something ("who called off Indestructible Brotherhood-2022"), the record's
    clauses that say the act ("planned for 10-14 October 2022, then cancelled") name no one
    the question does not: the record says it happened, not who did it, so a fact saying who
    is sought first (the record still answers when none is found). A clause naming the doers
    ("signed in Tashkent on 15 May 1992 by Armenia, ...") says who."""
    question = asked(request.reading.corrected, request.understanding.dates)
    if question.relation is not Relation.WHO:
        return False
    acts = [synonym_stems(word) for word in words]
    saying = [
        clause
        for clause in _CLAUSE_END.split(record.text)
        if any(forms & stems(clause) for forms in acts)
    ]
    return not any(states_who(question, clause) for clause in saying)
