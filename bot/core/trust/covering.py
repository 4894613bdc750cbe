"""Whether an answer says what the question's own words ask; else the facts that do."""

from __future__ import annotations

from dataclasses import replace

from bot.core.answering import confidence as score
from bot.core.answering.check import (
    Asked,
    Relation,
    asked,
    dates_after,
    reason_of_year,
    states_day,
    states_day_in_month,
    states_each,
    states_loose_reason,
    states_order,
    states_person,
    states_place,
    states_reason,
    states_response,
    states_who,
)
from bot.core.answering.detail import Missing, leaves_out_detail, says_a_detail
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import (
    answer_coverage,
    own_name_words,
    person_stems,
    places_of,
    search_answer,
    stated,
)
from bot.core.answering.statements import dates_another_step
from bot.core.api import Answer
from bot.core.language.linking import name_words
from bot.core.language.quotes import quotes_in
from bot.core.language.wording import wording_asked
from bot.core.loaded import LoadedKnowledge
from bot.core.trust.attribute import unstated_attribute
from bot.core.trust.event_unsaid import names_no_session_asked
from bot.core.trust.holder_unnamed import no_holder_named
from bot.core.trust.leaves_out import (
    leaves_out_a_part,
    leaves_out_article,
    leaves_out_body,
    leaves_out_external,
    leaves_out_kind,
    leaves_out_occasions,
    leaves_out_person,
    leaves_out_picked_kind,
    leaves_out_summit,
    leaves_out_telling,
    leaves_out_who_said,
    list_leaves_out_rank,
    misses_the_gist,
    says_none_of,
    says_only_the_time_clause,
)
from bot.core.trust.post_of import names_another_bodys_post
from bot.core.trust.states_named import (
    leaves_out_office_state,
    leaves_out_state,
    names_no_state_picked,
)
from bot.core.trust.undated import describes_another_time
from bot.core.understanding.intent import Intent
from bot.core.understanding.rule_asked import rule_acts

_PLACE_GIVING = frozenset({"country", "conflict"})


def _with_names_linked(loaded: LoadedKnowledge, request: Request, question: Asked) -> Asked:
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


def covering(
    loaded: LoadedKnowledge, request: Request, answer: Answer, attribute: str | None
) -> Answer | None:
    """The answer, if it says what the question's own words ask about; else the facts that do.

    A record chosen by intent ("how many ... " → the member count) may not speak of the rare
    words that say what is really asked ("strategic sites"): then the facts are searched, and
    when none answers either, nothing is said. Facts found by search that say too little of the
    question are not given either. Confidence follows the share covered. `attribute` is what
    `unstated_attribute` found unsaid in the answer (None: nothing).
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
    said = stated(answer)
    partial = _says_too_little(loaded, request, answer, question, attribute=attribute, rule=rule)
    # A record read for "why" must give a reason (retrieval already favours facts that do).
    is_search = answer.intent == Intent.FACTS_SEARCH
    # Facts found by words alike ("Lukashenko was absent" for "why did Lukashenko miss it") are
    # checked too, more loosely: retrieval favours facts that give a reason, but finds others
    # when none does.
    reason = states_loose_reason if is_search else states_reason
    partial = partial or not reason(question, said)
    partial = partial or not (is_search or reason_of_year(question, said))
    # "Treaty entry into force date?": facts on another force's treaty say "treaty" only.
    partial = partial or (is_search and misses_the_gist(request, loaded.retriever, missing))
    # Asked the exact day of something ("on what date was he appointed"), a record saying none
    # of the question's content words (his term) gives the day of something else.
    partial = partial or (question.relation is Relation.DAY and says_none_of(missing, share, said))
    # A state's status, read for a question it says none of the words of ("has Belarus ever
    # boycotted a summit"), answers another question: "is it a member?".
    # Nor do facts found by search, asked when, that say none of the question's words.
    asks_date = question.relation in (Relation.WHEN, Relation.DAY)
    status_or_date = answer.intent == Intent.MEMBER_STATUS or (is_search and asks_date)
    partial = partial or (status_or_date and says_none_of(missing, share, said))
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


def _says_too_little(
    loaded: LoadedKnowledge,
    request: Request,
    answer: Answer,
    question: Asked,
    *,
    attribute: str | None,
    rule: bool,
) -> bool:
    """Whether the answer's own words leave out what the question asks: a subject it names, the
    kind, place, person, day or order asked, a part after the first, an attribute. `rule`: the
    search gave rule facts for a rule asked (a state named there is an example)."""
    places = places_of(request)
    said = stated(answer)
    partial = not states_each(question, said, places)
    # "The former observer": a domain word saying which part is asked about, left unsaid.
    partial = partial or leaves_out_telling(request, answer)
    # "Masadykov's birthday": a record of the subject that never states the attribute asked.
    partial = partial or attribute is not None
    partial = partial or leaves_out_external(loaded, request, answer)
    # "What is article 5 of the treaty": NATO's Article 5, compared in a fact, is not ours.
    partial = partial or leaves_out_article(loaded, request, answer)
    # "How many times did they deploy": a troop count is no count of occasions.
    partial = partial or leaves_out_occasions(request, answer)
    partial = partial or leaves_out_person(request, answer)
    partial = partial or leaves_out_summit(loaded, request, answer)
    # "Who was appointed at Astana in 2018": the Council's rule of appointing is of no session.
    partial = partial or names_no_session_asked(request, answer)
    # "How many CSTO peacekeepers were killed": a death toll that never speaks of them is
    # another body's count.
    partial = partial or leaves_out_body(request, answer)
    # "Which airports did they guard": a kind no fact speaks of, answered with other things.
    partial = partial or leaves_out_picked_kind(loaded, request, answer)
    partial = partial or leaves_out_who_said(request, answer)
    # "Who's the CSTO spokesman": the Kremlin's spokesman is another body's.
    partial = partial or names_another_bodys_post(request, answer)
    # "Which Pakistani leader": a record of any kind naming neither Pakistan nor its people.
    # Asked only (a claim of what the holder did is checked as a claim).
    asks_holder = question.relation in (Relation.WHO, Relation.PERSON)
    partial = partial or (asks_holder and leaves_out_office_state(request, answer))
    # "Which states signed it": an answer naming no state names none of those asked.
    partial = partial or names_no_state_picked(request, answer)
    # Facts found by words about other states ("the summits in Kazakhstan" answered with a drill
    # in Kyrgyzstan) do not confirm what the question says of the state it names.
    partial = partial or (
        answer.intent == Intent.FACTS_SEARCH
        and not rule
        and leaves_out_state(request, answer, question, places)
    )
    # "What came before the CSTO", "what is the centre for": no descent, no purpose stated. A
    # record read for "where" must name a place (a search's facts are checked already).
    partial = (
        partial
        or leaves_out_kind(request, answer, question.relation, said)
        or not states_place(_with_names_linked(loaded, request, question), said, places)
    )
    # "What word did Armenia use": only a quotation gives someone's own word.
    wording = bool(wording_asked(request.reading.corrected))
    partial = partial or (wording and not quotes_in(said))
    # Asked "which Russian president", an answer naming states alone names no one.
    partial = partial or not states_person(question, said)
    # Asked who, a record naming no one but the organization itself does not answer (one
    # saying that the records hold no one then names no one by design).
    says_none = answer.confidence <= score.NONE_IN_LIST
    partial = partial or not (says_none or states_who(question, said))
    # "Which member was the first to ...": a list ranks nothing, unless it says the rank asked.
    partial = partial or list_leaves_out_rank(request, answer)
    # "After the Taliban took Kabul, what did the Secretary General promise": the clause of time
    # alone, said back, is no answer.
    partial = partial or says_only_the_time_clause(loaded, request, answer)
    # "Who heads it and who did he succeed": an answer to the first question alone is partial.
    partial = partial or leaves_out_a_part(loaded, request, answer)
    # "What did the Council decide on 19 December 2012": what the Council is says nothing of then.
    partial = partial or describes_another_time(request, answer)
    # Asked on what exact day, an answer dated only to a year or a month is not the answer.
    partial = partial or not states_day(question, said)
    # "Who will be secretary general after 2028": the holder until 2028 is no answer.
    partial = partial or not dates_after(request.reading.corrected, said)
    # "How did Mongolia respond to the invitation": the invitation alone is no response.
    partial = partial or not states_response(request.reading.corrected, said)
    # "Which came first, the decision or the signing": one date orders nothing.
    partial = partial or not states_order(request.reading.corrected, said)
    partial = partial or not states_day_in_month(question, said, request.understanding.dates)
    return partial or dates_another_step(request, answer, question)


def _unnamed_says_none(request: Request, answer: Answer, share: float) -> bool:
    """A record of something the question does not name says none of its own words ("what did
    Armenia refuse to do in 2023" read as the Karabakh conflict): facts that say them, if any
    do, answer instead."""
    named = set(request.reading.ids())
    return share == 0.0 and bool(answer.entities) and named.isdisjoint(answer.entities)


def _facts_saying_more(
    loaded: LoadedKnowledge,
    request: Request,
    record: Answer,
    detail: Missing | None,
    of_named: bool,
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
        and unstated_attribute(request, found) is None
        and not leaves_out_a_part(loaded, request, found)
        and not names_no_state_picked(request, found)
        and not says_only_the_time_clause(loaded, request, found)
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


def _detail_said(loaded: LoadedKnowledge, request: Request, answer: Answer) -> Answer | None:
    """The facts of the question's subject that say a detail the record left out, when they
    cover the question as well and pass the same checks of a part or attribute unsaid."""
    found = search_answer(request, loaded.retriever)
    if found is None or not says_a_detail(request, loaded.retriever, found, answer.intent):
        return None
    if answer_coverage(request, loaded.retriever, found)[0] < score.COVER_MIN:
        return None
    if unstated_attribute(request, found) is not None or leaves_out_a_part(loaded, request, found):
        return None
    if no_holder_named(request, found):
        return None  # "who held the top administrative post": what the post is names no one
    return found


def _names_no_subject(loaded: LoadedKnowledge, request: Request) -> bool:
    """The question names nothing but the organization, and leans on no earlier question."""
    organization = loaded.catalog.organization.id
    subjects = request.understanding.subjects
    return subjects in ([], [organization]) and not request.understanding.carried
