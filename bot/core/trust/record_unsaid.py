"""A record given that does not say what a follow-up asks: a question about a summit answered by
one of the organization's standing records ("where was the summit then?" given the headquarters),
a yes/no question about a person answered by who he is ("did Pashinyan go further later that
year?" given his post), "is it part of the CSTO?" of a thing searched for answered by the state's
membership, and what a state joined in a year in play answered by its accession of another year."""

from __future__ import annotations

from bot.core.answering.check import synonym_stems
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import recorded_lines, specific_words
from bot.core.answering.retrieval import stems
from bot.core.api import Answer
from bot.core.language.lexicon import LEXICON, SUMMIT_WORDS
from bot.core.language.normalize import tokens
from bot.core.understanding.intent import Intent

# The organization's standing records: none of them is about one session. (The presidency's
# record is left out: the chair hands over at a session, and its facts say which one.)
_STANDING = frozenset(
    {
        Intent.ORG_OVERVIEW,
        Intent.ORG_FOUNDED,
        Intent.ORG_HEADQUARTERS,
        Intent.ORG_NAME,
        Intent.ORG_SECRETARIES,
    }
)


def session_unsaid(request: Request, answer: Answer) -> str | None:
    """What to say instead when a question naming a summit gets a standing record of the
    organization that names no session: which session was meant is not known."""
    if answer.intent not in _STANDING or not request.reading.has_any(SUMMIT_WORDS):
        return None
    if not SUMMIT_WORDS.isdisjoint(tokens(" ".join((answer.text, *answer.items)))):
        return None
    return (
        "I'm not sure which summit or session you mean, so I won't guess. "
        "Could you name its city or year?"
    )


_YES_NO = LEXICON.words("yes_no_openers")


def asks_yes_no_of_person(request: Request) -> bool:
    """A yes/no question read as asking who a person is ("did Pashinyan go further?")."""
    return request.understanding.intent == Intent.PERSON_OVERVIEW and bool(
        _YES_NO & set(request.reading.words[:1])
    )


def overview_unsaid(request: Request, answer: Answer) -> str | None:
    """What to say instead when a yes/no question ("did Pashinyan go further later that year?")
    gets a person's overview that says none of the question's own words: the overview only
    says who he is and his post, neither yes nor no to what was asked of him. (A summit's or a
    drill's overview is its whole record, and often does say it.)"""
    if answer.intent != Intent.PERSON_OVERVIEW or not asks_yes_no_of_person(request):
        return None
    # "Was that permanent?" leaning on a post just given asks of that post, which the overview
    # states ("Acting Secretary General"): only a person the question names is checked.
    named = set(request.reading.ids())
    if not named & set(request.understanding.subjects):
        return None
    asked = specific_words(request)
    # Everything the answer shows counts: a section may say it ("a cold" kept him away).
    said = stems(" ".join((answer.text, *answer.items, *recorded_lines(answer))))
    # A fact of the person's that says one of them may be given beside the overview ("was he
    # genuinely ill": "his office said he had a cold ... a diplomatic illness"): only when none
    # does is the overview all there would be.
    for person in named & set(request.understanding.subjects):
        said |= stems(" ".join(item.fact.text for item in request.catalog.related(person)))
    if not asked or any(_says(said, word) for word in asked):
        return None
    return "The fact base doesn't say that as asked, so I won't guess."


def _says(said: frozenset[str], word: str) -> bool:
    """Whether the stems said hold the word, or a longer word it begins ("ill": "illness")."""
    forms = synonym_stems(word)
    return bool(forms & said) or any(
        stem.startswith(form) for form in forms if len(form) >= 3 for stem in said
    )


def membership_of_thing_in_play(request: Request) -> bool:
    """ "So is it part of the CSTO setup?" after a search about Russia's base in Armenia: "it" is
    the thing searched for (the base), not the state that only named it; the state's membership
    record says nothing of the base, so the facts searched with the words carried answer."""
    understanding = request.understanding
    if understanding.intent != Intent.MEMBER_IS or not understanding.carried:
        return False
    # The state taken from the conversation, not named by the question ("is Russia in it?").
    return understanding.from_memory


def joined_unsaid(request: Request, answer: Answer) -> str | None:
    """What to say instead when a state's accession record answers a question asking what it
    joined in a given year ("which group did it join that same year?", 1999 in play) and none
    of its steps falls in that year: what it joined then is not in the record."""
    understanding = request.understanding
    if answer.intent != Intent.MEMBER_JOINED or understanding.intent != answer.intent:
        return None
    # Only a follow-up leaning on a state and a year in play; "is Belarus one of the original
    # 1992 signatories?" asks a yes/no its record answers.
    if not understanding.from_memory or _YES_NO & set(request.reading.words[:1]):
        return None
    if request.reading.has("when") or request.reading.has("before") or request.reading.has("after"):
        return None  # "when did it join after 1999": the year only bounds the step asked
    years = {date.year for date in request.understanding.dates}
    if not years or any(str(year) in answer.text for year in years):
        return None
    return "The fact base doesn't say what it joined then, so I won't guess."
