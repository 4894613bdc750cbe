"""The engine's own replies: no answer and why, help, a greeting, membership of another body."""

from __future__ import annotations

from bot.core.answering import confidence as score
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.examples import suggestions_for
from bot.core.api import Answer
from bot.core.asking import MAX_QUESTION_CHARS
from bot.core.closed_world import other_membership_message, other_organization, strongly_in_domain
from bot.core.language.lexicon import LEXICON
from bot.core.language.linking import Reading, did_you_mean
from bot.core.loaded import LoadedKnowledge

_HELP_WORDS = LEXICON.words("help")
_GREETINGS = LEXICON.words("greetings")
# Words that may stand around a request for help ("what can you do") or a greeting ("hi there").
_HELP_FILLERS = LEXICON.words("help_fillers")
_GREETING_FILLERS = LEXICON.words("greeting_fillers")
UNRESOLVED = "I'm not sure what you are referring to. Could you name it?"
_WHY = "why"


def small_talk(loaded: LoadedKnowledge, question: str, reading: Reading) -> Answer | None:
    """Help asked ("what can you do") or a greeting ("hi", "thanks"): the help text, no answer."""
    words = set(reading.words)
    if not words:
        return None
    if words <= (_HELP_WORDS | _HELP_FILLERS) and words & _HELP_WORDS:
        return help_answer(loaded, question)
    if words <= _GREETINGS | _GREETING_FILLERS:
        return help_answer(loaded, question, greeting=True)
    return None


def other_membership(loaded: LoadedKnowledge, question: str, reading: Reading) -> Answer | None:
    """Membership of another organization: the closed world does not reach it."""
    if not other_organization(loaded, reading):
        return None
    return abstain(loaded, question, reading, other_membership_message(loaded))


def abstain(
    loaded: LoadedKnowledge,
    question: str,
    reading: Reading | None,
    message: str | None = None,
    *,
    understood: bool = False,
    leans_back: bool = False,
) -> Answer:
    """No answer: the message says why; `understood` questions are never called off topic,
    and one `leans_back` on nothing asked before is asked what it refers to."""
    builder = AnswerBuilder(loaded.catalog, question[:MAX_QUESTION_CHARS], "abstain")
    org = loaded.catalog.organization
    guesses = did_you_mean(loaded.linker, reading) if reading else []
    if reading and not guesses:
        guesses = list(reading.ids())[:3]
    suggestions = suggestions_for(loaded.catalog, guesses) or list(loaded.samples[:3])
    if message is None:
        off = (
            not understood
            and reading is not None
            and loaded.understander.is_off_topic(reading, loaded.linker.vocabulary, loaded.foreign)
            and not strongly_in_domain(loaded, reading)
        )
        if guesses and understood and reading is not None and _WHY in reading.words:
            # Understood, and the subject's facts searched: none gives a reason.
            message = (
                f"No fact I hold in the {org.abbreviation} fact base gives a reason for "
                "that, so I won't guess. Did you mean one of these?"
            )
        elif guesses and understood:
            message = (
                f"I couldn't find a fact in the {org.abbreviation} fact base that answers "
                "that as asked, so I won't guess. Did you mean one of these?"
            )
        elif guesses:
            message = "I'm not sure I understood that. Did you mean one of these?"
        elif leans_back:
            message = UNRESOLVED
        elif off:
            message = (
                f"I can only answer questions about the {org.name} ({org.abbreviation}): "
                "its members, summits, bodies, people and conflicts."
            )
        else:
            message = f"I don't know that from the {org.abbreviation} fact base, so I won't guess."
    builder.sentences.append(message)
    builder.suggestions.extend(suggestions)
    builder.entities.extend(guesses)
    return builder.build(confidence=score.NOTHING, answered=False)


def help_answer(loaded: LoadedKnowledge, question: str, greeting: bool = False) -> Answer:
    """What the bot answers, with example questions; opened by a hello if greeted."""
    builder = AnswerBuilder(loaded.catalog, question[:MAX_QUESTION_CHARS], "help")
    opener = "Hello! " if greeting else ""
    org = loaded.catalog.organization
    builder.sentences.append(
        f"{opener}I answer questions about the {org.name} ({org.abbreviation}): "
        "its members and their history, summits, bodies, secretaries general, people and "
        "conflicts. Every answer names its sources and the date it held. For example:"
    )
    builder.items.extend(loaded.samples)
    builder.suggestions.extend(loaded.samples[:3])
    return builder.build(confidence=score.HELP, answered=False)
