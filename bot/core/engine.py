"""The question engine: question text in, structured Answer out. Never raises on user input."""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from itertools import pairwise

from bot.core.answering import confidence as score
from bot.core.answering.check import (
    Relation,
    asked,
    asks_reason,
    other_organizations,
    synonym_stems,
)
from bot.core.answering.combine import combined
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.enumerated import with_states_counted
from bot.core.answering.excluded import gives_left_out, without_left_out
from bot.core.answering.kinds import HANDLERS, LIST_FIRST
from bot.core.answering.lookup import describe
from bot.core.answering.respond import Request
from bot.core.answering.respond.conflicts import act_within, beyond_record
from bot.core.answering.respond.organization import asks_next_holder, leaders_recorded_elsewhen
from bot.core.answering.respond.people import asks_earlier_post, unrecorded_career
from bot.core.answering.respond.search import (
    asks_which_drill,
    has_topic_cue,
    lead_names_every_state,
    says_every_word,
    search_answer,
    specific_words,
)
from bot.core.answering.respond.signing import signing_answer
from bot.core.answering.respond.still import still_a_member, still_in_post
from bot.core.answering.retrieval import stems
from bot.core.api import Answer, Completion, Context, SubjectKind
from bot.core.asking import MAX_QUESTION_CHARS, Asking
from bot.core.claim_checks import (
    checked_claim,
    claim_passed_over,
    claim_pulled_in,
    claim_verdict,
    figure_checked,
    record_claim,
    sources_set_aside,
    term_claimed,
)
from bot.core.closed_world import asks_membership, strongly_in_domain
from bot.core.doer_claim import doer_checked, doer_over_overview
from bot.core.in_context import time_shifted, understand
from bot.core.in_order import in_order
from bot.core.in_span import in_span
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Knowledge
from bot.core.language.asides import set_aside, without_label, without_preamble, without_task
from bot.core.language.lexicon import LEXICON, OFF_TOPIC
from bot.core.language.linking import Reading, complete_names, readings_remembered
from bot.core.language.premises import (
    after_premise,
    before_concession,
    premise_named,
    without_reason,
)
from bot.core.language.temporal import find_dates, merge_dates
from bot.core.loaded import LoadedKnowledge, derive
from bot.core.origin_claim import origin_checked
from bot.core.question_parts import PartCheck, answer_parts, answerable_in_parts
from bot.core.remembering import topic_after
from bot.core.replies import UNRESOLVED, abstain, help_answer, other_membership, small_talk
from bot.core.trust.agent_asked import agent_unsaid
from bot.core.trust.another_edition import another_edition, edition_unknown
from bot.core.trust.another_state import lead_of_another_state
from bot.core.trust.attribute import no_attribute_message, unstated_attribute
from bot.core.trust.chair_unnamed import asks_chair, chair_unnamed
from bot.core.trust.covering import covering
from bot.core.trust.date_given_back import date_given_back
from bot.core.trust.declines import (
    WHEN_ASKED,
    asks_future,
    not_established,
    not_then,
    unheld_session,
)
from bot.core.trust.held_time import another_time_unsaid, of_another_time
from bot.core.trust.holder_unnamed import holder_unnamed, no_holder_named
from bot.core.trust.list_unasked import list_not_asked, one_listed_unasked
from bot.core.trust.org_record import happening_unnamed, org_record_unasked
from bot.core.trust.record_unsaid import (
    asks_yes_no_of_person,
    joined_unsaid,
    membership_of_thing_in_play,
    overview_unsaid,
    session_unsaid,
)
from bot.core.trust.share_unsaid import share_unsaid
from bot.core.trust.slot_time import time_given_for_who
from bot.core.trust.someone_else import asks_someone_else
from bot.core.trust.sum_unsaid import sum_unsaid
from bot.core.understanding.hedges import unhedged
from bot.core.understanding.intent import Intent
from bot.core.understanding.leaders import leader_in_play
from bot.core.understanding.memory import ConversationMemory, Topic
from bot.core.understanding.naming import (
    capital_as_state,
    city_as_state,
    his_state_in_play,
    source_city_as_state,
    there_in_play,
)
from bot.core.understanding.opinion import asks_opinion
from bot.core.understanding.order import order_ask, span_ask
from bot.core.understanding.others import others_question, without_answerers
from bot.core.understanding.parts import question_parts
from bot.core.understanding.shifts import moved_on
from bot.core.understanding.signing import signing_in_play
from bot.core.understanding.swaps import swapped_question
from bot.core.understanding.understand import Understanding

logger = logging.getLogger(__name__)

# Steps a member state takes: "it" taking one is a state, which the question does not say.
_MEMBERSHIP_STEPS = LEXICON.words("membership_change")
_ORG_PRONOUNS = LEXICON.words("neuter_pronouns") | LEXICON.words("plural_pronouns")
_OWNED_BY_PRONOUN = re.compile(r"\b(?:its|their)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"\b(?:it|they|them)\b", re.IGNORECASE)
_STATE_INTENTS = ("member.", "person.")
_CONFLICT = "conflict."
# A conflict's start or end, which its record's span gives (not its length: "how long").
_SPAN_EDGES = LEXICON.words("conflict_record") - LEXICON.words("duration_verbs") - {"long", "over"}
_HOW_MUCH = frozenset({("long",), ("many",), ("much",)})
_WHEN_ASKED = frozenset({Relation.WHEN, Relation.DAY})
_MEMBER_INTENTS = (
    Intent.MEMBER_LIST,
    Intent.MEMBER_COUNT,
    Intent.MEMBER_FORMER,
    Intent.MEMBER_ORIGINAL,
    Intent.MEMBER_AT_DATE,
    Intent.MEMBER_OBSERVERS,
)
# A state's own membership steps, each a record of its treaty accession, exit or return.
_MEMBERSHIP_RECORDS = frozenset(
    {Intent.MEMBER_JOINED, Intent.MEMBER_LEFT, Intent.MEMBER_REJOINED, Intent.MEMBER_SUSPENDED}
)
_ORG_ASKS = LEXICON.words("organization_asks")
_STATES_ASKED = LEXICON.words("states_asked")
_BELONGING = LEXICON.words("belonging")
_INSIDE = LEXICON.words("inside")
_OPINION = (
    "I report what the sources record, not views or advice of my own, so I won't give one. "
    "I can tell you what happened or what those involved said."
)


def _states_in_it(words: tuple[str, ...]) -> bool:
    """ "Which countries used to be in it", "what states belong to it": states asked of their
    belonging to what "it" stands for (not "which states did it invade": an act of its own)."""
    if _STATES_ASKED.isdisjoint(words):
        return False
    if not (_MEMBERSHIP_STEPS.isdisjoint(words) and _BELONGING.isdisjoint(words)):
        return True
    return any(word in _INSIDE and later in _ORG_PRONOUNS for word, later in pairwise(words))


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
        self._loaded = derive(knowledge)
        self._memory = memory or ConversationMemory()
        self._today = today
        # Strict: a bug propagates, so tests see it; adapters' error boundaries apologise.
        self._strict = strict

    def __getstate__(self) -> dict[str, object]:
        # A snapshot keeps what was derived from the knowledge; conversations start afresh.
        return {"loaded": self._loaded, "strict": self._strict}

    def __setstate__(self, state: dict[str, object]) -> None:
        loaded = state["loaded"]
        if not isinstance(loaded, LoadedKnowledge):
            raise TypeError("not an engine snapshot")
        self._loaded = loaded
        self._memory = ConversationMemory()
        self._today = dt.date.today
        self._strict = bool(state.get("strict", False))

    @property
    def _asking(self) -> Asking:
        # What the steps split off the engine (claims, parts, order) may ask of it again.
        return Asking(
            self._memory,
            self._today,
            self._answer,
            self._answer_one,
            self._dispatch,
            lambda loaded, question: abstain(loaded, question, None, understood=True),
        )

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
        self._loaded = derive(knowledge)

    def answer(self, question: str, context: Context | None = None) -> Answer:
        """Answer one question; a failure becomes an apology unless the engine is strict."""
        loaded = self._loaded  # one consistent snapshot even if a reload happens meanwhile
        text = question if isinstance(question, str) else ""
        if self._strict:
            with readings_remembered():
                return self._answer(loaded, text, context or Context())
        try:
            with readings_remembered():
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

    def _answer(self, loaded: LoadedKnowledge, question: str, context: Context) -> Answer:
        origin = origin_checked(self._asking, loaded, question)
        if origin is not None:  # "Zas came from Kazakhstan, right?": his record says where from
            return origin
        # "... in Minsk since Belarus hosts so many meetings. Is that right?": the claim checked
        # without the asker's reason for it, which would be searched as if asked.
        checked = without_reason(question[:MAX_QUESTION_CHARS])
        # "... weren't at the Tashkent signing. When did they come on board?": "they" are the
        # states the premise names.
        checked = premise_named(checked, lambda text: _actors_named(loaded, text)) or checked
        if checked == question[:MAX_QUESTION_CHARS]:
            return self._answer_whole(loaded, question, context)
        found = self._answer_whole(loaded, checked, context)
        return replace(found, question=question[:MAX_QUESTION_CHARS])

    def _answer_whole(self, loaded: LoadedKnowledge, question: str, context: Context) -> Answer:
        asking = self._asking
        asked_order = order_ask(question[:MAX_QUESTION_CHARS])
        in_turn = None if asked_order is None else in_order(asking, loaded, asked_order, context)
        if in_turn is not None:
            return replace(in_turn, question=question[:MAX_QUESTION_CHARS])
        asked_span = span_ask(question[:MAX_QUESTION_CHARS])
        if asked_span is not None:  # "how many days after the taliban took kabul did they meet"
            between = in_span(asking, loaded, asked_span, context)
            return replace(between, question=question[:MAX_QUESTION_CHARS])
        parts = question_parts(question[:MAX_QUESTION_CHARS])
        if len(parts) < 2 or not answerable_in_parts(loaded, question):
            found = self._answer_one(loaded, question, context)
            rest = None if found.answered else self._without_story(loaded, question)
            if rest is not None:  # "I'm updating a chart for December 2026. Is Armenia ...?"
                again = self._answer_one(loaded, rest, context)
                found = (
                    replace(again, question=question[:MAX_QUESTION_CHARS])
                    if again.answered
                    else found
                )
            if found.answered:
                return (
                    doer_over_overview(asking, loaded, question, found)
                    or claim_passed_over(asking, loaded, question, context, found)
                    or claim_pulled_in(asking, loaded, question, context, found)
                    or term_claimed(asking, loaded, question, context, found)
                    or figure_checked(asking, loaded, question, context, found)
                    or claim_verdict(loaded, question, found)
                )
            return (
                checked_claim(asking, loaded, question, context)
                or record_claim(asking, loaded, question)
                or doer_checked(asking, loaded, question)
                or figure_checked(asking, loaded, question, context)
                or sources_set_aside(asking, loaded, question, context)
                or found
            )
        answered = answer_parts(asking, loaded, parts, context)
        whole = self._answer_one(loaded, question, context)
        if not whole.answered and answered.topic is not None:
            self._memory.remember(context.conversation, answered.topic)
        org = loaded.catalog.organization.abbreviation
        joined = combined(whole, answered.parts, org, PartCheck(loaded))
        if not joined.answered:  # "The article says ... . Which drill was it?": the claim asked
            joined = sources_set_aside(asking, loaded, question, context) or joined
        if not joined.text.strip():  # an answer without words is never given
            return abstain(loaded, question, None, understood=True)
        return joined

    def _without_story(self, loaded: LoadedKnowledge, question: str) -> str | None:
        """The question without the asker's task or story before it, if it has one."""
        linker = loaded.linker
        org = loaded.catalog.organization.id
        return (
            without_task(question, linker.names_any)
            or without_preamble(question, lambda text: linker.read(text).ids(), org)
            or without_label(question, linker.names_any)
        )

    def _answer_one(self, loaded: LoadedKnowledge, question: str, context: Context) -> Answer:
        """One ask answered by the engine's normal path, unless all it gives is what the
        question leaves out."""
        return self._unless_left_out(
            loaded, question, self._answer_asked(loaded, question, context), context
        )

    def _answer_asked(self, loaded: LoadedKnowledge, question: str, context: Context) -> Answer:
        """One ask answered by the engine's normal path."""
        clipped = question[:MAX_QUESTION_CHARS]
        if not clipped.strip():
            org = loaded.catalog.organization.abbreviation
            return abstain(loaded, question, None, f"Ask me a question about the {org}.")
        # "I've seen numbers all over the place" says how sure the user is, not what is asked.
        clipped, doubts = set_aside(clipped, loaded.linker.names_any)
        # "Bordyuzha left in 2016 ..., so who ran it in March 2017": the question after the
        # asker's premise, when it stands alone.
        clipped = before_concession(after_premise(clipped))
        reading = unhedged(loaded.linker.read(clipped))
        early = small_talk(loaded, question, reading) or other_membership(loaded, question, reading)
        if early is None and asks_opinion(reading):
            early = abstain(loaded, question, reading, _OPINION)
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
        shifted = None if dates or others else time_shifted(loaded, reading, topic)
        if shifted is not None:  # "the year before": read as the year it counts to
            asked, reading, dates = reading, loaded.linker.read(shifted), find_dates(shifted)
            topic = moved_on(topic, asked, dates[0], loaded.catalog) if dates else topic
        swapped = None if others or shifted else swapped_question(reading, topic, loaded.linker)
        if swapped is not None:  # "what about the charter?": the last question, of the charter
            reading, dates = loaded.linker.read(swapped), find_dates(swapped)
        reading = capital_as_state(reading, loaded.catalog, topic)  # "Tashkent's": Uzbekistan's
        if self._off_topic(loaded, reading, topic):
            return self._outside(loaded, question, reading, dates, topic=topic, context=context)
        reading, understanding = understand(loaded, reading, dates, topic)
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
            return found or abstain(loaded, question, reading, UNRESOLVED)
        request = Request(
            loaded.catalog, reading, understanding, self._today(), loaded.cities, doubts
        )
        answer = _unless_org_record(loaded, request, self._trusted(loaded, request), topic)
        if answer is None and understanding.intent == "abstain" and not understanding.subjects:
            answer = self._unnamed(loaded, reading, dates, topic)
        if answer is None or not answer.text.strip():
            # Past the off-topic gate (perhaps leaning on the conversation): understood, not found.
            # An answer without words says nothing, answered or not: it is never given.
            self._remember_named(context, request)
            return abstain(loaded, question, reading, understood=True)
        # A yes/no asked of a person, declined: the person stays in play all the same ("and
        # what did his foreign minister say?" is still his).
        # Likewise who chaired a session, declined: the session stays ("and the fourth?").
        if answer.answered or asks_yes_no_of_person(request) or asks_chair(request):
            self._remember(context, request, answer)
        return replace(answer, question=question[:MAX_QUESTION_CHARS])

    def _unless_left_out(
        self, loaded: LoadedKnowledge, question: str, answer: Answer, context: Context
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
        return abstain(loaded, question, None, message)

    def _off_topic(self, loaded: LoadedKnowledge, reading: Reading, topic: Topic | None) -> bool:
        """Nothing of the fact base is asked about, and the question does not lean back."""
        if topic is not None and loaded.understander.needs_context(reading):
            return False
        if not loaded.understander.is_off_topic(reading, loaded.linker.vocabulary, loaded.foreign):
            return False
        if strongly_in_domain(loaded, reading) or loaded.dealings.told(reading):
            return False
        # "Is Turkey a member?" names a state the fact base lacks: closed world, not off topic.
        external = loaded.linker.external_countries(reading)
        return not (external and asks_membership(loaded, reading))

    def _trusted(self, loaded: LoadedKnowledge, request: Request) -> Answer | None:
        """The chosen answer, its confidence scaled by how surely the subject was recognised."""
        understanding = request.understanding
        # "What did he do after he left the post": the post's own record is no answer either.
        unheld = unheld_session(request) or unrecorded_career(request)
        if unheld is not None:
            return abstain(loaded, request.reading.original, request.reading, unheld)
        if understanding.signed is not None:  # "did belarus sign it": the agreement in play
            answer = signing_answer(request)
        elif asks_someone_else(request) or membership_of_thing_in_play(request):
            # "Who went instead of Nazarbayev": his own record names the wrong man; a fact
            # saying the act may name the right one. So with "is it part of the CSTO?" of a
            # base in play: the state's own membership says nothing of the base.
            answer = search_answer(request, loaded.retriever)
        elif (still := still_in_post(request)) is not None:
            # "Is he still secretary general": the post's succession says, not his own record.
            answer = still
        else:
            answer = self._choose(loaded, request) if understanding.intent != "abstain" else None
        answer = _slot_refound(loaded, request, answer)
        if answer is not None and answer.answered and list_not_asked(request, answer):
            answer = None  # a list of the sessions that fit says nothing of the one asked of
        if answer is None or not answer.answered:
            return answer
        attribute = unstated_attribute(request, answer)
        # "Still a full member, right?": the status today says how full; no fact of the day it
        # was "full" (the 2006 return) replaces it.
        if not still_a_member(request, answer.intent):
            answer = covering(loaded, request, answer, attribute)
        if answer is None and attribute is not None:
            message = no_attribute_message(request, attribute)
            return abstain(loaded, request.reading.original, request.reading, message)
        if answer is None:
            return None
        # "why?" after a 2006 turn, answered by a 2012 reason: a fact of that time, found
        # anew, or none (declined below).
        answer = _at_held_time(loaded, request, answer)
        unsaid = (
            another_time_unsaid(request, answer)
            or date_given_back(request, answer)
            or chair_unnamed(request, answer)
            or holder_unnamed(request, answer)
            or not_established(request, answer)
            or not_then(request, answer)
            or session_unsaid(request, answer)
            or overview_unsaid(request, answer)
            or joined_unsaid(request, answer)
            or lead_of_another_state(request, answer)
            or share_unsaid(request, answer)
            or sum_unsaid(request, answer)
            or another_edition(request, answer)
            or edition_unknown(request, answer)
        )
        if unsaid is not None:
            return abstain(loaded, request.reading.original, request.reading, unsaid)
        answer = with_states_counted(
            request, _scaled(answer, _link_certainty(request.reading, understanding))
        )
        return None if answer.confidence < score.ANSWER_THRESHOLD else answer

    def _remember(self, context: Context, request: Request, answer: Answer) -> None:
        """Keep what the conversation is about, so the next question can lean on it."""
        topic = topic_after(
            request,
            answer,
            lambda: self._memory.recall(context.conversation),
            self._loaded.succession,
        )
        if topic is not None:
            self._memory.remember(context.conversation, topic)

    def _remember_named(self, context: Context, request: Request) -> None:
        """Keep what an unanswered question named itself, if anything: "and when did they come
        back?" after "Uzbekistan and the CSTO, what's the story?" is still about Uzbekistan."""
        understanding = request.understanding
        if self._memory.recall(context.conversation) is not None:
            return  # a turn declined leaves the topic in play before it, richer than a name
        organization = request.catalog.organization.id
        # A demonym ("I see it in Russian posts") names a language or a people as often as a
        # state: only names spelt out (or nearly) are kept.
        named = tuple(
            dict.fromkeys(
                mention.entity_id
                for mention in request.reading.mentions
                if mention.entity_id != organization and mention.score > score.LINK_DEMONYM
            )
        )
        if named:
            dates = understanding.dates
            topic = Topic(named, Intent(understanding.intent), dates[0] if dates else None)
            self._memory.remember(context.conversation, topic)

    def _choose(self, loaded: LoadedKnowledge, request: Request) -> Answer | None:
        """Structured answer for a plain question; retrieval when it asks something specific."""
        intent = request.understanding.intent
        if intent in _READ_OFF:
            return _READ_OFF[intent](self, loaded, request)
        if intent in {"abstain", "unresolved"}:
            return None
        specific = specific_words(request)
        # Reasons live in facts, not in records ("for what reason did Baku walk away").
        asks_why = asks_reason(request.reading.words)
        # "What is it meant to do": facts state a purpose; a record of its founding does not.
        asks_why = asks_why or asked(request.reading.corrected, []).relation is Relation.PURPOSE
        if intent in LIST_FIRST and not asks_why:
            return self._listed(loaded, request, specific)
        # Descriptive intents (who is X, the conflict) answer "why did he refuse to sign" poorly:
        # a question with its own cue words there is better served by the matching facts.
        about_a_post = request.reading.has("secretary") or request.reading.has("role_person")
        descriptive = (
            intent.endswith((".overview", ".statements"))
            and has_topic_cue(request)
            and not (intent.startswith("person.") and about_a_post)  # roles are not facts
        )
        carried = request.understanding.carried
        # "Still a full member, right?": the status today answers, not a fact of its 2006 return.
        status_now = still_a_member(request, intent)
        retrieval_first = (specific or descriptive or asks_why or carried) and not status_now
        # Not a list asked of it ("which countries didn't renew the treaty"): those countries,
        # not the session, are what follow-ups speak of, and the facts name them.
        lists = request.reading.has("list")
        record = None
        # One state's membership record ("Georgia acceded to the Collective Security Treaty in
        # 1993") that says them answers too: the treaty is what members join and leave.
        one_state = intent in _MEMBERSHIP_RECORDS and len(request.understanding.subjects) == 1
        own_record = _names_an_occasion(request) or one_state
        # "Is Armenia still formally a member": one state's membership asked, not a list.
        lists = lists and not one_state
        if specific and own_record and not (asks_why or descriptive or carried or lists):
            # A summit's or a drill's own record that already says what the question's own
            # words ask ("the dates and range of Rubezh-2016") answers it; a search might find
            # another fact sharing one word ("long-range bombers").
            record = self._dispatch(loaded, request)
            if (
                record is not None
                and record.answered
                and says_every_word(record, specific)
                and not agent_unsaid(request, record, specific)
            ):
                return record
        if retrieval_first or intent == "facts.search":
            found = search_answer(request, loaded.retriever)
            if found is not None and (
                _record_says_it(request, found) or no_holder_named(request, found)
            ):
                found = None  # "when did the 2022 clashes start": the span's start answers
            if found is not None or intent == "facts.search":
                return found
        # "When did the peacekeepers leave Karabakh": an act within the conflict, which a fact
        # saying that act answers, not the conflict's record.
        within = act_within(request, loaded.retriever) if intent.startswith("conflict.") else None
        return within or self._structured(loaded, request, record)

    def _listed(
        self, loaded: LoadedKnowledge, request: Request, specific: set[str]
    ) -> Answer | None:
        """The list answers, unless the question asks after one of its facts in particular."""
        found = search_answer(request, loaded.retriever, min_matched=2) if specific else None
        if found is not None and no_holder_named(request, found):
            found = None  # "who held the top administrative post": the office's holders
        listed = found or self._dispatch(loaded, request)
        if listed is not None and not listed.answered and not asks_which_drill(request):
            # "Did Armenia send troops to the 2022 drills in Kazakhstan": no drill on record
            # there, but a fact may still speak of it; the checked search answers, when its
            # leading fact names every state asked of; not when the drill itself is asked.
            found = search_answer(request, loaded.retriever)
            if found is not None and lead_names_every_state(request, found):
                return found
        return listed

    def _closed_world(self, loaded: LoadedKnowledge, request: Request) -> Answer | None:
        """A state the fact base does not hold is no member; asked when it joined, that is said,
        but as no answer: the facts are silent on the state itself, the premise is the user's."""
        found = self._dispatch(loaded, request)
        question = asked(request.reading.corrected, request.understanding.dates)
        if found is None or not found.answered or question.relation not in WHEN_ASKED:
            return found
        message = found.text.removeprefix("No. ")  # a verdict answers "is it", not "when"
        return abstain(loaded, request.reading.original, request.reading, message)

    def _clarify(self, loaded: LoadedKnowledge, request: Request) -> Answer | None:
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
        self, loaded: LoadedKnowledge, request: Request, dispatched: Answer | None = None
    ) -> Answer | None:
        """The registry's answer; a non-answer falls back on the facts unless it is deliberate.
        `dispatched`: the registry's answer when already read."""
        structured = dispatched or self._dispatch(loaded, request)
        # Some non-answers are the answer ("which one?", "no future summit is recorded").
        deliberate = request.understanding.intent in {"clarify", "summit.next", "summit.list"}
        # The future is not in the facts: a record's "none recorded" is the honest answer.
        deliberate = deliberate or asks_future(request) is not None
        # Who led a body in a year its leadership facts do not reach: a search would only find
        # those facts again, each of its own time ("as of March 2022" is no answer for 2025).
        dated_leader = request.understanding.intent == "body.leadership"
        deliberate = deliberate or (dated_leader and leaders_recorded_elsewhen(request))
        deliberate = deliberate or asks_earlier_post(request)
        next_holder = request.understanding.intent == "org.secretaries" and asks_next_holder(
            request
        )
        deliberate = deliberate or next_holder
        if structured is not None and not structured.answered and not deliberate:
            return search_answer(request, loaded.retriever, strict=False) or structured
        return structured

    def _strong_match(
        self,
        loaded: LoadedKnowledge,
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
        if found is not None and sum_unsaid(request, found) is not None:
            return None  # "the bloc's budget in dollars": a fact on budget shares gives no sum
        if found is not None and found.answered and context is not None:
            # "When did the Taliban take Kabul" then "how did the leaders respond that month":
            # what the fact found is about, and its time, are in play as after any answer.
            self._remember(context, request, found)
        return found

    def _unnamed(
        self,
        loaded: LoadedKnowledge,
        reading: Reading,
        dates: list[PartialDate],
        topic: Topic | None,
    ) -> Answer | None:
        """A question naming no subject ("do they decide by majority vote?") that opens a
        conversation: "they" can only be the organization, whose facts answer it when one
        matches two or more of its rare words (a follow-up leans on what is in play instead)."""
        if topic is not None:
            return None
        return self._strong_match(loaded, reading, dates)

    def _outside(
        self,
        loaded: LoadedKnowledge,
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
        return found or abstain(loaded, question, reading, leans_back=leans)

    def _of_organization(
        self,
        loaded: LoadedKnowledge,
        question: str,
        reading: Reading,
        *,
        topic: Topic | None,
        context: Context,
    ) -> Answer | None:
        """'How do they make decisions?' opening a conversation: with nothing in play, "it" or
        "they" asked of how things are run is the organization itself. Not a step a state takes
        ("when did it come back?"): guessing which state would mislead."""
        # "Which countries used to be in it": the states are what is asked, so "it" is what
        # they belong to, not one of them taking a step.
        states_asked = _states_in_it(reading.corrected)
        if topic is not None or not (states_asked or _MEMBERSHIP_STEPS.isdisjoint(reading.words)):
            return None
        if _ORG_PRONOUNS.isdisjoint(reading.words) or not (
            states_asked or not _ORG_ASKS.isdisjoint(reading.words)
        ):
            return None  # "when did it happen?": nothing says the organization is meant
        if other_organizations(reading.words) or not loaded.foreign.isdisjoint(reading.words):
            return None  # "what did the OSCE decide at its last summit": "its" is the OSCE's
        org = loaded.catalog.organization.abbreviation
        named = _OWNED_BY_PRONOUN.sub(f"the {org}'s", question[:MAX_QUESTION_CHARS])
        named = _PRONOUN.sub(f"the {org}", named)
        found = self._answer_one(loaded, named, context)
        # A state's record read for "it" guesses a state; asked which states, a list of the
        # organization's members is what was asked.
        listed = states_asked and found.intent.startswith(_MEMBER_INTENTS)
        if not found.answered or (found.intent.startswith(_STATE_INTENTS) and not listed):
            return None
        return replace(found, question=question[:MAX_QUESTION_CHARS])

    def _dispatch(self, loaded: LoadedKnowledge, request: Request) -> Answer | None:
        """The structured answer for the intent, from the registry of subject kinds."""
        intent = request.understanding.intent
        handler = HANDLERS.get(intent)
        return handler(request, loaded.retriever) if handler else None

    def help(self) -> Answer:
        """What the bot can answer, with example questions."""
        return help_answer(self._loaded, "help")

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
_READ_OFF: dict[str, Callable[[Engine, LoadedKnowledge, Request], Answer | None]] = {
    Intent.CLARIFY: Engine._clarify,
    Intent.MEMBER_CLOSED_WORLD: Engine._closed_world,
    Intent.OFFICE_SUCCESSION: Engine._dispatch,
}


def _actors_named(loaded: LoadedKnowledge, text: str) -> list[str]:
    """The states and people a text names, by their names in the fact base, in its order."""
    catalog = loaded.catalog
    named = loaded.linker.read(text).ids()
    return [catalog.name(i) for i in dict.fromkeys(named) if catalog.kinds.get(i) in _ACTOR_KINDS]


_ACTOR_KINDS = frozenset({"country", "person"})


def _record_says_it(request: Request, found: Answer) -> bool:
    """A conflict asked of by words its own record answers only, its start or end among them
    ("when did the 2022 clashes start"), and facts found that say neither: the record's span,
    not those facts, answers."""
    if not request.understanding.intent.startswith(_CONFLICT) or beyond_record(request):
        return False
    words = request.reading.corrected
    # "When" or "how did it start" asks the start; "what did Zas do when the unrest started"
    # does not (the start is a clause of time).
    manner = words[:1] == ("how",) and words[1:2] not in _HOW_MUCH
    if asked(words, []).relation not in _WHEN_ASKED and not manner:
        return False
    edges = request.reading.content & _SPAN_EDGES
    said = stems(" ".join(fact.text for fact in found.facts))
    return bool(edges) and not any(synonym_stems(word) & said for word in edges)


def _slot_refound(
    loaded: LoadedKnowledge, request: Request, answer: Answer | None
) -> Answer | None:
    """The answer, or the facts found for the question when the answer fills not the slot
    asked: a record of when given to "who", or a list of the one thing in play."""
    if answer is None or not answer.answered:
        return answer
    if time_given_for_who(request, answer):
        # "who ran the troops there": the dates of the event fill no "who"; a fact may. The
        # record stays when none is found: its summary names the parties and mediators.
        found = search_answer(request, loaded.retriever)
        return found if found is not None and found.answered else answer
    if one_listed_unasked(request, answer):
        # "did bombers take part in it": a list of the one exercise in play says nothing of it.
        return search_answer(request, loaded.retriever)
    return answer


def _unless_org_record(
    loaded: LoadedKnowledge, request: Request, answer: Answer | None, topic: Topic | None
) -> Answer | None:
    """The answer, unless it is the organization's seat or chair given to a follow-up pointing
    back at another thing ("where was that announced?" of an event in play), or its founding
    given to the start of a happening not named: then declined."""
    unasked = (
        org_record_unasked(request, answer, topic) or happening_unnamed(request, answer, topic)
        if answer is not None
        else None
    )
    if unasked is None:
        return answer
    return abstain(loaded, request.reading.original, request.reading, unasked)


def _at_held_time(loaded: LoadedKnowledge, request: Request, answer: Answer) -> Answer:
    """The answer; if it is of another time than a bare follow-up's, the facts found for it
    asked at the time the conversation holds, when they are of that time."""
    held = request.understanding.held
    if not held or not of_another_time(request, answer):
        return answer
    # The year in play alone: "why?" after a return dated August 2006 is answered by the
    # reason given that June as well.
    year = [PartialDate(held[0])]
    dated = replace(request, understanding=replace(request.understanding, dates=year))
    found = search_answer(dated, loaded.retriever, of_the_time=True)
    if found is None or not found.answered or of_another_time(request, found):
        return answer
    return found


def _choice_value(catalog: Catalog, entity_id: str) -> str:
    name = catalog.name(entity_id)
    return name if len(name) <= 100 else entity_id


def _names_an_occasion(request: Request) -> bool:
    """The question is about named occasions only (a summit, an exercise), not states or people."""
    subjects = request.understanding.subjects
    kinds = request.catalog.kinds
    return bool(subjects) and all(kinds.get(subject) in _OCCASIONS for subject in subjects)


_OCCASIONS = frozenset({"summit", "exercise"})


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
