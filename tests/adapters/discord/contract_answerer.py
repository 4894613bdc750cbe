"""A tiny Answerer that honours the protocol's contract, used until the real Engine lands.

It answers a handful of questions from a fixed table, abstains with suggestions otherwise,
completes subjects with rapidfuzz (so typos work), and remembers each conversation's subject
so follow-ups ("when did it join?") resolve. It stands in for the core, not for the adapter.
"""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

from bot.core.answer import Answer, Context, Section, SourceRef
from bot.core.engine import Completion, SubjectKind

VERSION = "fixture-1"
TASS = SourceRef(id="tass", title="TASS", date="2012-06-28", url="https://tass.example/csto")
TREATY = SourceRef(id="treaty", title="Collective Security Treaty", date="1992-05-15")

SUBJECTS: dict[str, SubjectKind] = {
    "Azerbaijan": "country",
    "Armenia": "country",
    "Uzbekistan": "country",
    "Nagorno-Karabakh conflict": "conflict",
    "2022 Yerevan summit": "summit",
}
SAMPLES = ("When did Azerbaijan leave the CSTO?", "When did Armenia join the CSTO?")
# (subject, keyword in the question) -> answer text
FACTS = {
    ("Azerbaijan", "leave"): "Azerbaijan left the CSTO in 1999 by not renewing the treaty.",
    ("Azerbaijan", "join"): "Azerbaijan joined the Collective Security Treaty in 1993.",
    ("Armenia", "join"): "Armenia signed the Collective Security Treaty on 15 May 1992.",
    ("Armenia", "leave"): "Armenia froze its participation in 2024 but has not left.",
    ("Uzbekistan", "membership"): "Uzbekistan joined in 1992, left in 1999, rejoined in 2006.",
}
TIMELINES = {"Uzbekistan": ("1992: joined", "1999: left", "2006: rejoined", "2012: suspended")}


class ContractAnswerer:
    """Answers from FACTS; a follow-up without a subject reuses the conversation's last one."""

    def __init__(self) -> None:
        self._subjects: dict[str, str] = {}

    @property
    def knowledge_version(self) -> str:
        """The fixture's version string."""
        return VERSION

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Answer from the table, or abstain with suggestions."""
        key = context.conversation if context and context.conversation else None
        subject = next((s for s in SUBJECTS if s.lower() in question.lower()), None)
        subject = subject or (self._subjects.get(key) if key else None)
        if subject and key:
            self._subjects[key] = subject
        for (fact_subject, keyword), text in FACTS.items():
            if fact_subject == subject and keyword in question.lower():
                return Answer(
                    question=question,
                    answered=True,
                    text=text,
                    sections=_timeline(subject),
                    sources=(TASS, TREATY),
                    as_of=("2024-06-01",),
                    confidence=0.9,
                    intent="membership",
                    entities=(subject,),
                    knowledge_version=VERSION,
                )
        return Answer(
            question=question,
            answered=False,
            text="I can only answer questions about the CSTO, and I'm not sure about this one.",
            confidence=0.0,
            intent="unknown",
            suggestions=SAMPLES,
            knowledge_version=VERSION,
        )

    def complete(
        self, text: str, kind: SubjectKind | None = None, limit: int = 25
    ) -> list[Completion]:
        """Subjects of `kind` (and samples when kind is None) close to `text`."""
        names = [name for name, k in SUBJECTS.items() if kind is None or k == kind]
        if kind is None:
            names += list(SAMPLES)
        if not text.strip():
            return [Completion(name, name) for name in names[:limit]]
        found = process.extract(
            text, names, scorer=fuzz.WRatio, processor=utils.default_process, score_cutoff=60
        )
        return [Completion(name, name) for name, _, _ in found[:limit]]

    def help(self) -> Answer:
        """What the fixture can answer."""
        return Answer(
            question="help",
            answered=True,
            text="Ask me about CSTO members, summits and conflicts.",
            items=SAMPLES,
            confidence=1.0,
            intent="help",
            knowledge_version=VERSION,
        )


def _timeline(subject: str) -> tuple[Section, ...]:
    lines = TIMELINES.get(subject)
    return (Section(title="Membership timeline", lines=lines),) if lines else ()
