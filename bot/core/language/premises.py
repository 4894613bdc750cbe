"""The asker's own premise before the question ("X left in 2016 and Y started in May 2017, so
who ran it in March 2017?"): the question after it, when it stands alone, is what is asked."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.core.language.lexicon import ANAPHORA, LEXICON
from bot.core.language.normalize import tokens
from bot.core.language.temporal import find_dates

# A comma (or dash, or sentence mark) before a space ends the premise; "2,000" is no end.
_CLAUSE_END = re.compile(r"(?:(?<=[?.!;:])|,|\s[-\u2013\u2014]+)\s+")
_JOINS = LEXICON.words("premise_joins")
_ASKING = LEXICON.words("interrogatives")
_YES_NO = LEXICON.words("yes_no_openers")
# Words by which a question leans on what came before it ("so who came in his place").
_POINTING = ANAPHORA | LEXICON.words("next_in_turn")
_PREMISE_AND_QUESTION = 2  # clauses at least
_SHORTEST = 3  # "so", a question word and one word more
_FIRST_WORD = re.compile(r"^\s*\S+\s+")


def after_premise(question: str) -> str:
    """The last clause, without its "so", when it opens with a question word, has a date of its
    own and points back at nothing: the premise says what the asker knows, the clause what is
    asked. Otherwise the question as it is ("Nazarbayev skipped Yerevan, so who came in his
    place" needs the premise for its summit and its "his")."""
    clauses = _CLAUSE_END.split(question.strip())
    if len(clauses) < _PREMISE_AND_QUESTION:
        return question
    last = clauses[-1]
    words = tokens(last)
    if len(words) < _SHORTEST or words[0] not in _JOINS or words[1] not in _ASKING:
        return question
    asked = words[1:]
    if not _POINTING.isdisjoint(asked) or not find_dates(last):
        return question
    return _FIRST_WORD.sub("", last, count=1).strip()


# "Was Uzbekistan there even though it's not a member anymore?": what follows a concession is
# the asker's own premise, not what is asked.
_CONCESSION = re.compile(
    r"[\s,]+(?:even\s+)?(?:"
    + "|".join(sorted(LEXICON.words("concession_openers"), key=len, reverse=True))
    + r")\b.*$",
    re.IGNORECASE | re.DOTALL,
)


def before_concession(question: str) -> str:
    """The yes/no question before a trailing concession ("... even though it's not a member
    anymore"); else the question as it is: "why did it stay although ..." asks of the contrast."""
    found = _CONCESSION.search(question)
    if found is None:
        return question
    asked = question[: found.start()]
    words = tokens(asked)
    if len(words) < _SHORTEST - 1 or words[0] not in _YES_NO:
        return question
    return asked.rstrip(" ,") + "?"


# "The headquarters is in Minsk since Belarus hosts so many of the meetings. Is that right?":
# the asker's reason for a claim put up for checking says why they believe it, not what is
# checked. Not "because of" (a cause named in the claim) nor "since" before a time.
_REASON = re.compile(
    r"\s+(?:"
    + "|".join(sorted(LEXICON.words("reason_openers"), key=len, reverse=True))
    + r")\s+(?!of\b)(?P<reason>[^.?!;,]+)",
    re.IGNORECASE,
)
_VERIFY = LEXICON.words("verify") | LEXICON.words("claim_tags")
_CHECK_WORDS = 4  # "is that right", "true or not": the check after a claim is short


def without_reason(question: str) -> str:
    """A claim put up for checking, without the asker's reason for believing it; else the
    question as it is ("did Uzbekistan leave because of Karimov" asks of the reason)."""
    found = _REASON.search(question)
    if found is None or find_dates(found["reason"]) or len(tokens(question[: found.start()])) < 3:
        return question
    check = tokens(question[found.end() :])
    if not check or len(check) > _CHECK_WORDS or _VERIFY.isdisjoint(check):
        return question
    return question[: found.start()] + question[found.end() :]


# "... weren't at the Tashkent signing. In which year did they come on board?": a sentence
# mark ends the premise; the question after it may stand on what the premise names.
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_SEVERAL = frozenset({"they", "them"})
_SEVERAL_NAMED = 2
_ASK_REACH = 3  # "in which year did they": the question word opens the question


def premise_named(question: str, names: Callable[[str], list[str]]) -> str | None:
    """The question after a premise, its pronoun written as what the premise names
    ("Belorussia, Georgia and Azerbaijan weren't at the Tashkent signing. In which year did they
    come on board?" asks when Belarus, Georgia and Azerbaijan joined); None when the question
    names something itself, opens with no question word, or the premise names fewer than two
    states or people for its "they". `names`: the states and people a text names."""
    sentences = _SENTENCE_END.split(question.strip())
    if len(sentences) < _PREMISE_AND_QUESTION:
        return None
    last = sentences[-1]
    words = tokens(last)
    pronoun = next((word for word in words if word in _SEVERAL), None)
    # The cheap word checks first: reading names links the text.
    if pronoun is None or _ASKING.isdisjoint(words[:_ASK_REACH]) or names(last):
        return None
    named = names(" ".join(sentences[:-1]))
    # One name leaves "it" or "they" open to the event, the dates or the facts the premise
    # speaks of too ("Armenia asked for help. What did it get?"); several are what "they" are.
    if len(named) < _SEVERAL_NAMED:
        return None
    spoken = f"{', '.join(named[:-1])} and {named[-1]}"
    return re.sub(rf"\b{pronoun}\b", spoken, last, count=1, flags=re.IGNORECASE)
