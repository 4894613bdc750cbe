"""The question engine: question text in, structured Answer out. Never raises on user input."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import count, pairwise
from typing import TypeVar

from bot.core.answering import confidence as score
from bot.core.answering.check import (
    Asked,
    Content,
    Relation,
    asked,
    asks_other_body,
    attribute_stems,
    attribute_words,
    counted_thing,
    coverage,
    dates_after,
    future_year,
    later_parts,
    names_year_from,
    other_organizations,
    outside_time_clauses,
    reason_of_year,
    records_a_gap,
    records_unseen,
    said_by_period,
    says_part,
    speaks_of_other_body,
    states_also,
    states_as_often,
    states_asked_of_part,
    states_day,
    states_day_in_month,
    states_each,
    states_lineage,
    states_loose_reason,
    states_order,
    states_person,
    states_place,
    states_purpose,
    states_reason,
    states_response,
    states_who,
    synonym_stems,
    telling_domain_words,
    ties_to_unplaced_time,
    unchecked_part,
)
from bot.core.answering.claimed import (
    names_subject,
    one_time_checked,
    outside_record,
    post_start_checked,
    recurring_checked,
)
from bot.core.answering.clauses import breaks
from bot.core.answering.combine import PartAnswer, combined
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.detail import Missing, leaves_out_detail, says_a_detail
from bot.core.answering.examples import sample_questions, suggestions_for
from bot.core.answering.excluded import gives_left_out, without_left_out
from bot.core.answering.kinds import HANDLERS, LIST_FIRST
from bot.core.answering.lookup import describe
from bot.core.answering.ordering import Dated, dated, ordered
from bot.core.answering.respond import Request
from bot.core.answering.respond.organization import leaders_recorded_elsewhen
from bot.core.answering.respond.people import asks_earlier_post, unrecorded_career
from bot.core.answering.respond.search import (
    answer_coverage,
    clause_words,
    content_words,
    has_topic_cue,
    name_stems,
    own_name_words,
    people_named,
    person_stems,
    place_words,
    places_of,
    recorded_lines,
    says_every_word,
    search_answer,
    source_state,
    speaks_of,
    specific_words,
    stated,
    topic_words,
)
from bot.core.answering.respond.signing import signing_answer
from bot.core.answering.retrieval import Retriever, stem, stems
from bot.core.answering.statements import (
    counted_in_one_statement,
    dates_another_step,
    leaves_out_source,
    leaves_out_speaker,
)
from bot.core.api import Answer, Completion, Context, SubjectKind
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Knowledge
from bot.core.language.asides import set_aside
from bot.core.language.lexicon import (
    CONFLICT_NOUNS,
    LEXICON,
    NOT_SPECIFIC,
    OFF_TOPIC,
    STOPWORDS,
    SUMMIT_WORDS,
)
from bot.core.language.linking import (
    Linker,
    Mention,
    Reading,
    complete_names,
    did_you_mean,
    name_words,
)
from bot.core.language.normalize import tokens
from bot.core.language.organization import OrganizationWords
from bot.core.language.phrasal import one_verb
from bot.core.language.quotes import quoted_only
from bot.core.language.reference import points_at_organization
from bot.core.language.temporal import find_dates, is_date_word, merge_dates
from bot.core.understanding.anchors import AnchorReader
from bot.core.understanding.claims import (
    Claim,
    claim_readings,
    claimed_year,
    disputed_when,
    puts_up_claim,
    without_sources,
)
from bot.core.understanding.dealings import Dealings
from bot.core.understanding.hedges import unhedged
from bot.core.understanding.inplay import InPlay
from bot.core.understanding.intent import Intent
from bot.core.understanding.intents import MEMBER_WORDS
from bot.core.understanding.leaders import leader_in_play, state_leader
from bot.core.understanding.memory import (
    ConversationMemory,
    Topic,
    aside,
    events_in_play,
    group_in_play,
    time_in_play,
)
from bot.core.understanding.naming import (
    city_as_state,
    his_state_in_play,
    name_in_play,
    source_city_as_state,
    there_in_play,
)
from bot.core.understanding.opinion import asks_opinion
from bot.core.understanding.order import OrderAsk, order_ask
from bot.core.understanding.others import others_question, without_answerers
from bot.core.understanding.parts import Part, question_parts
from bot.core.understanding.pronouns import as_words, person_in_play
from bot.core.understanding.rule_asked import rule_acts
from bot.core.understanding.series import neighbour_in_series
from bot.core.understanding.shifts import bare_turn, dated_edge, moved_on, shifted_question
from bot.core.understanding.signing import signing_in_play
from bot.core.understanding.subjects import foreign_acronyms
from bot.core.understanding.succession import SuccessionReader, pick_terms
from bot.core.understanding.swaps import past_leaning, swapped_question
from bot.core.understanding.understand import Understander, Understanding

logger = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 2_000
# Words asking for the whole story of an event ("what happened at"), not one of its facts.
_WHOLE_STORY = LEXICON.words("happenings_asked")
_HELP_WORDS = LEXICON.words("help")
_SPEECH_VERBS = LEXICON.words("reported_speech")
_ASKER = LEXICON.words("asker")
_GREETINGS = LEXICON.words("greetings")
# Words that may stand around a request for help ("what can you do") or a greeting ("hi there").
_HELP_FILLERS = LEXICON.words("help_fillers")
_GREETING_FILLERS = LEXICON.words("greeting_fillers")
_MEMBERSHIP = LEXICON.words("asks_membership")
_STRONG_DOMAIN = LEXICON.words("domain_strong")
_CLAUSE_BREAKS = LEXICON.words("clause_breaks")
_PICKERS = LEXICON.words("picking_determiners")  # "which summit": a summit asked for
_STATUS_INTENTS = frozenset({Intent.MEMBER_STATUS, Intent.MEMBER_IS})
_WHEN_ASKED = frozenset({Relation.WHEN, Relation.DAY})
# Cues of acts a subject does once, whose claimed year a fact of another year corrects.
_ONE_TIME_ACTS = ("join", "leave", "founded")
# Words of taking up a post ("became", "took over"): a claimed year dates the term's start.
_TOOK_OFFICE = LEXICON.words("took_office")
_TAKE = LEXICON.words("take_over")  # "took" starts a term only before "over"
_POST_KINDS = frozenset({"person", "body", "organization"})
# A state's acts done once that its own record states ("acceded on ...", "left in ...").
_RECORDED_ACTS = {Intent.MEMBER_JOINED: "country", Intent.MEMBER_LEFT: "country"}
# Readings that keep all the claim but its year or where it was heard: what they find can confirm
# it ("yes"); one without its place ("signed in Tashkent") cannot.
_WHOLE_CLAIMS = frozenset({"source", "year"})
# A person's record of their posts gives the end of a term ("until 2016").
_RECORDED_TERMS = {Intent.PERSON_OVERVIEW: "person"}
# The subjects a claim says something of that its answer must speak of: people and states.
_IN_CLAIMS = frozenset({"person", "country"})
# Answers that list the summits of a time say themselves when none was held.
_SUMMIT_LISTS = frozenset({Intent.SUMMIT_LIST, Intent.SUMMIT_NEXT})
_ORDINALS = LEXICON.words("ordinals")
_RANKS = _ORDINALS | LEXICON.words("size_ranks")
_UNIT_NOUNS = LEXICON.words("unit_nouns")
_STATE_OFFICES = LEXICON.words("state_office_nouns")
_OFFICE_REACH = 3
_TERM_OPENERS = LEXICON.words("term_openers")
_LIST_SUFFIX = ".list"  # intents that answer with a list read off the records
# Conversations of the parts of one question ("who heads it and whom did he replace"): the
# prefix cannot be a platform's key, and the count keeps concurrent questions apart.
_SCRATCH = "\x00parts:"
# Intents that describe a subject as a whole: a description does not date one event.
_OVERVIEW = ".overview"
_PERSONAL = LEXICON.words("personal_pronouns")
_POINTERS = LEXICON.words("pronouns") | LEXICON.words("group_reference")
_SCRATCH_COUNT = count()
_Result = TypeVar("_Result")
_UNRESOLVED = "I'm not sure what you are referring to. Could you name it?"
# Steps a member state takes: "it" taking one is a state, which the question does not say.
_MEMBERSHIP_STEPS = LEXICON.words("membership_change")
_ORG_PRONOUNS = LEXICON.words("neuter_pronouns") | LEXICON.words("plural_pronouns")
_OWNED_BY_PRONOUN = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:it|they|them)\b", re.IGNORECASE)
_STATE_INTENTS = ("member.", "person.")
_ORG_ASKS = LEXICON.words("organization_asks")
_WHY = "why"
_OPINION = (
    "I report what the sources record, not views or advice of my own, so I won't give one. "
    "I can tell you what happened or what those involved said."
)


@dataclass(frozen=True, slots=True)
class _Parts:
    """The answers to the parts of one question, and the topic the last of them left."""

    parts: tuple[PartAnswer, ...]
    topic: Topic | None


@dataclass(frozen=True, slots=True)
class _Loaded:
    """Everything derived from one Knowledge; swapped as a whole on reload."""

    catalog: Catalog
    linker: Linker
    understander: Understander
    retriever: Retriever
    samples: tuple[str, ...]
    foreign: frozenset[str]
    dealings: Dealings
    cities: frozenset[str]
    anchors: AnchorReader
    in_play: InPlay
    succession: SuccessionReader
    places: frozenset[str]  # the cities and the states' name words: an answer naming one says where
    people: frozenset[str]  # the stems of every known person's names: an answer naming one says who


def _derive(knowledge: Knowledge) -> _Loaded:
    catalog = Catalog(knowledge)
    linker = Linker(catalog)
    understander = Understander(catalog, linker)
    retriever = Retriever(catalog)
    foreign = foreign_acronyms(catalog)
    cities = frozenset(understander.finder.city_index)
    return _Loaded(
        catalog,
        linker,
        understander,
        retriever,
        tuple(sample_questions(catalog)),
        foreign,
        Dealings(catalog, foreign),
        cities,
        AnchorReader(catalog, linker, understander, retriever),
        InPlay(catalog, linker, understander),
        SuccessionReader(catalog, understander),
        cities | place_words(catalog),
        person_stems(catalog),
    )


class Engine:
    """Answers questions from one Knowledge, remembering the subject per conversation."""

    def __init__(
        self,
        knowledge: Knowledge,
        *,
        memory: ConversationMemory | None = None,
        today: Callable[[], dt.date] = dt.date.today,
        strict: bool = False,
    ) -> None:
        self._loaded = _derive(knowledge)
        self._memory = memory or ConversationMemory()
        self._today = today
        # Strict: a bug propagates, so tests see it; adapters' error boundaries apologise.
        self._strict = strict

    def __getstate__(self) -> dict[str, object]:
        # A snapshot keeps what was derived from the knowledge; conversations start afresh.
        return {"loaded": self._loaded, "strict": self._strict}

    def __setstate__(self, state: dict[str, object]) -> None:
        loaded = state["loaded"]
        if not isinstance(loaded, _Loaded):
            raise TypeError("not an engine snapshot")
        self._loaded = loaded
        self._memory = ConversationMemory()
        self._today = dt.date.today
        self._strict = bool(state.get("strict", False))

    @property
    def knowledge(self) -> Knowledge:
        """The knowledge currently served."""
        return self._loaded.catalog.knowledge

    @property
    def knowledge_version(self) -> str:
        """A short identifier of the knowledge being served."""
        return self.knowledge.version

    def replace_knowledge(self, knowledge: Knowledge) -> None:
        """Swap in new knowledge; everything derived is built first, then swapped in one step."""
        self._loaded = _derive(knowledge)

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Answer one question; a failure becomes an apology unless the engine is strict."""
        loaded = self._loaded  # one consistent snapshot even if a reload happens meanwhile
        text = question if isinstance(question, str) else ""
        if self._strict:
            return self._answer(loaded, text, context or Context())
        try:
            return self._answer(loaded, text, context or Context())
        except Exception:
            logger.exception("the engine failed on a question")
            builder = AnswerBuilder(loaded.catalog, text[:200], "error")
            builder.sentences.append("Sorry, something went wrong while answering that.")
            return builder.build(confidence=score.NOTHING, answered=False)

    def describe(self, kind: SubjectKind, query: str, context: Context | None = None) -> Answer:
        """One subject of a kind, named by a command's value: its overview, a choice, or none."""
        loaded = self._loaded
        try:
            found = describe(
                loaded.catalog,
                loaded.linker,
                kind,
                query,
                today=self._today(),
                cities=loaded.cities,
            )
        except Exception:
            if self._strict:
                raise
            logger.exception("the engine failed on a lookup")
            builder = AnswerBuilder(loaded.catalog, query[:200], "error")
            builder.sentences.append("Sorry, something went wrong while looking that up.")
            return builder.build(confidence=score.NOTHING, answered=False)
        if found.request is not None and found.answer.answered:
            self._remember(context or Context(), found.request, found.answer)
        return found.answer

    def _answer(self, loaded: _Loaded, question: str, context: Context) -> Answer:
        asked_order = order_ask(question[:MAX_QUESTION_CHARS])
        in_order = None if asked_order is None else self._in_order(loaded, asked_order, context)
        if in_order is not None:
            return replace(in_order, question=question[:MAX_QUESTION_CHARS])
        parts = question_parts(question[:MAX_QUESTION_CHARS])
        if len(parts) < 2 or not _answerable_in_parts(loaded, question):
            found = self._answer_one(loaded, question, context)
            if found.answered:
                return (
                    self._claim_passed_over(loaded, question, context, found)
                    or self._claim_pulled_in(loaded, question, context, found)
                    or self._term_claimed(loaded, question, context, found)
                    or _claim_verdict(loaded, question, found)
                )
            return (
                self._checked_claim(loaded, question, context)
                or self._record_claim(loaded, question)
                or self._sources_set_aside(loaded, question, context)
                or found
            )
        answered = self._answer_parts(loaded, parts, context)
        whole = self._answer_one(loaded, question, context)
        if not whole.answered and answered.topic is not None:
            self._memory.remember(context.conversation, answered.topic)
        org = loaded.catalog.organization.abbreviation
        joined = combined(whole, answered.parts, org, _PartCheck(loaded))
        if not joined.answered:  # "The article says ... . Which drill was it?": the claim asked
            joined = self._sources_set_aside(loaded, question, context) or joined
        if not joined.text.strip():  # an answer without words is never given
            return self._abstain(loaded, question, None, understood=True)
        return joined

    def _checked_claim(self, loaded: _Loaded, question: str, context: Context) -> Answer | None:
        """A claim no answer confirms as put ("Georgia signed the treaty in 1992, correct?"),
        read without where it was heard, its place, its year or the end of its term: the facts
        of the act so found, corrected where they settle it."""
        clipped = question[:MAX_QUESTION_CHARS]
        for claim in claim_readings(clipped, loaded.cities):
            found = self._claim_checked(loaded, claim, context) or self._act_on_record(
                loaded, claim
            )
            if found is not None:
                return replace(found, question=clipped)
        return None

    def _claim_passed_over(
        self, loaded: _Loaded, question: str, context: Context, found: Answer
    ) -> Answer | None:
        """A claim answered without a word of a state or person it names ("Belarus was one of
        the countries that signed in Tashkent in 1992"): the claim checked, if that names them."""
        clipped = question[:MAX_QUESTION_CHARS]
        if not puts_up_claim(clipped):
            return None
        named = [
            subject
            for subject in loaded.linker.read(clipped).ids()
            if loaded.catalog.kinds.get(subject) in _IN_CLAIMS
        ]
        passed_over = [s for s in named if not names_subject(loaded.catalog, found, s)]
        if not passed_over:
            return None
        # Checked in a conversation of its own: the answer just given is no topic to lean on.
        checked, after = self._aside(lambda scratch: self._checked_claim(loaded, question, scratch))
        if checked is None or not all(
            names_subject(loaded.catalog, checked, s) for s in passed_over
        ):
            return None
        if after is not None:  # what the conversation is about is what the check answered
            self._memory.remember(context.conversation, after)
        return checked

    def _claim_pulled_in(
        self, loaded: _Loaded, question: str, context: Context, found: Answer
    ) -> Answer | None:
        """A claim dated to a year, answered by the span of a conflict it does not name that its
        state and year alone pointed to ("Russia pledged weapons to Armenia in 2020, right?" ->
        the Karabakh war's years): the claim checked without its year, when that finds its act.
        A conflict's span says nothing of an act a claim dates; its part in it (troops sent) may."""
        clipped = question[:MAX_QUESTION_CHARS]
        if found.intent != Intent.CONFLICT_YEAR or not found.entities:
            return None
        if claimed_year(clipped) is None or not puts_up_claim(clipped):
            return None
        pulled = found.entities[0]
        if pulled in loaded.linker.read(clipped).ids():
            return None
        checked, after = self._aside(lambda scratch: self._checked_claim(loaded, question, scratch))
        if checked is None or pulled in checked.entities[:1]:
            return None
        if after is not None:  # what the conversation is about is what the check answered
            self._memory.remember(context.conversation, after)
        return checked

    def _sources_set_aside(self, loaded: _Loaded, question: str, context: Context) -> Answer | None:
        """A question that reports what sources say, answered without their word: its sentences
        that ask ("When did Uzbekistan rejoin? One book says 2008."), else its sentences without
        the sources' openings, else the act its sources date differently asked "when" ("my
        teacher wrote 2002 but my textbook says 1992")."""
        clipped = question[:MAX_QUESTION_CHARS]
        for asked_alone in (*without_sources(clipped), disputed_when(clipped)):
            # "I read that Belarus left. Is that right?": what is left must name its subject.
            if asked_alone is None or not loaded.linker.read(asked_alone).ids():
                continue
            # Answered as any question is (its parts, its claim): what is left reports no source,
            # so this asks no further.
            found = self._answer(loaded, asked_alone, context)
            if found.answered:
                return replace(found, question=clipped)
        return None

    def _record_claim(self, loaded: _Loaded, question: str) -> Answer | None:
        """A claim about people in an event's closed record ("Lukashenko skipped the Yerevan
        summit, didn't he?"), answered by the record, which does not name them."""
        clipped = question[:MAX_QUESTION_CHARS]
        if not puts_up_claim(clipped):
            return None
        reading = unhedged(loaded.linker.read(clipped))
        reading, understanding = self._understand(loaded, reading, find_dates(clipped), None)
        if len(understanding.subjects) != 1:
            return None
        request = Request(loaded.catalog, reading, understanding, self._today(), loaded.cities)
        found = self._dispatch(loaded, request)
        if found is None or not found.answered:
            return None
        event = understanding.subjects[0]
        checked = outside_record(loaded.catalog, found, understanding.intent, event, reading.ids())
        return None if checked is None else replace(checked, question=clipped)

    def _act_on_record(self, loaded: _Loaded, claim: Claim) -> Answer | None:
        """A claim of a state's joining or leaving, or of the end of someone's term, that the
        fact search misses ("Georgia signed the original treaty ..." finds the renewal others
        signed): the subject's own record of it, corrected as the facts would be."""
        reading = unhedged(loaded.linker.read(claim.question))
        reading, understanding = self._understand(loaded, reading, find_dates(claim.question), None)
        subjects = understanding.subjects
        records = _RECORDED_TERMS if claim.kind == "term" else _RECORDED_ACTS
        kind = records.get(understanding.intent)
        if kind is None or len(subjects) != 1 or loaded.catalog.kinds.get(subjects[0]) != kind:
            return None
        request = Request(loaded.catalog, reading, understanding, self._today(), loaded.cities)
        found = self._dispatch(loaded, request)
        if found is None or not found.answered or not found.facts:
            return None
        if claim.kind == "term":  # the record's terms, no verdict (several posts may be held)
            return found
        confirm = claim.kind in _WHOLE_CLAIMS
        return one_time_checked(found, _claim_year(claim), subjects, confirm=confirm)

    def _term_claimed(
        self, loaded: _Loaded, question: str, context: Context, found: Answer
    ) -> Answer | None:
        """A claim of when a term ends ("Bordyuzha ran the secretariat only until 2010, right?")
        answered by its own question ("until when ..."), when that answer is the surer one."""
        clipped = question[:MAX_QUESTION_CHARS]
        terms = [c for c in claim_readings(clipped, loaded.cities) if c.kind == "term"]
        if not terms:
            return None
        checked, after = self._aside(
            lambda scratch: (
                self._claim_checked(loaded, terms[0], scratch)
                or self._act_on_record(loaded, terms[0])
            )
        )
        if checked is None or checked.confidence <= found.confidence:
            return None
        if after is not None:
            self._memory.remember(context.conversation, after)
        return replace(checked, question=clipped)

    def _aside(
        self, ask: Callable[[Context], _Result], seed: Topic | None = None
    ) -> tuple[_Result, Topic | None]:
        """`ask` run in a scratch conversation, forgotten after: its result, and what that
        conversation was then about (for the caller to keep if it takes the answer). `seed`:
        what the scratch conversation starts out about (the user's topic in play)."""
        scratch = Context(conversation=f"{_SCRATCH}{next(_SCRATCH_COUNT)}")
        if seed is not None:
            self._memory.remember(scratch.conversation, seed)
        try:
            return ask(scratch), self._memory.recall(scratch.conversation)
        finally:
            self._memory.forget(scratch.conversation)

    def _claim_checked(self, loaded: _Loaded, claim: Claim, context: Context) -> Answer | None:
        """The claim's act as the facts state it, led by the correction of its year."""
        found = self._answer_one(loaded, claim.question, context)
        # "Until when may the base stay" may be answered by the sources' accounts of the term
        # alone (disputes, no facts): they check a claim of its end as well.
        term_accounts = claim.kind == "term" and bool(found.disputes)
        if not found.answered or not (found.facts or term_accounts):
            return None
        if claim.kind == "term":  # "until when does it run": the facts of the term, no verdict
            return found
        reading = loaded.linker.read(claim.question)
        year = _claim_year(claim)
        # Only acts a subject does once (joining, leaving, founding, signing) are settled by the
        # fact of the act: a drill or a deployment of another year may be another event.
        if any(reading.has(cue) for cue in _ONE_TIME_ACTS):
            confirm = claim.kind in _WHOLE_CLAIMS
            return one_time_checked(found, year, reading.ids(), confirm=confirm)
        org = loaded.catalog.organization.id
        named = [subject for subject in reading.ids() if subject != org]
        return recurring_checked(loaded.catalog, found, claim, year, named)

    def _answer_parts(self, loaded: _Loaded, parts: tuple[Part, ...], context: Context) -> _Parts:
        """Each ask answered on its own, in a scratch conversation so that a later part leans
        on the one before ("and whom did he replace")."""
        before = self._memory.recall(context.conversation)

        def each(scratch: Context) -> tuple[PartAnswer, ...]:
            answered: list[PartAnswer] = []
            for part in parts:
                read = loaded.linker.read(part.question)
                leans = not read.ids()
                # "how old is he and what did he do before the csto": "he" is the one the part
                # before asked about, whatever else this part names.
                points_back = leans or read.has_any(_PERSONAL)
                if points_back and answered and not answered[-1].answer.answered:
                    # "... and who signed" names nothing of its own: with the part before it
                    # unanswered, it has no subject, and read alone it would find any signing.
                    answer = self._abstain(loaded, part.question, None, understood=True)
                else:
                    answer = self._answer_one(loaded, part.question, scratch)
                if leans and not read.has_any(_POINTERS) and not _speaks_of_own(read, answer):
                    alone = self._own_thing(loaded, part.question, read)
                    # Answered alone, the part leans on nothing: its answer stands on its own.
                    answer, leans = (alone, False) if alone is not None else (answer, leans)
                answered.append(PartAnswer(part.question, answer, part.asked, leans))
            return tuple(answered)

        answered, after = self._aside(each, seed=before)
        return _Parts(answered, after if after is not before else None)

    def _in_order(self, loaded: _Loaded, asked: OrderAsk, context: Context) -> Answer | None:
        """Which of two events came first, each dated by its own "when" question asked alone;
        the second, if not dated so, asked again after the first, on which it may lean ("the
        signing of its agreement")."""
        before = self._memory.recall(context.conversation)
        first_ask, second_ask = asked.questions()

        def when(ask: str, event: str, scratch: Context) -> Dated:
            answer = self._answer_one(loaded, ask, scratch)
            if answer.intent.endswith(_OVERVIEW):
                # "When was the peacekeeping force" read as a description: its facts date other
                # things (its size in 2016); asked when it was created instead.
                answer = self._answer_one(loaded, asked.founding(event), scratch)
                if answer.intent.endswith(_OVERVIEW):
                    return Dated(event, answer)
            return dated(event, answer, asked.scope)

        def alone(ask: str, event: str) -> Dated:
            return self._aside(lambda scratch: when(ask, event, scratch), seed=before)[0]

        def leaning(scratch: Context) -> Dated:
            self._answer_one(loaded, first_ask, scratch)
            return when(second_ask, asked.second, scratch)

        first = alone(first_ask, asked.first)
        second = alone(second_ask, asked.second)
        if second.date is None:
            second = self._aside(leaning, seed=before)[0]
        return ordered("", first, second)

    def _own_thing(self, loaded: _Loaded, question: str, read: Reading) -> Answer | None:
        """A part that names a thing of its own and points back at nothing ("and where is the
        headquarters"), read on what the part before asked, found an answer that does not speak
        of its thing: the part asked alone, if that answer does."""
        alone, _ = self._aside(lambda scratch: self._answer_one(loaded, question, scratch))
        if alone is None or not alone.answered or not _speaks_of_own(read, alone):
            return None
        # Only a thing of the organization's own: "and who attended" read alone would find
        # any session's attendance, but the headquarters are one.
        org = loaded.catalog.organization.id
        return alone if set(alone.entities) <= {org} or alone.intent.startswith("org.") else None

    def _answer_one(self, loaded: _Loaded, question: str, context: Context) -> Answer:
        """One ask answered by the engine's normal path, unless all it gives is what the
        question leaves out."""
        return self._unless_left_out(
            loaded, question, self._answer_asked(loaded, question, context), context
        )

    def _answer_asked(self, loaded: _Loaded, question: str, context: Context) -> Answer:
        """One ask answered by the engine's normal path."""
        clipped = question[:MAX_QUESTION_CHARS]
        if not clipped.strip():
            org = loaded.catalog.organization.abbreviation
            return self._abstain(loaded, question, None, f"Ask me a question about the {org}.")
        # "I've seen numbers all over the place" says how sure the user is, not what is asked.
        clipped, doubts = set_aside(clipped, loaded.linker.names_any)
        reading = unhedged(loaded.linker.read(clipped))
        early = self._small_talk(loaded, question, reading) or self._other_membership(
            loaded, question, reading
        )
        if early is None and asks_opinion(reading):
            early = self._abstain(loaded, question, reading, _OPINION)
        if early is not None:
            return early
        dates = merge_dates(find_dates(clipped), find_dates(" ".join(reading.corrected)))
        topic = self._memory.recall(context.conversation)
        reading = there_in_play(reading, topic, loaded.catalog)
        reading = his_state_in_play(reading, topic, loaded.catalog)
        reading = leader_in_play(reading, topic, loaded.catalog)
        others = others_question(reading, topic)
        if others is not None:  # "who else left at the same time": asked of all but the one
            reading, dates = loaded.linker.read(others), find_dates(others)
            topic = None if dates else without_answerers(topic, loaded.catalog)
        shifted = None if dates or others else self._shifted(loaded, reading, topic)
        if shifted is not None:  # "the year before": read as the year it counts to
            asked, reading, dates = reading, loaded.linker.read(shifted), find_dates(shifted)
            topic = moved_on(topic, asked, dates[0], loaded.catalog) if dates else topic
        swapped = None if others or shifted else swapped_question(reading, topic, loaded.linker)
        if swapped is not None:  # "what about the charter?": the last question, of the charter
            reading, dates = loaded.linker.read(swapped), find_dates(swapped)
        if self._off_topic(loaded, reading, topic):
            return self._outside(loaded, question, reading, dates, topic=topic, context=context)
        reading, understanding = self._understand(loaded, reading, dates, topic)
        host_of_city = loaded.understander.finder.host_of_city
        if not understanding.from_memory:  # "how did Moscow respond": the facts in play rank
            reading = city_as_state(reading, understanding.subjects, host_of_city)
        reading = source_city_as_state(reading, host_of_city)
        understanding = signing_in_play(loaded.catalog, reading, understanding, topic)
        if understanding.intent == "unresolved":
            found = self._unnamed(loaded, reading, dates, topic)
            found = found or self._of_organization(
                loaded, question, reading, topic=topic, context=context
            )
            return found or self._abstain(loaded, question, reading, _UNRESOLVED)
        request = Request(
            loaded.catalog, reading, understanding, self._today(), loaded.cities, doubts
        )
        answer = self._trusted(loaded, request)
        if answer is None and understanding.intent == "abstain" and not understanding.subjects:
            answer = self._unnamed(loaded, reading, dates, topic)
        if answer is None or not answer.text.strip():
            # Past the off-topic gate (perhaps leaning on the conversation): understood, not found.
            # An answer without words says nothing, answered or not: it is never given.
            return self._abstain(loaded, question, reading, understood=True)
        if answer.answered:
            self._remember(context, request, answer)
        return replace(answer, question=question[:MAX_QUESTION_CHARS])

    def _unless_left_out(
        self, loaded: _Loaded, question: str, answer: Answer, context: Context
    ) -> Answer:
        """The answer, unless all it gives is what the question leaves out ("what did they
        decide apart from the ceasefire": the ceasefire is no answer); then the question asked
        without it, if that answer gives more."""
        if not answer.answered:
            return answer
        thing = gives_left_out(loaded.catalog, loaded.linker, question, answer)
        if thing is None:
            return answer
        rest = without_left_out(question)
        again = self._answer_one(loaded, rest, context) if rest else None
        given = again is None or gives_left_out(loaded.catalog, loaded.linker, question, again)
        if again is not None and again.answered and given is None:
            return replace(again, question=question[:MAX_QUESTION_CHARS])
        org = loaded.catalog.organization.abbreviation
        message = (
            f'The {org} fact base has nothing on that beyond "{thing}", which the question '
            "leaves out, so I won't guess."
        )
        return self._abstain(loaded, question, None, message)

    def _shifted(self, loaded: _Loaded, reading: Reading, topic: Topic | None) -> str | None:
        """The question with the time it counts from the one in play written out ("the year
        before", "after that"), or None when it counts none."""
        shifted = shifted_question(reading, topic, loaded.catalog)
        if shifted is not None and bare_turn(reading):
            # "And before that?" after an office's holder is the one before him, not the year.
            return None if loaded.succession.understand(reading, topic) else shifted
        if shifted is not None:
            return shifted
        edge = dated_edge(reading, topic, loaded.catalog)
        # "What drill did they cancel after that": after the time in play; but "and the one
        # after that" is the next in a series.
        return edge if edge and loaded.succession.understand(reading, topic) is None else None

    def _understand(
        self, loaded: _Loaded, reading: Reading, dates: list[PartialDate], topic: Topic | None
    ) -> tuple[Reading, Understanding]:
        """The question's reading and understanding; an event-relative time is read as a date."""
        succession = loaded.succession.understand(reading, topic)
        if succession is not None:
            return reading, succession
        neighbour = neighbour_in_series(loaded.catalog, loaded.understander.intents, reading, topic)
        if neighbour is not None:
            return reading, neighbour
        anchored = loaded.anchors.understand(reading, topic)
        if anchored is not None:
            return anchored
        picked = loaded.in_play.understand(reading, dates, topic)
        picked = picked or state_leader(loaded.catalog, reading, dates, topic)
        if picked is not None:
            return reading, picked
        his = person_in_play(loaded.catalog, reading, dates, topic)
        if his is not None:
            return as_words(reading, loaded.catalog), his
        understanding = _at_time_in_play(
            loaded.understander.understand(reading, dates, topic), reading, topic
        )
        if understanding.from_memory and understanding.carried:
            # "What about Belarus?" carrying the last question's words: "about" asks no overview.
            reading = past_leaning(reading, loaded.linker)
        if understanding.from_memory and understanding.subjects:
            reading = name_in_play(reading, understanding.subjects[0], loaded.catalog)
        return reading, _other_countries(loaded, reading, understanding)

    def _small_talk(self, loaded: _Loaded, question: str, reading: Reading) -> Answer | None:
        """ "help", "what can you do", "hi", "thanks": the help text, not an answer."""
        words = set(reading.words)
        if not words:
            return None
        if words <= (_HELP_WORDS | _HELP_FILLERS) and words & _HELP_WORDS:
            return self._help(loaded, question)
        if words <= _GREETINGS | _GREETING_FILLERS:
            return self._help(loaded, question, greeting=True)
        return None

    def _other_membership(self, loaded: _Loaded, question: str, reading: Reading) -> Answer | None:
        """Membership of another organization: the closed world does not reach it."""
        if not _other_organization(loaded, reading):
            return None
        return self._abstain(loaded, question, reading, _other_membership_message(loaded))

    def _off_topic(self, loaded: _Loaded, reading: Reading, topic: Topic | None) -> bool:
        """Nothing of the fact base is asked about, and the question does not lean back."""
        if topic is not None and loaded.understander.needs_context(reading):
            return False
        if not loaded.understander.is_off_topic(reading, loaded.linker.vocabulary, loaded.foreign):
            return False
        if _strongly_in_domain(loaded, reading) or loaded.dealings.told(reading):
            return False
        # "Is Turkey a member?" names a state the fact base lacks: closed world, not off topic.
        external = loaded.linker.external_countries(reading)
        return not (external and _asks_membership(loaded, reading))

    def _trusted(self, loaded: _Loaded, request: Request) -> Answer | None:
        """The chosen answer, its confidence scaled by how surely the subject was recognised."""
        understanding = request.understanding
        # "What did he do after he left the post": the post's own record is no answer either.
        unheld = _unheld_session(request) or unrecorded_career(request)
        if unheld is not None:
            return self._abstain(loaded, request.reading.original, request.reading, unheld)
        if understanding.signed is not None:  # "did belarus sign it": the agreement in play
            answer = signing_answer(request)
        else:
            answer = self._choose(loaded, request) if understanding.intent != "abstain" else None
        if answer is None or not answer.answered:
            return answer
        attribute = _unstated_attribute(request, answer)
        answer = _covering(loaded, request, answer, attribute)
        if answer is None and attribute is not None:
            message = _no_attribute_message(request, attribute)
            return self._abstain(loaded, request.reading.original, request.reading, message)
        if answer is None:
            return None
        unsaid = _not_established(request, answer) or _not_then(request, answer)
        if unsaid is not None:
            return self._abstain(loaded, request.reading.original, request.reading, unsaid)
        answer = _scaled(answer, _link_certainty(request.reading, understanding))
        return None if answer.confidence < score.ANSWER_THRESHOLD else answer

    def _remember(self, context: Context, request: Request, answer: Answer) -> None:
        """Keep what the conversation is about, so the next question can lean on it."""
        understanding = request.understanding
        if understanding.intent == "member.closed_world":
            return  # "is Ukraine a member?" leaves nothing to follow up on
        subjects = tuple(dict.fromkeys((*understanding.subjects, *answer.entities)))
        if not subjects:
            return
        # "What happened at ...": the whole story was asked, and no word of it is carried on.
        wording = (*topic_words(request), *understanding.carried)
        carried = tuple(dict.fromkeys(w for w in wording if w not in _WHOLE_STORY))
        intent = (
            Intent.FACTS_SEARCH if answer.intent == Intent.FACTS_SEARCH else understanding.intent
        )
        dates = understanding.dates
        # A list's items stay in play: "which one of them ..." picks among them next.
        previous = self._memory.recall(context.conversation)
        kinds = request.catalog.kinds
        events = events_in_play(subjects, kinds, previous)
        # A list is what the question asked for, or an answer given as list items (or as one
        # line for each of several subjects).
        each = bool(answer.items or understanding.candidates)
        listed = subjects if each else tuple(understanding.subjects)
        group = group_in_play(listed, kinds, previous)
        when = time_in_play(dates, request.reading.has("when"), tuple(f.date for f in answer.facts))
        asked = bool(dates)
        started = self._term_started(understanding)
        if started is not None:
            when, asked = started, True  # "and his predecessor?" next steps from this term
        elif when is None and understanding.from_memory and previous and previous.date_asked:
            # A follow-up naming no time of its own keeps the one a question asked about (not a
            # date an answer happened to lead with).
            when, asked = previous.date, True
        # What the answer said: its facts, and the disputes it laid out, by their topics.
        said = (*(fact.text for fact in answer.facts), *(d.topic for d in answer.disputes))
        question = " ".join(request.reading.corrected)
        if understanding.from_memory and not request.reading.content and previous is not None:
            # "And when?" names nothing: the question that named what is in play stays the one
            # a later "what about the charter?" asks anew.
            question = previous.question or question
        topic = Topic(
            subjects, intent, when, carried, answer.items, events, group, said, asked, question
        )
        if understanding.aside:
            topic = aside(topic, previous, request.catalog.organization.id, kinds)
        self._memory.remember(context.conversation, topic)

    def _term_started(self, understanding: Understanding) -> PartialDate | None:
        """The start of the term a succession answer gave first, as the time in play."""
        succession = understanding.succession
        if succession is None:
            return None
        terms = pick_terms(self._loaded.succession.offices.get(succession.office, []), succession)
        return terms[0].start if terms else None

    def _choose(self, loaded: _Loaded, request: Request) -> Answer | None:
        """Structured answer for a plain question; retrieval when it asks something specific."""
        intent = request.understanding.intent
        if intent in _READ_OFF:
            return _READ_OFF[intent](self, loaded, request)
        if intent in {"abstain", "unresolved"}:
            return None
        specific = specific_words(request)
        asks_why = "why" in request.reading.words  # reasons live in facts, not in records
        if intent in LIST_FIRST and not asks_why:
            # The list answers, unless the question asks after one of its facts in particular.
            found = search_answer(request, loaded.retriever, min_matched=2) if specific else None
            return found or self._dispatch(loaded, request)
        # Descriptive intents (who is X, the conflict) answer "why did he refuse to sign" poorly:
        # a question with its own cue words there is better served by the matching facts.
        about_a_post = request.reading.has("secretary") or request.reading.has("role_person")
        descriptive = (
            intent.endswith((".overview", ".statements"))
            and has_topic_cue(request)
            and not (intent.startswith("person.") and about_a_post)  # roles are not facts
        )
        carried = request.understanding.carried
        retrieval_first = specific or descriptive or asks_why or carried
        # Not a list asked of it ("which countries didn't renew the treaty"): those countries,
        # not the session, are what follow-ups speak of, and the facts name them.
        lists = request.reading.has("list")
        record = None
        if (
            specific
            and _names_an_occasion(request)
            and not (asks_why or descriptive or carried or lists)
        ):
            # A summit's or a drill's own record that already says what the question's own
            # words ask ("the dates and range of Rubezh-2016") answers it; a search might find
            # another fact sharing one word ("long-range bombers").
            record = self._dispatch(loaded, request)
            if record is not None and record.answered and says_every_word(record, specific):
                return record
        if retrieval_first or intent == "facts.search":
            found = search_answer(request, loaded.retriever)
            if found is not None or intent == "facts.search":
                return found
        return self._structured(loaded, request, record)

    def _closed_world(self, loaded: _Loaded, request: Request) -> Answer | None:
        """A state the fact base does not hold is no member; asked when it joined, that is said,
        but as no answer: the facts are silent on the state itself, the premise is the user's."""
        found = self._dispatch(loaded, request)
        question = asked(request.reading.corrected, request.understanding.dates)
        if found is None or not found.answered or question.relation not in _WHEN_ASKED:
            return found
        message = found.text.removeprefix("No. ")  # a verdict answers "is it", not "when"
        return self._abstain(loaded, request.reading.original, request.reading, message)

    def _clarify(self, loaded: _Loaded, request: Request) -> Answer | None:
        """Several subjects fit; a fact that answers the question outright beats asking back."""
        candidates = request.understanding.candidates
        # Many candidates means the question named none of them: search everything.
        scope = [*candidates, *request.reading.ids()] if len(candidates) <= 4 else []
        widened = replace(request.understanding, subjects=scope)
        narrowed = replace(request, understanding=widened)
        found = search_answer(narrowed, loaded.retriever, min_matched=1)
        found = found or self._dispatch(loaded, request)
        if found is not None and found.answered:
            return found
        # Rather than ask back: a question with no words of its own ("where was the 2022 summit
        # and who refused to sign there") may be answered by a fact of the candidates matching
        # none of them, when the check holds the relation asked (a place, a person, a number);
        # never a search of everything (scope empty: too many candidates).
        checked = asked(request.reading.corrected, []).relation is not Relation.WHAT
        if checked and scope and not specific_words(narrowed):
            return search_answer(narrowed, loaded.retriever) or found
        return found

    def _structured(
        self, loaded: _Loaded, request: Request, dispatched: Answer | None = None
    ) -> Answer | None:
        """The registry's answer; a non-answer falls back on the facts unless it is deliberate.
        `dispatched`: the registry's answer when already read."""
        structured = dispatched or self._dispatch(loaded, request)
        # Some non-answers are the answer ("which one?", "no future summit is recorded").
        deliberate = request.understanding.intent in {"clarify", "summit.next", "summit.list"}
        # The future is not in the facts: a record's "none recorded" is the honest answer.
        deliberate = deliberate or _asks_future(request) is not None
        # Who led a body in a year its leadership facts do not reach: a search would only find
        # those facts again, each of its own time ("as of March 2022" is no answer for 2025).
        dated_leader = request.understanding.intent == "body.leadership"
        deliberate = deliberate or (dated_leader and leaders_recorded_elsewhen(request))
        deliberate = deliberate or asks_earlier_post(request)
        if structured is not None and not structured.answered and not deliberate:
            return search_answer(request, loaded.retriever, strict=False) or structured
        return structured

    def _strong_match(
        self,
        loaded: _Loaded,
        reading: Reading,
        dates: list[PartialDate],
        context: Context | None = None,
    ) -> Answer | None:
        """For a question naming nothing the bot knows: a fact matching two or more rare words."""
        if not reading.content.isdisjoint(OFF_TOPIC) or reading.content & loaded.foreign:
            return None
        understanding = Understanding(Intent.FACTS_SEARCH, [], dates)
        request = Request(loaded.catalog, reading, understanding, self._today(), loaded.cities)
        found = search_answer(request, loaded.retriever, strict=True, min_matched=2)
        if found is not None and found.answered and context is not None:
            # "When did the Taliban take Kabul" then "how did the leaders respond that month":
            # what the fact found is about, and its time, are in play as after any answer.
            self._remember(context, request, found)
        return found

    def _unnamed(
        self, loaded: _Loaded, reading: Reading, dates: list[PartialDate], topic: Topic | None
    ) -> Answer | None:
        """A question naming no subject ("do they decide by majority vote?") that opens a
        conversation: "they" can only be the organization, whose facts answer it when one
        matches two or more of its rare words (a follow-up leans on what is in play instead)."""
        if topic is not None:
            return None
        return self._strong_match(loaded, reading, dates)

    def _outside(
        self,
        loaded: _Loaded,
        question: str,
        reading: Reading,
        dates: list[PartialDate],
        *,
        topic: Topic | None,
        context: Context,
    ) -> Answer:
        """A question past the off-topic gate: a fact matching its rare words, the organization
        when a pronoun opening the conversation means it, or an abstention."""
        found = self._strong_match(loaded, reading, dates, context)
        # "since when?" with nothing answered before it: a follow-up without a subject.
        leans = loaded.understander.refers_back(reading)
        if leans and found is None:
            found = self._of_organization(loaded, question, reading, topic=topic, context=context)
        return found or self._abstain(loaded, question, reading, leans_back=leans)

    def _of_organization(
        self,
        loaded: _Loaded,
        question: str,
        reading: Reading,
        *,
        topic: Topic | None,
        context: Context,
    ) -> Answer | None:
        """'How do they make decisions?' opening a conversation: with nothing in play, "it" or
        "they" asked of how things are run is the organization itself. Not a step a state takes
        ("when did it come back?"): guessing which state would mislead."""
        if topic is not None or not _MEMBERSHIP_STEPS.isdisjoint(reading.words):
            return None
        if _ORG_PRONOUNS.isdisjoint(reading.words) or _ORG_ASKS.isdisjoint(reading.words):
            return None  # "when did it happen?": nothing says the organization is meant
        if other_organizations(reading.words) or not loaded.foreign.isdisjoint(reading.words):
            return None  # "what did the OSCE decide at its last summit": "its" is the OSCE's
        org = loaded.catalog.organization.abbreviation
        named = _OWNED_BY_PRONOUN.sub(f"the {org}'s", question[:MAX_QUESTION_CHARS])
        named = _PRONOUN.sub(f"the {org}", named)
        found = self._answer_one(loaded, named, context)
        if not found.answered or found.intent.startswith(_STATE_INTENTS):
            return None
        return replace(found, question=question[:MAX_QUESTION_CHARS])

    def _dispatch(self, loaded: _Loaded, request: Request) -> Answer | None:
        """The structured answer for the intent, from the registry of subject kinds."""
        intent = request.understanding.intent
        handler = HANDLERS.get(intent)
        return handler(request, loaded.retriever) if handler else None

    def _abstain(
        self,
        loaded: _Loaded,
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
                and loaded.understander.is_off_topic(
                    reading, loaded.linker.vocabulary, loaded.foreign
                )
                and not _strongly_in_domain(loaded, reading)
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
                message = _UNRESOLVED
            elif off:
                message = (
                    f"I can only answer questions about the {org.name} ({org.abbreviation}): "
                    "its members, summits, bodies, people and conflicts."
                )
            else:
                message = (
                    f"I don't know that from the {org.abbreviation} fact base, so I won't guess."
                )
        builder.sentences.append(message)
        builder.suggestions.extend(suggestions)
        builder.entities.extend(guesses)
        return builder.build(confidence=score.NOTHING, answered=False)

    def _help(self, loaded: _Loaded, question: str, greeting: bool = False) -> Answer:
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

    def help(self) -> Answer:
        """What the bot can answer, with example questions."""
        return self._help(self._loaded, "help")

    def complete(
        self, text: str, kind: SubjectKind | None = None, limit: int = 25
    ) -> list[Completion]:
        """Subjects (and, for free text, sample questions) that match partly typed text."""
        loaded = self._loaded
        limit = max(1, min(limit, 25))
        catalog = loaded.catalog
        ids = [i for i, k in catalog.kinds.items() if kind is None or k == kind]
        if kind == "country":
            ids = sorted(ids, key=lambda i: catalog.entities[i].name)
        found = complete_names(loaded.linker, text[:100], ids, limit)
        # A subject's value is what `describe` resolves exactly: its name, or its id if too long.
        choices = [Completion(catalog.name(i)[:100], _choice_value(catalog, i)) for i in found]
        if kind is None:
            lowered = text.casefold().strip()
            samples = [s for s in loaded.samples if not lowered or lowered in s.casefold()]
            choices = [
                Completion(s[:100], s[:100]) for s in samples[: max(0, limit - len(choices))]
            ] + choices
        return choices[:limit]


# Intents answered one way whatever the question's words: asking back, the closed world, and an
# office's order (read off its records).
_READ_OFF: dict[str, Callable[[Engine, _Loaded, Request], Answer | None]] = {
    Intent.CLARIFY: Engine._clarify,
    Intent.MEMBER_CLOSED_WORLD: Engine._closed_world,
    Intent.OFFICE_SUCCESSION: Engine._dispatch,
}


def _answerable_in_parts(loaded: _Loaded, question: str) -> bool:
    """Whether the parts of a question may be answered one by one: not when the whole is
    refused (another organization's founding and members, an opinion asked)."""
    clipped = set_aside(question[:MAX_QUESTION_CHARS], loaded.linker.names_any)[0]
    reading = unhedged(loaded.linker.read(clipped))
    return not (_other_organization(loaded, reading) or asks_opinion(reading))


@dataclass(frozen=True, slots=True)
class _PartCheck:
    """What a part of a question asks, and whether a text states it, read as the search does."""

    loaded: _Loaded

    def _asked(self, question: str) -> Asked:
        words = tuple(self.loaded.linker.read(question).corrected)
        # With the people known, "who has headed it" asks for a person, whom a council names not.
        return asked(words, find_dates(question), people=self.loaded.people)

    def relation(self, question: str) -> str:
        """The relation the question asks."""
        return str(self._asked(question).relation)

    def states(self, question: str, text: str) -> bool | None:
        """Whether the text states the date, place, person or number the question asks; None
        for what or why, which no one kind of statement answers."""
        wanted = self._asked(question)
        if wanted.relation in {Relation.WHAT, Relation.WHY}:
            return None
        probe = replace(wanted, also=(wanted.relation,))
        return states_also(probe, text, self.loaded.places)


def _choice_value(catalog: Catalog, entity_id: str) -> str:
    name = catalog.name(entity_id)
    return name if len(name) <= 100 else entity_id


def _strongly_in_domain(loaded: _Loaded, reading: Reading) -> bool:
    """A word only this domain uses ("summit", "peacekeepers"), with no sign of anything else.

    Unknown words beside it are the user's own wording, not another subject; off-topic words or
    another organization's acronym still mark the question as about something else.
    """
    words = set(reading.corrected)
    if words.isdisjoint(_STRONG_DOMAIN) or not words.isdisjoint(OFF_TOPIC):
        return False
    return words.isdisjoint(loaded.foreign)


def _asks_membership(loaded: _Loaded, reading: Reading) -> bool:
    """'is Ukraine a member', 'Serbia in the ODKB?': membership words, or the organization's name
    with nothing else asked ("the CSTO's operation in Syria" asks about an operation)."""
    if reading.has_any(_MEMBERSHIP):
        return True
    names = loaded.linker.organization.names
    if not reading.has_any(names):
        return False
    named = {word for m in loaded.linker.external_countries(reading) for word in _span(reading, m)}
    named |= reading.named_words()
    asked = reading.content - names - named - MEMBER_WORDS
    return all(word.isdigit() or is_date_word(word) for word in asked)


def _span(reading: Reading, mention: Mention) -> tuple[str, ...]:
    return reading.corrected[mention.start : mention.end]


def _other_organization(loaded: _Loaded, reading: Reading) -> bool:
    """'Is Armenia a member of NATO', 'is Russia in the EU': membership of another organization.

    The closed world ("X is not a member") holds for the organization's own records only. The
    other organization is a foreign acronym the facts use, or a word the bot does not know right
    after the membership word ("member of the EU").
    """
    if not _asks_membership(loaded, reading) or _names_own(loaded, reading):
        return False
    words = reading.corrected
    if any(word in loaded.foreign for word in words):
        return True
    for index, word in enumerate(words):
        if word in _MEMBERSHIP:
            return _unknown_follows(loaded, words[index + 1 :])
    return False


def _names_own(loaded: _Loaded, reading: Reading) -> bool:
    """The organization is named, pointed at ("this thing", "the alliance"), or a word only its
    own affairs use is there ("the charter")."""
    if reading.has_any(loaded.linker.organization.names):
        return True
    return points_at_organization(
        reading.corrected, loaded.linker.vocabulary
    ) or _strongly_in_domain(loaded, reading)


def _unknown_follows(loaded: _Loaded, words: tuple[str, ...]) -> bool:
    """The first word after a membership word, in its clause, is one the bot does not know and
    no date ("joined the EU"; not "joined when", not "took part in the oct 2016 drill")."""
    for word in words:
        if word in _CLAUSE_BREAKS:
            return False
        if word in STOPWORDS:
            continue
        return not (word in loaded.linker.vocabulary or word.isdigit() or is_date_word(word))
    return False


def _other_membership_message(loaded: _Loaded) -> str:
    org = loaded.catalog.organization.abbreviation
    return (
        f"I only know membership of the {org}: the fact base says nothing about who belongs "
        "to other organizations."
    )


def _at_time_in_play(
    understanding: Understanding, reading: Reading, topic: Topic | None
) -> Understanding:
    """'Why did Belarus stay away' after the 2009 signing it missed: a reason asked of a subject
    the last answer named, with no time of its own, is asked at the time in play."""
    if topic is None or topic.date is None or understanding.dates or understanding.from_memory:
        return understanding
    subjects = understanding.subjects
    in_play = bool(subjects) and all(s in topic.entities for s in subjects)
    if not in_play or "why" not in reading.words:
        return understanding
    return replace(understanding, dates=[topic.date])


def _other_countries(
    loaded: _Loaded, reading: Reading, understanding: Understanding
) -> Understanding:
    """Closed world: a country the fact base does not hold, asked about, is not a member.

    Any other mention of such a country, with nothing of the fact base's named, is off topic.
    """
    if any(loaded.catalog.kinds[i] != "organization" for i in reading.ids()):
        return understanding
    dates = understanding.dates
    external = loaded.linker.external_countries(reading)
    if external and _asks_membership(loaded, reading):
        return Understanding(Intent.MEMBER_CLOSED_WORLD, [], dates, external=external)
    if external:
        return Understanding(Intent.ABSTAIN, [], dates, certainty=score.NOTHING)
    if understanding.intent == "member.list" and reading.words[:1] in (("is",), ("are",)):
        # "is turkey a member?": a name the bot cannot place is still not a member.
        # In the question's order, not the content set's (hash-seeded): the first name asked.
        unknown = [
            w
            for w in reading.corrected
            if w in reading.content and w not in loaded.linker.vocabulary
        ]
        if not unknown and _names_a_non_state(loaded, reading):
            # "is tashkent a member?": a city (or anything known but a state) is no member,
            # and the member list does not answer the question.
            return Understanding(Intent.ABSTAIN, [], dates, certainty=score.NOTHING)
        if unknown:
            named = Mention(unknown[0].title(), 0, 0, score.UNPLACED_NAME, external=True)
            return Understanding(
                Intent.MEMBER_CLOSED_WORLD,
                [],
                dates,
                external=[named],
                certainty=score.UNPLACED_NAME,
            )
    return understanding


_PLACE_GIVING = frozenset({"country", "conflict"})


def _with_names_linked(loaded: _Loaded, request: Request, question: Asked) -> Asked:
    """The question's words with the names of the states and conflicts it names ("kyrgyz"
    names Kyrgyzstan; "the Kyrgyz-Tajik clashes" their record, named by both states): asked where
    in the fighting, "Kyrgyzstan against Tajikistan" names no place the question did not give
    itself. Not an occasion's name: "where was the 2016 summit" is answered by its city."""
    kinds = loaded.catalog.kinds
    named = {
        word
        for subject in request.reading.ids()
        if kinds.get(subject) in _PLACE_GIVING
        for word in name_words(loaded.catalog, subject)
    }
    return replace(question, words=question.words | named) if named else question


def _names_an_occasion(request: Request) -> bool:
    """The question is about named occasions only (a summit, an exercise), not states or people."""
    subjects = request.understanding.subjects
    kinds = request.catalog.kinds
    return bool(subjects) and all(kinds.get(subject) in _OCCASIONS for subject in subjects)


_OCCASIONS = frozenset({"summit", "exercise"})


def _covering(
    loaded: _Loaded, request: Request, answer: Answer, attribute: str | None
) -> Answer | None:
    """The answer, if it says what the question's own words ask about; else the facts that do.

    A record chosen by intent ("how many ... " → the member count) may not speak of the rare
    words that say what is really asked ("strategic sites"): then the facts are searched, and
    when none answers either, nothing is said. Facts found by search that say too little of the
    question are not given either. Confidence follows the share covered. `attribute` is what
    `_unstated_attribute` found unsaid in the answer (None: nothing).
    """
    # A rule asked ("could Kazakhstan host a Chinese base"): the search gave only rule facts that
    # speak of every act asked; the state named is an example, not what the rule must say.
    rule = answer.intent == Intent.FACTS_SEARCH and bool(rule_acts(request.reading))
    share, missing = (1.0, ()) if rule else answer_coverage(request, loaded.retriever, answer)
    question = asked(
        request.reading.corrected,
        request.understanding.dates,
        people=person_stems(loaded.catalog),
        own_names=own_name_words(loaded.catalog),
    )
    places = places_of(request)
    said = stated(answer)
    partial = not states_each(question, said, places)
    # "The former observer": a domain word saying which part is asked about, left unsaid.
    partial = partial or _leaves_out_telling(request, answer)
    # "Masadykov's birthday": a record of the subject that never states the attribute asked.
    partial = partial or attribute is not None
    partial = partial or _leaves_out_external(loaded, request, answer)
    partial = partial or _leaves_out_person(request, answer)
    partial = partial or _leaves_out_summit(loaded, request, answer)
    # "How many CSTO peacekeepers were killed": a death toll that never speaks of them is
    # another body's count.
    partial = partial or _leaves_out_body(request, answer)
    partial = partial or _leaves_out_who_said(request, answer)
    # Facts found by words about other states ("the summits in Kazakhstan" answered with a drill
    # in Kyrgyzstan) do not confirm what the question says of the state it names.
    partial = partial or (
        answer.intent == Intent.FACTS_SEARCH
        and not rule
        and _leaves_out_state(request, answer, question, places)
    )
    # "What came before the CSTO", "what is the centre for": no descent, no purpose stated. A
    # record read for "where" must name a place (a search's facts are checked already).
    partial = (
        partial
        or _leaves_out_kind(request, answer, question.relation, said)
        or not states_place(_with_names_linked(loaded, request, question), said, places)
    )
    # Asked "which Russian president", an answer naming states alone names no one.
    partial = partial or not states_person(question, said)
    # Asked who, a record naming no one but the organization itself does not answer (one
    # saying that the records hold no one then names no one by design).
    says_none = answer.confidence <= score.NONE_IN_LIST
    partial = partial or not (says_none or states_who(question, said))
    # "Which member was the first to ...": a list ranks nothing, unless it says the rank asked.
    partial = partial or _list_leaves_out_rank(request, answer)
    # "After the Taliban took Kabul, what did the Secretary General promise": the clause of time
    # alone, said back, is no answer.
    partial = partial or _says_only_the_time_clause(loaded, request, answer)
    # "Who heads it and who did he succeed": an answer to the first question alone is partial.
    partial = partial or _leaves_out_a_part(loaded, request, answer)
    # Asked on what exact day, an answer dated only to a year or a month is not the answer.
    partial = partial or not states_day(question, said)
    # "Who will be secretary general after 2028": the holder until 2028 is no answer.
    partial = partial or not dates_after(request.reading.corrected, said)
    # "How did Mongolia respond to the invitation": the invitation alone is no response.
    partial = partial or not states_response(request.reading.corrected, said)
    # "Which came first, the decision or the signing": one date orders nothing.
    partial = partial or not states_order(request.reading.corrected, said)
    partial = partial or not states_day_in_month(question, said, request.understanding.dates)
    partial = partial or dates_another_step(request, answer, question)
    # A record read for "why" must give a reason (retrieval already favours facts that do).
    is_search = answer.intent == Intent.FACTS_SEARCH
    # Facts found by words alike ("Lukashenko was absent" for "why did Lukashenko miss it") are
    # checked too, more loosely: retrieval favours facts that give a reason, but finds others
    # when none does.
    reason = states_loose_reason if is_search else states_reason
    partial = partial or not reason(question, said)
    partial = partial or not (is_search or reason_of_year(question, said))
    # "Treaty entry into force date?": facts on another force's treaty say "treaty" only.
    partial = partial or (is_search and _misses_the_gist(request, loaded.retriever, missing))
    # Asked the exact day of something ("on what date was he appointed"), a record saying none
    # of the question's content words (his term) gives the day of something else.
    partial = partial or (question.relation is Relation.DAY and _says_none(missing, share, said))
    # A state's status, read for a question it says none of the words of ("has Belarus ever
    # boycotted a summit"), answers another question: "is it a member?".
    # Nor do facts found by search, asked when, that say none of the question's words.
    asks_date = question.relation in (Relation.WHEN, Relation.DAY)
    status_or_date = answer.intent == Intent.MEMBER_STATUS or (is_search and asks_date)
    partial = partial or (status_or_date and _says_none(missing, share, said))
    # "Since when has the NKR been called Artsakh": the conflict's span is no answer.
    detail = leaves_out_detail(request, loaded.retriever, answer, question.relation)
    partial = partial or detail in _RECORD_GAPS
    if not partial and detail is Missing.WORDS:
        # The record says none of the detail asked: facts of the subject that say it answer
        # instead; when none does, the record stands (its facts often say it in other words).
        answer = _detail_said(loaded, request, answer) or answer
        share = answer_coverage(request, loaded.retriever, answer)[0]
    weak = len(missing) >= score.COVER_MISSING and share < score.COVER_MIN
    unnamed = not (partial or weak) and _unnamed_says_none(request, answer, share)
    if partial or weak or unnamed:
        better = None if is_search else _facts_saying_more(loaded, request, answer, detail, unnamed)
        if better is not None:
            answer, share = better
        elif partial or (weak and (is_search or _names_no_subject(loaded, request))):
            # Facts found by words that say too little of the question are no answer; nor is a
            # record when nothing but the organization is named (its records answer anything).
            return None
    factor = score.COVER_FLOOR + (1.0 - score.COVER_FLOOR) * share
    return replace(answer, confidence=round(answer.confidence * factor, 3))


def _unnamed_says_none(request: Request, answer: Answer, share: float) -> bool:
    """A record of something the question does not name says none of its own words ("what did
    Armenia refuse to do in 2023" read as the Karabakh conflict): facts that say them, if any
    do, answer instead."""
    named = set(request.reading.ids())
    return share == 0.0 and bool(answer.entities) and named.isdisjoint(answer.entities)


def _facts_saying_more(
    loaded: _Loaded, request: Request, record: Answer, detail: Missing | None, of_named: bool
) -> tuple[Answer, float] | None:
    """Facts found by search that say enough of the question, and pass the checks a record
    failed, with the share they say; None when no facts do. `of_named`: only facts about
    something the question names (in place of a record of something it does not)."""
    found = search_answer(request, loaded.retriever)
    if found is None:
        return None
    if of_named and set(request.reading.ids()).isdisjoint(found.entities):
        return None
    share = answer_coverage(request, loaded.retriever, found)[0]
    if (
        share >= score.COVER_MIN
        and _unstated_attribute(request, found) is None
        and not _leaves_out_a_part(loaded, request, found)
        and dates_after(request.reading.corrected, stated(found))
        and states_response(request.reading.corrected, stated(found))
        # Facts found for a detail the record left out must say it.
        and (
            detail not in _RECORD_GAPS
            or says_a_detail(request, loaded.retriever, found, record.intent)
        )
    ):
        return found, share
    return None


# What a record leaves out that makes it no answer (see bot/core/answering/detail.py).
_RECORD_GAPS = frozenset({Missing.RELATION, Missing.PERSON, Missing.STRICT})


def _detail_said(loaded: _Loaded, request: Request, answer: Answer) -> Answer | None:
    """The facts of the question's subject that say a detail the record left out, when they
    cover the question as well and pass the same checks of a part or attribute unsaid."""
    found = search_answer(request, loaded.retriever)
    if found is None or not says_a_detail(request, loaded.retriever, found, answer.intent):
        return None
    if answer_coverage(request, loaded.retriever, found)[0] < score.COVER_MIN:
        return None
    if _unstated_attribute(request, found) is not None or _leaves_out_a_part(
        loaded, request, found
    ):
        return None
    return found


def _leaves_out_a_part(loaded: _Loaded, request: Request, answer: Answer) -> bool:
    """A question joined on after the first ("... and who did he succeed") that the answer says
    nothing of: none of its content words, by stem, synonym or paraphrase."""
    main, parts = later_parts(request.reading.corrected)
    if not parts:
        return False
    text = stated(answer)
    said = stems(text)
    for entity_id in answer.entities:
        said |= stems(request.catalog.name(entity_id))
    # The same relation asked again ("... and who did they send") may be stated as often.
    times = 1 + sum(relation is main for relation, _ in parts)
    if states_as_often(main, times, text, _people_said(request, said)):
        parts = [(relation, part) for relation, part in parts if relation is not main]
    return any(
        unchecked_part(main, relation)
        and not says_part(part, content_words(request, loaded.retriever, part), said, text)
        for relation, part in parts
    )


def _leaves_out_kind(request: Request, answer: Answer, relation: Relation, said: str) -> bool:
    """Asked what came before something or what it is for, the answer states no descent or no
    purpose: it tells another thing."""
    if relation is Relation.PREDECESSOR:
        # "What came before the CSTO": a description of it, or facts found by words, that state
        # no descent ("descends from", "became"); so does any record of the organization's
        # (what came before a summit or an office holder is its record's order).
        org = request.catalog.organization.id
        describes = answer.intent.endswith(".overview") or answer.intent == Intent.FACTS_SEARCH
        describes = describes or set(request.understanding.subjects) <= {org}
        return describes and not states_lineage(said)
    if relation is Relation.PURPOSE:
        # An occasion's record says what it was for by its name ("the jubilee session").
        search = answer.intent == Intent.FACTS_SEARCH
        purposed = search or answer.intent.startswith(("body.", "org."))
        return purposed and not states_purpose(said)
    return False


def _says_only_the_time_clause(loaded: _Loaded, request: Request, answer: Answer) -> bool:
    """The question places itself in time by a clause ("when Armenia froze its participation")
    not read as a date, and the answer says too little of the rest ("who headed the
    secretariat": the Secretariat alone is not who headed it)."""
    if request.understanding.dates:
        return False  # the clause was placed as a date, and the answer chosen for that time
    words = request.reading.corrected
    own = one_verb(tuple(tokens(request.reading.original)))  # "head off" read "travelling"
    if len(own) == len(words):
        words = own  # the question's own words: a correction ("place" to "peace") is no gist
    main = outside_time_clauses(words, breaks(request.reading))
    if len(main) == len(words):
        return False
    content = clause_words(request, loaded.retriever, main)
    if not content:
        return False
    return coverage(content, stems(stated(answer))) < score.COVER_MIN


def _says_none(missing: Content, share: float, said: str) -> bool:
    """The answer says none of the question's content words (a term of office said by its dates
    counts: "what day did he take office" is answered by "from 1 January 2026")."""
    return (
        bool(missing)
        and share == 0.0
        and not any(said_by_period(own, said) for _, own, _ in missing)
    )


def _list_leaves_out_rank(request: Request, answer: Answer) -> bool:
    """A list (of members, of summits) answering a question that asks for one of them by rank
    ("which member state was the first ever to get troops", "which has the biggest army"),
    without saying that rank."""
    if not answer.intent.endswith(_LIST_SUFFIX):
        return False
    ranks = set(request.reading.corrected) & _RANKS
    return bool(ranks) and not ranks <= set(tokens(stated(answer)))


def _people_said(request: Request, said: frozenset[str]) -> int:
    """How many known people an answer names (by a word of their names) that the question
    does not."""
    asked_stems = frozenset(stem(word) for word in request.reading.corrected)
    return sum(
        bool(own & said) and own.isdisjoint(asked_stems) for own in _own_name_stems(request.catalog)
    )


@lru_cache(maxsize=4)
def _own_name_stems(catalog: Catalog) -> tuple[frozenset[str], ...]:
    """Each person's name stems that no other person shares ("Serdyukov", not "Andrey")."""
    names = [name_stems(catalog, person.id) for person in catalog.people()]
    counts = Counter(one for own in names for one in own)
    return tuple(frozenset(one for one in own if counts[one] == 1) for own in names)


def _leaves_out_external(loaded: _Loaded, request: Request, answer: Answer) -> bool:
    """A state the fact base does not hold, named in the question, goes unmentioned: the
    answer is about something else ("what did Turkmenistan's president say at the summit")."""
    external = loaded.linker.external_countries(request.reading)
    if not external:
        return False
    said = stated(answer).casefold()
    return any(mention.entity_id.casefold() not in said for mention in external)


def _claim_year(claim: Claim) -> int | None:
    """The year a claim dates its act to: the one set aside, else the one still in it."""
    return claim.year or next((d.year for d in find_dates(claim.question)), None)


def _claim_verdict(loaded: _Loaded, question: str, found: Answer) -> Answer:
    """A claim of a one-time act answered by the fact of it ("Azerbaijan left in 2000, right?"),
    led by "No" when that fact dates the act to another year, "Yes" when to the year claimed."""
    clipped = question[:MAX_QUESTION_CHARS]
    year = claimed_year(clipped)
    if year is None or not found.facts or not puts_up_claim(clipped):
        return found
    reading = loaded.linker.read(clipped)
    named = reading.ids()
    # "Zas took over as Secretary General in 2017": the start of the one person's post named
    # (the office may name its body too, nothing else).
    kinds = [loaded.catalog.kinds.get(subject) for subject in named]
    if kinds.count("person") == 1 and set(kinds) <= _POST_KINDS and _takes_office(reading):
        person = named[kinds.index("person")]
        checked = post_start_checked(loaded.catalog, found, year, person, reading.corrected)
        return checked or found
    if not named or not any(reading.has(cue) for cue in _ONE_TIME_ACTS):
        return found
    return one_time_checked(found, year, named, confirm=True) or found


def _takes_office(reading: Reading) -> bool:
    """The question says a post was taken up: "became", "started", "took over"."""
    words = reading.corrected
    took_over = any(w in _TAKE and n == "over" for w, n in pairwise(words))
    return took_over or reading.has_any(_TOOK_OFFICE)


def _unheld_session(request: Request) -> str | None:
    """Asked about a summit at a time when none was held, what to say instead of answering.

    "What was decided at the December 2020 videoconference" is not answered by another
    session's decisions: the question names a time, and the records hold no session then.
    """
    reading = request.reading
    if not reading.has_any(SUMMIT_WORDS) or request.understanding.intent in _SUMMIT_LISTS:
        return None
    dates = request.understanding.dates
    # "the summit after 2020": a span, read by the anchors; only a time of its own is checked.
    if not dates or not asked(reading.corrected, dates).years:
        return None
    held = [summit.date for summit in request.catalog.summits()]
    terms = _term_years(reading.corrected)
    # "The presidency for 2020": the term handed over, not when a session was held.
    times = [date for date in dates if not (date.year in terms and date.month is None)]
    unheld = [date for date in times if not any(_same_time(date, day) for day in held)]
    # "Who chaired the November 2019 summit, and who took the presidency for 2020": with one
    # time a session was held, another is what was asked of it, not another session.
    if not unheld or len(unheld) < len(times):
        return None
    org = request.catalog.organization.abbreviation
    return f"The {org} fact base records no summit or session in {unheld[0].human()}."


def _term_years(words: tuple[str, ...]) -> frozenset[int]:
    """Years a question names as a term ("the presidency for 2020", "the budget for 2024")."""
    return frozenset(
        int(word)
        for before, word in pairwise(words)
        if before in _TERM_OPENERS and word.isdigit() and len(word) == 4
    )


def _same_time(asked_date: PartialDate, held: PartialDate) -> bool:
    """The session's date falls in the time asked (a year, or a month of it)."""
    if asked_date.year != held.year:
        return False
    return asked_date.month is None or held.month is None or asked_date.month == held.month


def _leaves_out_person(request: Request, answer: Answer) -> bool:
    """A person the question names goes unmentioned: the answer is about someone else or about
    the event alone ("what did Putin say at the Yerevan summit" answered with others' words)."""
    return any(not speaks_of(request.catalog, answer, p) for p in people_named(request))


def _leaves_out_summit(loaded: _Loaded, request: Request, answer: Answer) -> bool:
    """Asked which summit ("at which summit was the chair handed over"), an answer that names
    no city of one names no summit."""
    words = request.reading.corrected
    if answer.intent.endswith(_LIST_SUFFIX):
        return False  # "which summits did it attend": a list may count them, naming none
    if not any(a in _PICKERS and b in SUMMIT_WORDS for a, b in pairwise(words)):
        return False
    # A summit is known by its city ("the Bishkek summit"); "the regular session" of a rule
    # names none.
    return set(tokens(answer.text)).isdisjoint(loaded.cities)


def _leaves_out_body(request: Request, answer: Answer) -> bool:
    """A body the question names (a force, a council) goes unmentioned: the answer is about
    something else ("how many peacekeepers were killed" answered with everyone killed)."""
    kinds = request.catalog.kinds
    named = {m.entity_id for m in request.reading.mentions if not m.external}
    bodies = [entity_id for entity_id in named if kinds.get(entity_id) == "body"]
    return any(not speaks_of(request.catalog, answer, body) for body in bodies)


_NEGATIONS = LEXICON.words("negations") | {stem(word) for word in LEXICON.words("negations")}


def _misses_the_gist(request: Request, retriever: Retriever, missing: Content) -> bool:
    """One plain word (no synonyms to be worded by) carrying most of the question's content
    weight goes unsaid: the facts share only the common words."""
    content = content_words(request, retriever)
    if len(content) < score.COVER_MISSING:
        return False  # one content word is all the question says: retrieval judged it already
    total = sum(part[0] for part in content)
    # A negation ("never part of") says how the answer must read, not what it is about.
    return any(
        weight > score.COVER_GIST * total and len(own) == 1 and own.isdisjoint(_NEGATIONS)
        for weight, own, _ in missing
    )


def _leaves_out_state(
    request: Request, answer: Answer, question: Asked, places: frozenset[str]
) -> bool:
    """A state the question itself names goes unmentioned in the answer."""
    kinds = request.catalog.kinds
    named = {m.entity_id for m in request.reading.mentions if not m.external}
    states = [entity_id for entity_id in named if kinds.get(entity_id) == "country"]
    # A conflict, summit or drill the answer is about speaks of its parties and hosts.
    linked = set().union(*(request.catalog.states_named(e) for e in answer.entities))
    if any(
        state not in linked and not speaks_of(request.catalog, answer, state) for state in states
    ):
        return True
    # States paired in the question ("the war between Russia and Georgia") are what it is
    # about: the answer's subjects include them, so only what else it is about, and what it
    # says, can speak of them (Russian arms sales to Armenia speak of Russia alone).
    paired = _paired_states(request)
    others = [entity_id for entity_id in answer.entities if entity_id not in paired]
    linked = set().union(*(request.catalog.states_named(e) for e in others))
    said = stems(stated(answer))
    if any(
        state not in linked and name_stems(request.catalog, state).isdisjoint(said)
        for state in paired
    ):
        return True
    # "Who commanded the Belarusian unit": the whole contingent's record links every state that
    # took part; only the answer's words can name that state's own part, and the words naming
    # it must state what was asked (a breakdown of troops by state names no commander).
    if any(
        not _states_for(request, answer, question, places, state) for state in _units_of(request)
    ):
        return True
    return _leaves_out_office_state(request, answer)


def _states_for(
    request: Request, answer: Answer, question: Asked, places: frozenset[str], state: str
) -> bool:
    """One line of the answer (its text, a fact, a claim of a dispute) names the state and
    states the relation asked of it."""
    lines = [answer.text, *answer.items, *recorded_lines(answer)]
    names = name_stems(request.catalog, state)
    return any(
        not names.isdisjoint(stems(line)) and states_asked_of_part(question, line, places)
        for line in lines
    )


def _units_of(request: Request) -> frozenset[str]:
    """The states whose own unit, delegation or troops a question asks about ("the Belarusian
    unit"): a state named right before such a noun."""
    return _states_before(
        request, lambda words, end: end < len(words) and words[end] in _UNIT_NOUNS
    )


def _offices_of(request: Request) -> frozenset[str]:
    """The states whose own office holder a question asks about ("Tajikistan's defence
    minister", "which Kazakh president")."""
    return _states_before(request, _office_of_state)


def _states_before(
    request: Request, owned: Callable[[tuple[str, ...], int], bool]
) -> frozenset[str]:
    """The states named (by the knowledge) whose words are followed by what `owned` looks for,
    given the question's words and the index right after the state's name."""
    words = request.reading.corrected
    kinds = request.catalog.kinds
    return frozenset(
        mention.entity_id
        for mention in request.reading.mentions
        if not mention.external
        and kinds.get(mention.entity_id) == "country"
        and owned(words, mention.end)
    )


def _leaves_out_office_state(request: Request, answer: Answer) -> bool:
    """Asked a state's own office holder, the answer names neither the state nor one of its
    people (Russia's defence minister is no answer for Tajikistan's)."""
    catalog = request.catalog
    said = stems(stated(answer))
    for state in _offices_of(request):
        if not name_stems(catalog, state).isdisjoint(said):
            continue
        own_people = (p for p in catalog.people() if p.country == state)
        if not any(not name_stems(catalog, p.id).isdisjoint(said) for p in own_people):
            return True
    return False


def _office_of_state(words: tuple[str, ...], end: int) -> bool:
    """An office noun within three words after a state's name, none between them a stopword
    ("Tajikistan's current defence minister"): that state's own office holder is asked."""
    for index in range(end, min(end + _OFFICE_REACH, len(words))):
        if words[index] in _STATE_OFFICES:
            return True
        if words[index] in STOPWORDS:
            return False
    return False


def _paired_states(request: Request) -> frozenset[str]:
    """The states a question joins by "and" ("between Armenia and Azerbaijan"), if any."""
    kinds = request.catalog.kinds
    mentions = sorted(
        (
            m
            for m in request.reading.mentions
            if not m.external and kinds.get(m.entity_id) == "country"
        ),
        key=lambda m: m.start,
    )
    words = request.reading.corrected
    paired: set[str] = set()
    for one, two in pairwise(mentions):
        if tuple(words[one.end : two.start]) in _PAIRING:
            paired.update((one.entity_id, two.entity_id))
    return frozenset(paired)


_PAIRING = frozenset({("and",), ("&",)})


def _leaves_out_who_said(request: Request, answer: Answer) -> bool:
    """Asked what someone said, or what holds according to someone, no statement of the answer
    is theirs."""
    # "What did Putin say": one statement must give his words, not list him as present.
    if leaves_out_speaker(request, answer):
        return True
    # "According to Moscow": a statement must come from that state or one of its people.
    source = source_state(request)
    return source is not None and leaves_out_source(request, answer, source)


def _leaves_out_telling(request: Request, answer: Answer) -> bool:
    """The question names a part of the organization ("observer") the answer does not speak of."""
    telling = request.reading.content & telling_domain_words()
    if not telling:
        return False
    said = stems(stated(answer))
    return any(not synonym_stems(word) & said for word in telling)


def _unstated_attribute(request: Request, answer: Answer) -> str | None:
    """The first attribute the question asks ("birthday", "deputy") that the answer never states.

    A subject's overview or record answers what it states; asked an attribute it never mentions
    (by stem or paraphrase), it does not answer, however well it matches the subject.
    """
    attributes = attribute_words()
    said = stems(stated(answer))
    words = request.reading.corrected
    # The user's own words too: a correction may fold "officials" into a fact's "official".
    for word in dict.fromkeys((*words, *request.reading.words)):
        if word in attributes and not attribute_stems(word) & said:
            return word
    # "How did the EU react": another organization's affairs, unless the answer names it too.
    spoken = f" {' '.join(tokens(stated(answer)))} "
    # "Can a member also join NATO": a rule on joining other alliances speaks of NATO too.
    of_others = bool(rule_acts(request.reading)) and speaks_of_other_body(stated(answer))
    for other in other_organizations(request.reading.words):
        if not of_others and not any(f" {name} " in spoken for name in other):
            return other[0]
    # "Could Kazakhstan join another military bloc": a record of its own membership says nothing
    # of the other organization, unless the answer names one or speaks of other ones.
    if asks_other_body(request.reading.corrected) and not speaks_of_other_body(stated(answer)):
        return "another organization"
    # "How many CSTO peacekeepers": a group's own word counts it though it names the force too.
    named = frozenset(request.reading.named_words()) - CONFLICT_NOUNS
    counted = counted_thing(words, named | _organization_words(request))
    if counted is not None and not counted_in_one_statement(request, answer, counted):
        return counted
    return None


def _organization_words(request: Request) -> frozenset[str]:
    """The words of the organization's names ("csto peacekeepers" counts peacekeepers)."""
    return frozenset(OrganizationWords.of(request.catalog.organization).names)


def _no_attribute_message(request: Request, attribute: str) -> str:
    """Say what no fact found states, about whom, and that the suggestions are what is known."""
    catalog = request.catalog
    org = catalog.organization
    subjects = [s for s in request.understanding.subjects if s != org.id]
    about = f" about {catalog.entities[subjects[0]].name}" if subjects else ""
    # A thing counted ("how many soldiers were killed") may be spoken of without being counted.
    counted = attribute not in attribute_words() and request.reading.has("count")
    says = (
        f'gives the number of "{attribute}" asked' if counted else f'says anything on "{attribute}"'
    )
    return (
        f"No fact I found in the {org.abbreviation} fact base{about} {says}, so I won't guess. "
        "It can tell you about these instead:"
    )


def _not_established(request: Request, answer: Answer) -> str | None:
    """What to say instead of an answer whose point the fact base does not establish, if so.

    The fact leading the answer may record a gap ("the city ... is not verified"); a question
    about the future may be answered by no record reaching it.
    """
    org = request.catalog.organization.abbreviation
    for fact in answer.facts:
        if answer.text.startswith(fact.text[:40]) and records_a_gap(fact.text):
            return f"The {org} fact base does not establish that: {fact.text}"
    if _dates_the_unseen(request, answer):
        said = [fact.text for fact in answer.facts if records_unseen(fact.text)]
        return f"The {org} fact base does not record that: {(said or [answer.text])[0]}"
    if _unrecorded_future(request, answer):
        return (
            f"The {org} fact base records what has happened and what is already scheduled; "
            "it has nothing on that yet, so I won't guess."
        )
    return None


def _speaks_of_own(read: Reading, answer: Answer) -> bool:
    """The answer speaks of a word the question names its thing by ("headquarters"), or the
    question names no such word (a bare "and who signed"), or nothing was answered."""
    own = {stem(word) for word in read.content if not is_date_word(word)}
    return not own or not answer.answered or not own.isdisjoint(stems(stated(answer)))


def _not_then(request: Request, answer: Answer) -> str | None:
    """What to say instead of a record read for today, when the question asks about the time
    of an event it names and that time was not placed ("who was secretary general during the
    January events": today's holder is no answer)."""
    dated = any(fact.date is not None for fact in answer.facts)
    if answer.intent == Intent.FACTS_SEARCH or dated:
        return None  # facts found by search, or dated ones, speak of their own time
    if not ties_to_unplaced_time(request.reading.corrected, request.understanding.dates):
        return None
    return (
        "The question asks about the time of an event I could not place as a date, and what I "
        "have answers for today, so I won't guess. Could you ask with the year or month?"
    )


def _dates_the_unseen(request: Request, answer: Answer) -> bool:
    """Asked when a state got the organization's own status that its record says no source
    shows ("in what year did Egypt receive CSTO observer status"): the premise is unsupported,
    and no year answers it. Without the organization named, a status in one of its bodies
    may be meant ("when did Serbia get observer status": in the Parliamentary Assembly)."""
    intent = request.understanding.intent
    # "When did Egypt become an observer", read as its joining: the status asked is not
    # membership, and the record's "no joining" does not answer it either.
    observer = intent == Intent.MEMBER_JOINED and request.reading.has("observer")
    if intent not in _STATUS_INTENTS and not observer:
        return False
    if not request.reading.has_any(OrganizationWords.of(request.catalog.organization).names):
        return False
    question = asked(request.reading.corrected, request.understanding.dates)
    return question.relation in _WHEN_ASKED and records_unseen(answer.text)


def _asks_future(request: Request) -> int | None:
    """The first year a question about the future asks for (None: it asks about the past)."""
    dates = request.understanding.dates
    # "Pashinyan said 'we will leave' - when was that?": the quoted "will" is not the asker's.
    quoted = quoted_only(request.reading.original)
    words = tuple(word for word in request.reading.corrected if word not in quoted)
    # "When did Pashinyan tell parliament that Armenia will leave": what was said is reported,
    # the asker asks about the saying (a "will" before the verb still asks the future).
    said = next(
        (
            index
            for index, word in enumerate(words)
            if word in _SPEECH_VERBS and words[index + 1 : index + 2] not in {(w,) for w in _ASKER}
        ),
        None,
    )
    if said:
        words = words[:said]
    return future_year(words, dates, request.today.year)


def _unrecorded_future(request: Request, answer: Answer) -> bool:
    """A question about the future, and an answer naming no date from then on: not an answer."""
    year = _asks_future(request)
    if year is None:
        return False
    # The facts must reach that year: a record read at the date asked echoes the year back
    # ("In 2030, Kazakhstan was a member") without any fact about then.
    return not names_year_from(" ".join(recorded_lines(answer)), year)


def _names_no_subject(loaded: _Loaded, request: Request) -> bool:
    """The question names nothing but the organization, and leans on no earlier question."""
    organization = loaded.catalog.organization.id
    subjects = request.understanding.subjects
    return subjects in ([], [organization]) and not request.understanding.carried


def _names_non_state_words(loaded: _Loaded, reading: Reading) -> set[str]:
    """The question's words beyond the organization, membership and dates."""
    names = loaded.linker.organization.names
    return {
        word
        for word in reading.content - names - MEMBER_WORDS - _MEMBERSHIP
        if not (word.isdigit() or is_date_word(word))
    }


def _names_a_non_state(loaded: _Loaded, reading: Reading) -> bool:
    """'is tashkent a member', 'is almaty in the csto': a city, or (asked of one thing) any
    word the bot knows that names no state."""
    words = _names_non_state_words(loaded, reading)
    if words & loaded.cities:
        return True
    return reading.words[:1] == ("is",) and bool(words - STOPWORDS - NOT_SPECIFIC)


def _link_certainty(reading: Reading, understanding: Understanding) -> float:
    """How far to trust the answer given how the subject was recognised."""
    scores = [m.score for m in reading.mentions if m.entity_id in understanding.subjects]
    certainty = min(scores) if scores else 1.0
    # A clarifying question's own doubt is not the doubt of a fact found despite it.
    return certainty * (1.0 if understanding.intent == "clarify" else understanding.certainty)


def _scaled(answer: Answer, certainty: float) -> Answer:
    if not answer.answered:
        return answer
    return replace(answer, confidence=round(answer.confidence * certainty, 3))
