"""Answers about an office's order: who came before or after a holder, or held it n-th."""

from __future__ import annotations

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder, start_phrase
from bot.core.answering.respond import Request
from bot.core.api import Answer
from bot.core.knowledge.models import Body
from bot.core.language.lexicon import LEXICON
from bot.core.understanding.succession import Term, full_terms, office_terms, pick_terms

_ACTING = LEXICON.words("acting")
_ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")


def _office_title(terms: list[Term]) -> str:
    """The office's own title, as the body's holders list gives it."""
    return terms[0].title


def _person(request: Request, person: str) -> str:
    """'Stanislav Zas (Belarus)'."""
    catalog = request.catalog
    country = getattr(catalog.entities.get(person), "country", None)
    return f"{catalog.name(person)} ({catalog.name(country)})" if country else catalog.name(person)


def _period(term: Term) -> str:
    start = start_phrase(term.start, term.statement)
    end = f" to {term.end.human()}" if term.end and term.start else ""
    end = end or (f", until {term.end.human()}" if term.end else "")
    return f"{start}{end}"


def _cite(builder: AnswerBuilder, term: Term, text: str) -> str:
    builder.entities.append(term.person)
    return builder.cite(term.statement, term.fact_id, text)


def succession_answer(request: Request) -> Answer:
    """The holder before or after someone (an acting one with the next full term), or n-th."""
    builder = request.builder()
    succession = request.understanding.succession
    body = request.catalog.entities.get(succession.office) if succession else None
    terms = office_terms(request.catalog, body) if isinstance(body, Body) else []
    if succession is None or not terms:
        return builder.build(confidence=score.NOTHING, answered=False)
    title = _office_title(terms)
    if succession.ordinal is not None:
        return _nth(request, builder, terms, succession.ordinal, title)
    picked = pick_terms(terms, succession)
    anchor = succession.anchor or ""
    named = request.catalog.name(anchor)
    way = "after" if succession.step > 0 else "before"
    if not picked:
        builder.sentences.append(f"The fact base records no {title} {way} {named}.")
        return builder.build(confidence=score.NONE_RECORDED, answered=False)
    first, *rest = picked
    acting = " acting" if first.acting else ""
    builder.sentences.append(
        _cite(
            builder,
            first,
            f"{way.capitalize()} {named}, the{acting} {title} was {_person(request, first.person)}"
            f", {_period(first)}",
        )
    )
    for term in rest:
        then = "then took office" if way == "after" else "held the office before that"
        text = f"{_person(request, term.person)} {then}, {_period(term)}"
        builder.sentences.append(_cite(builder, term, text))
    return builder.build(confidence=score.SECTION)


def _nth(
    request: Request, builder: AnswerBuilder, terms: list[Term], ordinal: int, title: str
) -> Answer:
    counted = full_terms(terms)
    word = _ORDINAL_WORDS[ordinal - 1] if ordinal <= len(_ORDINAL_WORDS) else f"{ordinal}th"
    if ordinal > len(counted):
        builder.sentences.append(f"The fact base records only {len(counted)} {title}s.")
        return builder.build(confidence=score.NONE_RECORDED, answered=False)
    term = counted[ordinal - 1]
    text = (
        f"The {word} {title} was {_person(request, term.person)}, {_period(term)} "
        "(acting holders not counted)"
    )
    builder.sentences.append(_cite(builder, term, text))
    other = _nth_holder(terms, ordinal)
    if other is not None and other.person != term.person and not request.reading.has_any(_ACTING):
        # "The second one" does not say whether acting holders count: the other count too.
        acting = "acting, " if other.acting else ""
        text = (
            f"Counting acting holders, the {word} was {_person(request, other.person)} "
            f"({acting}{_period(other)})"
        )
        builder.sentences.append(_cite(builder, other, text))
    return builder.build(confidence=score.SECTION)


def _nth_holder(terms: list[Term], ordinal: int) -> Term | None:
    """The n-th person to hold the office, acting holders counted (each person once)."""
    firsts: dict[str, Term] = {}
    for term in terms:
        firsts.setdefault(term.person, term)
    holders = list(firsts.values())
    return holders[ordinal - 1] if ordinal <= len(holders) else None
