"""Answers from fact retrieval: the facts that best match the question's specific words."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise

from bot.core.answering import confidence as score
from bot.core.answering.agents import act_stems, agents_first
from bot.core.answering.check import (
    Asked,
    Content,
    Finding,
    Relation,
    Statement,
    anchor_openers,
    asked,
    asking_words,
    asks_city,
    asks_other_body,
    check,
    coverage,
    light_words,
    lineage_words,
    names_reason,
    other_body_words,
    other_organizations,
    particles,
    purpose_words,
    span_words,
    speaks_of_other_body,
    states_each,
    states_loose_reason,
    synonym_stems,
    telling_domain_words,
)
from bot.core.answering.clauses import clause_only_words
from bot.core.answering.compose import AnswerBuilder
from bot.core.answering.reasons import (
    add_context,
    gives_reason,
    only_weak_reason,
    reasons_first,
)
from bot.core.answering.respond import Request, asks_topic_of, bears_on
from bot.core.answering.respond.parallel import widened
from bot.core.answering.respond.still import ended_later
from bot.core.answering.respond.tenure import length_words
from bot.core.answering.retrieval import (
    Hit,
    Retriever,
    question_words,
    stem,
    stems,
    with_synonyms,
)
from bot.core.answering.select import overlaps
from bot.core.answering.states_picked import asks_which_states, names_a_state
from bot.core.api import Answer
from bot.core.knowledge.catalog import Catalog, DisputeItem, FactItem
from bot.core.language.lexicon import (
    CONFLICT_NOUNS,
    CUES,
    DOMAIN,
    EXTRAORDINARY,
    LEXICON,
    NOT_SPECIFIC,
    PLACE_WORDS,
    STOPWORDS,
    SUMMIT_WORDS,
    WHY_WORDS,
)
from bot.core.language.linking import name_words
from bot.core.language.normalize import tokens
from bot.core.language.organization import OrganizationWords
from bot.core.language.predicates import predicate_acts
from bot.core.language.temporal import ANY_YEAR, is_date_word, now_words, time_parts
from bot.core.language.wording import wording_asked
from bot.core.understanding.duration import asks_duration
from bot.core.understanding.intent import HOLDER_RECORDS
from bot.core.understanding.intents import MEMBER_WORDS
from bot.core.understanding.naming import source_named
from bot.core.understanding.rule_asked import rule_acts

_CUE_WORDS = frozenset(word for cue in CUES.values() for word in cue)
_GENERIC = (
    (DOMAIN - {"treaty"})
    | SUMMIT_WORDS
    | NOT_SPECIFIC
    | MEMBER_WORDS
    | LEXICON.words("fellow_members")
    | EXTRAORDINARY
    | CONFLICT_NOUNS
    | LEXICON.words("conflict_generic")
)
MIN_COVERAGE = score.MIN_COVERAGE
_ORDINARY = LEXICON.words("ordinary")
# "Has any politician suggested ...": who is asked, in words no fact uses for the person.
_UNNAMED_SPEAKERS = LEXICON.words("unnamed_speakers")
_WHERE_TOPICS = LEXICON.words("where_topics")
_ADVERB_ENDING = "ly"
_OWNERS = LEXICON.words("neuter_pronouns") | LEXICON.words("plural_pronouns")
_DURATION = LEXICON.words("duration")
_IN_FORCE = LEXICON.words("in_force")
# The words that say by themselves that a document took effect ("force" needs "into" before it).
_TOOK_EFFECT = _IN_FORCE - {"force"}
_NUMBER_WORDS = frozenset(LEXICON.numbers)
_INTO = LEXICON.words("in_force_openers")
_IMPERATIVES = LEXICON.words("imperatives")


def _in_force(words: tuple[str, ...]) -> set[str]:
    """ "Came into force": the force a document enters is what is asked, not a force of troops."""
    return {word for before, word in pairwise(words) if before in _INTO and word in _IN_FORCE}


def _says_in_force(text: str) -> bool:
    """The text says a document took effect ("entered into force", "ratified"), not merely
    names a force ("the Collective Rapid Reaction Force was signed")."""
    words = tuple(tokens(text))
    return not _TOOK_EFFECT.isdisjoint(words) or bool(_in_force(words))


def _in_force_hits(request: Request, hits: list[Hit]) -> list[Hit]:
    """ "Treaty in force since?": the facts saying a document took effect, those whose own
    words name the document asked first (a fact's owner lends it its name's words too: every
    fact of the organization would "say" treaty)."""
    took_effect = [hit for hit in hits if _says_in_force(_text(hit))]
    asked = {stem(word) for word in specific_words(request) - _IN_FORCE}

    def names_it(hit: Hit) -> bool:
        return asked <= stems(_text(hit))

    return sorted(took_effect, key=lambda hit: not names_it(hit))


def _narrowed(request: Request, hits: list[Hit]) -> list[Hit]:
    """The hits of the kind the question's wording asks for: another organization's, or a
    document's taking effect."""
    if asks_other_body(request.reading.corrected):
        hits = [hit for hit in hits if speaks_of_other_body(_text(hit))]
    if _in_force(request.reading.corrected):
        hits = _in_force_hits(request, hits)
    return hits


def _how_many_asked(words: tuple[str, ...]) -> set[str]:
    """ "Which three states": a number word after the question word says how many are asked;
    facts list them ("Azerbaijan, Georgia and Uzbekistan") without it ("those three" points)."""
    return {
        word
        for before, word in pairwise(words)
        if before in _INTERROGATIVE_CUES and word in _NUMBER_WORDS
    }


def _foreign(word: str) -> bool:
    """A word in another script than the facts' (a Russian word left untranslated)."""
    return not word.isascii()


def _opening_imperative(request: Request) -> set[str]:
    """The verb a request opens with ("name the countries ..."): it asks, it is not asked about."""
    first = request.reading.corrected[:1]
    return set(first) & _IMPERATIVES


def _counted_items(request: Request) -> set[str]:
    """'Which three states refused': a number after a question word or an article counts the
    items asked for; it is no topic the facts must say."""
    words = request.reading.corrected
    return {
        word
        for before, word in itertools.pairwise(words)
        if word in _NUMBER_WORDS and before in _COUNT_OPENERS
    }


_TOP_RANK = LEXICON.words("top_rank")
_OFFICIAL = LEXICON.words("official_noun")


def _post_words(request: Request) -> frozenset[str]:
    """ "The top official": words that name the chief's post together, as "secretary general"
    does; a fact calling the post so is no answer to who holds it."""
    words = frozenset(request.reading.corrected)
    if words.isdisjoint(_TOP_RANK) or words.isdisjoint(_OFFICIAL):
        return frozenset()
    return words & (_TOP_RANK | _OFFICIAL)


def asked_stems(word: str, words: tuple[str, ...]) -> frozenset[str]:
    """The stems a fact may say a question's word by: its synonyms; and, asked of an
    appointment ("pick a new secretary general"), "new" is said by the record of the
    appointment itself, which need not call the holder new (a "new" member still must be)."""
    found = synonym_stems(word)
    if word in _NEW_HOLDER and not _APPOINTING.isdisjoint(words):
        return found | _APPOINTED
    return found


_APPOINTING = LEXICON.words("appointing")
_APPOINTED = frozenset(stem(word) for word in LEXICON.words("appointed_words"))


def _alias_extras(request: Request) -> set[str]:
    """Words of a longer alias beyond the entity's own name: "four day war" names an episode of
    the Nagorno-Karabakh conflict, and those words say which part of it the question is about."""
    reading = request.reading
    extras: set[str] = set()
    for mention in reading.mentions:
        span = reading.corrected[mention.start : mention.end]
        entity = request.catalog.entities.get(mention.entity_id)
        # Only a conflict's aliases name episodes of it; other aliases are just other names.
        if entity is None or len(span) < 2 or request.catalog.kinds[entity.id] != "conflict":
            continue
        own = set(tokens(entity.name)) | set(tokens(getattr(entity, "abbreviation", None) or ""))
        extras |= {w for w in span if w not in own and w not in STOPWORDS and not w.isdigit()}
    return extras


def _short_bodies(request: Request) -> frozenset[str]:
    """The short names of other organizations the question names ("the UN"): what is asked
    about, though as short as the particles a search leaves out."""
    named = other_organizations(request.reading.corrected)
    return frozenset(name for names in named for name in names if " " not in name)


@lru_cache(maxsize=4)
def _defining_words(catalog: Catalog) -> frozenset[str]:
    """The words of the organization's overview facts, what it is and what its members are;
    not its name's ("the 1999 treaty" asks a fact of its own)."""
    organization = catalog.organization
    overview = (
        item for item in catalog.facts_of.get(organization.id, []) if "overview" in item.fact.topics
    )
    words = {word for item in overview for word in tokens(item.fact.text)}
    return frozenset(words - set(tokens(organization.name)))


# Office records, which say who held a post ("who holds it now" asks nothing beyond them).
_OFFICE_RECORDS = frozenset({"org.secretaries", "org.presidency", "body.leadership"})
_HOLDING = LEXICON.words("holding_verbs")
# "Who is the new secretary general": asked who holds an office, "new" is its latest holder,
# which the office's record says; asked why or when, it is the appointment ("why did they not
# name a new one") that facts say.
_NEW_HOLDER = LEXICON.words("new_holder")
_HOLDER_ASKS = frozenset({Relation.WHO, Relation.PERSON})
_DATE_ASKS = frozenset({Relation.WHEN, Relation.DAY})
_ACT_EVER = LEXICON.words("act_ever")
_LEADING = LEXICON.words("leader")
_DOCUMENT_VERBS = LEXICON.words("document_verbs")
_DOCUMENT_NOUNS = LEXICON.words("document_nouns")
# Records of the members, which list them all ("member.list", "member.at_date").
_MEMBER_RECORDS = "member."
# "Which two", "the three", "what two": words before a number of answers expected.
_PICKING_NUMBER = frozenset(["which", "what", "the", "those", "these"])


def _holder_asked_words(request: Request) -> frozenset[str]:
    """ "Who is the new secretary general", "who was in charge after Khachaturov": asked who
    holds an office, the words that say holding it ("in charge", "ran") and, of its current
    holder, the latest ("new"), which the office's record says by naming the holder; none for
    any other question."""
    intent = request.understanding.intent
    if intent not in HOLDER_RECORDS:
        return frozenset()
    if asked(request.reading.corrected, []).relation not in _HOLDER_ASKS:
        return frozenset()
    return _LEADING | (_NEW_HOLDER if intent in _OFFICE_RECORDS else frozenset())


def _expected_number(words: tuple[str, ...]) -> frozenset[str]:
    """ "Which two members didn't sign": the number after a picking word says how many answers
    are expected, which the answer's names give; no fact need say "two"."""
    return frozenset(
        word
        for before, word in pairwise(words)
        if before in _PICKING_NUMBER and (word in LEXICON.numbers or word.isdigit())
    )


def _not_asked_words(request: Request) -> frozenset[str]:
    """The words of a question that name or frame what it asks, never a word a fact must say
    (shared by specific_words and content_words): names ("the CSTO"), times ("in early
    October", "now"), the asker's imperative, a post's own words, the holder asked of an office
    ("the new secretary general"), and an unnamed other body ("what other grouping did it
    join": any other organization's name says it, not the words "other grouping")."""
    words = request.reading.corrected
    org_names = OrganizationWords.of(request.catalog.organization).names
    names = request.reading.named_words() | org_names | time_parts(words) | now_words(words)
    names |= _opening_imperative(request) | _post_words(request) | _UNNAMED_SPEAKERS
    names |= _holder_asked_words(request) | wording_asked(words)
    if asks_other_body(words):
        names |= other_body_words()
    return frozenset(names)


def specific_words(request: Request) -> set[str]:
    """Words that ask for something beyond the intent: not names, cues or generic domain words."""
    org_names = OrganizationWords.of(request.catalog.organization).names
    names = _not_asked_words(request) | request.cities
    members_listed = request.understanding.intent.startswith("member.") and (
        request.understanding.subjects == [request.catalog.organization.id]
    )
    # "The CSTO treaty" is the CSTO, not the 1992 treaty. Former members split by the founders
    # ("ex-members that didn't sign the original treaty"): the treaty is the founders' own, which
    # the split already tells.
    split = request.understanding.intent == "member.former" and request.reading.has("founders")
    if request.reading.has_any(org_names) or (members_listed and split):
        names = names | {"treaty"}
    if request.understanding.intent in _MEMBERSHIP_ASKED:
        # "Since when has Kyrgyzstan been in the Collective Security Treaty": the treaty is what
        # its membership is of, which the state's membership record says.
        names = names | _TREATY_NAME
    if members_listed:
        # "Which ex-Soviet states used to be in it": what the organization's own definition
        # says of every member ("an alliance of post-Soviet states") narrows no list of them.
        names = names | _defining_words(request.catalog)
    names = names | length_words(request.reading.corrected)  # "for two years": a length
    if asked(request.reading.corrected, []).relation is Relation.PURPOSE:
        names = names | purpose_words()  # "what is it meant to do": the purpose is the ask
    if request.understanding.intent in _OFFICE_RECORDS:
        names = names | _HOLDING  # "who holds it now": what an office's record says anyway
    names = names | _counted_items(request)
    if request.understanding.from_memory and request.reading.has_any(_POINTING_AT_LIST):
        # "When did the second one leave": the place picked one item of the list just given;
        # it says which, not what a fact must speak of ("the second Karabakh war").
        names = names | PLACE_WORDS
    if asks_duration(request.reading) and not request.understanding.from_memory:
        # "How long": a question word, as "how many" is. A follow-up "how long did it stay" is
        # read as the step that ended the one in play: its record answers, not a search.
        names = names | _DURATION
    found = (
        {
            word
            for word in request.reading.content
            if word not in names
            and word not in _CUE_WORDS
            and word not in _GENERIC
            and word not in particles()
            and (len(word) >= 3 or word.isdigit() or word in _short_bodies(request))
            and not is_date_word(word)
        }
        | _alias_extras(request)
        | _in_force(request.reading.corrected)
        | predicate_acts(request.reading.corrected)
    ) - _how_many_asked(request.reading.corrected)
    # "Take effect", "take decisions": the word beside the light verb says what is asked, and
    # facts word the verb apart ("entered into force", "are taken"). Alone, it is dropped only
    # when the check can hold the answer to the relation asked (a place, a reason, a date).
    heavy = found - light_words()
    if heavy or asked(request.reading.corrected, []).relation is not Relation.WHAT:
        return heavy
    return found


_INTERROGATIVE_CUES = LEXICON.words("interrogatives")
_MEMBERSHIP_ASKED = frozenset(["member.is"])
_TREATY_NAME = frozenset(["collective", "security", "treaty"])
_POINTING_AT_LIST = LEXICON.words("one_of_list") | LEXICON.words("group_reference")
# "Who didn't?" negates the last question: a negation is no topic of the question's own.
_NEGATIONS = LEXICON.words("negations")
_HAPPENINGS_ASKED = LEXICON.words("happenings_asked")
_NUMBER_WORDS = frozenset(LEXICON.numbers)
# Words after which a number counts the items asked for ("which three", "the two").
# "Those three" points back at a group in play instead, which the words must find.
_COUNT_OPENERS = LEXICON.words("which") | LEXICON.words("own_determiners")


def _unused_adverb(word: str, retriever: Retriever) -> bool:
    """An -ly adverb ("physically") that no fact uses: it says how, not what is asked."""
    if not word.endswith(_ADVERB_ENDING) or len(word) <= len(_ADVERB_ENDING) + 3:
        return False
    return not retriever.uses(word)


def has_topic_cue(request: Request) -> bool:
    """The question has its own cue beyond a bare question word ("when did they leave")."""
    cued = set(request.reading.corrected) & _CUE_WORDS
    # "What happened at the Minsk summit": a word asking for the whole story, or a filler; they
    # name no topic.
    cued -= _HAPPENINGS_ASKED
    return bool(cued - _INTERROGATIVE_CUES - _NEGATIONS - CUES["when"] - CUES["where"])


def topic_words(request: Request) -> set[str]:
    """What a question was about, for its follow-ups: its specific words and non-question cues."""
    cued = (set(request.reading.corrected) & _CUE_WORDS) - _INTERROGATIVE_CUES
    cued -= CUES["when"] | CUES["where"] | CUES["count"] | STOPWORDS
    return specific_words(request) | cued


def _conflicts_of(request: Request, entity_ids: set[str]) -> set[str]:
    """Conflicts the named countries were party to (in the dates asked about, if any)."""
    dates = request.understanding.dates
    found = set()
    for conflict in request.catalog.conflicts():
        if not entity_ids & set(conflict.parties):
            continue
        period = (
            conflict.start.first_day,
            conflict.end.last_day if conflict.end else request.today,
        )
        if all(overlaps(period, date) for date in dates):
            found.add(conflict.id)
    return found


def search(request: Request, retriever: Retriever) -> list[Hit]:
    """Ranked facts for the question, within its subjects (or everywhere for the CSTO itself)."""
    subjects = request.understanding.subjects
    org = request.catalog.organization.id
    linked = (set(request.reading.ids()) | set(subjects)) - {org}
    if not any(request.catalog.kinds.get(i) == "conflict" for i in linked):
        linked |= _conflicts_of(request, linked)
    # A rule asked ("does the charter let a member walk out") is the organization's, whatever
    # occasion the question names (the charter's signing): all its facts are searched.
    everywhere = not subjects or subjects == [org] or bool(rule_acts(request.reading))
    scope = None if everywhere else linked
    carried = set(request.understanding.carried)
    own = specific_words(request)
    # A fact just given, asked about again ("who announced it"), is found by its own words.
    asks_own = not request.understanding.refound and (bool(own) or has_topic_cue(request))
    # A follow-up that asks something of its own leans on the last question only lightly.
    content = set(request.reading.content) | (set() if asks_own else carried)
    content |= predicate_acts(request.reading.corrected)
    # "Where's the secretariat physically based": an adverb no fact uses says how, not what.
    content = {word for word in content if not _unused_adverb(word, retriever)}
    # "What came before the CSTO": a word ordering two things in time says nothing of which
    # fact is meant; a fact sharing it ("attended the summit before travelling") is no answer.
    content -= anchor_openers()
    if "why" in request.reading.words:
        content |= WHY_WORDS  # facts give reasons with these words
    main = asked(request.reading.corrected, []).relation
    if main is Relation.PREDECESSOR:
        content |= lineage_words()  # facts say what came before by these ("descends from")
    if main is Relation.PURPOSE:
        content |= purpose_words()  # "what is it for": facts say so by these ("its purpose")
    if main is Relation.DURATION and not request.understanding.from_memory:
        # "How long": a period answers ("for 5 years"), not a fact using the word ("long-range").
        # Joined on ("who appoints him and for how long"), the first question ranks the facts.
        content = (content - _DURATION) | {"years"}
    names = request.reading.named_words(subjects) - _alias_extras(request)
    words, _ = question_words(content, names)
    # "What came before the CSTO": a light verb ("came", "took") cues no topic (attendance) of
    # its own; the words beside it say what is asked.
    _, topics = question_words(content - light_words(), names)
    reading = request.reading
    focused = {w for w in (own if asks_own else own | carried) if not _unused_adverb(w, retriever)}
    if main is Relation.WHERE and not focused and _OWNERS.isdisjoint(reading.words):
        # "Where is the Secretariat (based)": nothing asked but where; where a body is is its
        # seat. Not "where is its secretariat": whose it is was said elsewhere.
        topics = topics | _WHERE_TOPICS
    focus = {stem(word) for word in focused}
    # "What did Medvedev say about selling weapons after the four-day war": the clause of time
    # ranks the facts of then, but a fact need not say it to cover what is asked.
    clause = clause_only_words(reading)
    timing = focused & clause
    # A clause that is all the question focuses on is what it asks, unless it points back ("how
    # many were sent after it ended"): then it only times the event in play.
    timing = timing if timing != focused or not _OWNERS.isdisjoint(clause) else set()
    kin = {stem(word): asked_stems(word, reading.corrected) for word in focused}
    background = frozenset(stem(word) for word in carried) if asks_own else frozenset()
    # "Can a member withdraw on its own": the organization's rules answer, not an event.
    acts = rule_acts(reading)
    if acts:
        topics = topics | {"rules"}
    return retriever.search(
        words,
        topics,
        focus,
        scope,
        dates=request.understanding.dates,
        wants_date=reading.has("when"),
        background=background,
        primary=frozenset(subjects) - {org},
        wants_number=reading.has("count") or reading.has("size"),
        kin=kin,
        doubted=request.doubts,
        timing=frozenset(stem(word) for word in timing),
        acts=acts,
        named=not request.understanding.from_memory and not carried,
    )


def search_answer(
    request: Request,
    retriever: Retriever,
    strict: bool = True,
    min_matched: int = 0,
    of_the_time: bool = False,
) -> Answer | None:
    """The best-matching facts that answer the question, or None when none does well enough.

    `of_the_time`: only facts of the question's years compete (a follow-up asked at the time in
    play: a better-scoring fact of another year does not crowd out one of that year)."""
    hits = _of_people_named(request, _from_source(request, search(request, retriever)))
    hits = (
        _of_the_time(request, _narrowed(request, hits)) if of_the_time else _narrowed(request, hits)
    )
    question = asked(
        request.reading.corrected,
        request.understanding.dates,
        _content(request, retriever),
        person_stems(request.catalog),
        own_name_words(request.catalog),
    )
    org = request.catalog.organization.id
    question = replace(
        question,
        event=event_words(request, retriever),
        subjects=tuple(
            _actor_stems(request.catalog, subject)
            for subject in _actors_asked(request, question)
            if subject != org
        ),
    )
    acts = rule_acts(request.reading)
    if acts:
        # "Could Kazakhstan host a Chinese base without asking the others": only a rule of the
        # organization answers, and it is judged on the act asked; the rest is the example.
        hits = [hit for hit in hits if _rule_of_acts(hit, acts)]
        question = replace(question, content=_of_acts(question.content, acts))
    # "When did the troops arrive, and who commanded them": each part's words are another
    # fact's; a fact needs to cover only its share, the facts given together the whole.
    least = MIN_COVERAGE / (1 + len(question.also)) if question.also else MIN_COVERAGE
    if strict:
        hits = [hit for hit in hits if hit.coverage >= least]
    places = places_of(request)
    # The best fact that fails the check gives way to the next reading that passes it, if that
    # reading is nearly as good: a fact far down the ranking is no answer, it is a guess.
    checked = _checked(
        question, hits, places, request.catalog, lambda hit: _told_with(request, hit)
    )
    if not checked:
        return None
    checked = _with_own_reason(question, checked, places, request.catalog)
    checked = _reasons_first(question, checked)
    # An everyday word no fact uses cannot be matched: "are members allowed to ..." is asked of
    # the facts' other words ("may not join other military alliances").
    focus = {
        word
        for word in specific_words(request)
        if retriever.uses(word) or not (word in _ORDINARY or _foreign(word))
    }
    checked = _own_first(request, _agents_first(question, checked, focus))
    checked = _document_named_first(request, _states_named_first(request, checked))
    top, finding = checked[0]
    if request.understanding.subjects in ([], [request.catalog.organization.id]) and not acts:
        min_matched = max(min_matched, min(2, len(focus)))  # a search of everything needs more
    if top.score < score.MIN_SCORE or top.matched < min_matched:
        return None
    chosen = [top] + [
        hit
        for hit, _ in checked[1:4]
        if hit.score >= score.RUNNER_UP_SHARE * top.score and hit.coverage >= MIN_COVERAGE
    ]
    if question.also:
        # "When and where": the facts given must state each relation asked, together.
        chosen = _stating_also(question, chosen, checked, places)
        if strict:
            chosen = _covering_together(chosen, [hit for hit, _ in checked])
        if not chosen:
            return None
    builder = request.builder("facts.search")
    disputes = [hit.dispute for hit in chosen if hit.dispute is not None]
    hit_disputes = set(disputes)
    # A question asking for several things gets every entity a chosen statement is held by.
    # "Are they still there": a later fact telling the end of what was found says it no longer
    # holds (the peacekeepers' 2024 withdrawal after their 2020 deployment).
    items, lead = _with_end(
        request, widened(request, [hit.item for hit in chosen[:3] if hit.item is not None])
    )
    if lead is not None:
        builder.sentences.append(lead)
    for item in items:
        builder.add(item, _with_own_date(question, item))
        builder.entities.append(item.owner)
        disputes.extend(_disputes_on(request, item))
    # "How many troops in the KSOR": the figures the sources give for what the question names,
    # when the fact found is held by another entity (a summit that planned its size).
    named = _named_disputes(request)
    hit_disputes.update(named)
    disputes.extend(named)
    _why_context(builder, request, question, chosen, items)
    for dispute in dict.fromkeys(disputes):
        if dispute not in hit_disputes and not bears_on(request, dispute):
            continue  # a dispute merely near a chosen fact would bury the answer
        builder.add_dispute(dispute)
        builder.entities.append(dispute.owner)
    found = score.SEARCH_BASE + score.SEARCH_PER_COVERAGE * min(1.0, top.coverage)
    certainty = finding.certainty if finding is not None else score.CHECK_UNCHECKED
    return builder.build(confidence=round(min(score.SEARCH_MAX, found * certainty), 3))


def _actors_asked(request: Request, question: Asked) -> list[str]:
    """The states and people the question is about. Asked when one did something and read as
    of something else, the one named is the doer ("when did Belarus sign the rapid reaction
    force agreement": the force's subject, Belarus's act)."""
    kinds = request.catalog.kinds
    actors = [s for s in request.understanding.subjects if kinds.get(s) in _ACTORS]
    ever = request.reading.has_any(_ACT_EVER)
    if actors or (question.relation not in _DATE_ASKS and not ever):
        return actors
    return [i for i in dict.fromkeys(request.reading.ids()) if kinds.get(i) in _ACTORS]


def _with_own_date(question: Asked, item: FactItem) -> str | None:
    """Asked when, a fact whose words do not say its own date ("the exercise was cancelled",
    dated 9 October 2022) says it after them; None: the fact's own text."""
    date = item.fact.date
    when = {question.relation, *question.also} & _DATE_ASKS
    if date is None or not when or date.human() in item.fact.text:
        return None
    return f"{item.fact.text.rstrip().removesuffix('.')} (dated {date.human()})."


def _with_end(
    request: Request, found: tuple[list[FactItem], str | None]
) -> tuple[list[FactItem], str | None]:
    """The facts found, then any later fact telling that what they tell has ended."""
    items, lead = found
    return [*items, *ended_later(request, items)], lead


def _rule_of_acts(hit: Hit, acts: frozenset[str]) -> bool:
    """The hit is a rule fact that speaks of every act asked (by its stem or a synonym's)."""
    if hit.item is None or "rules" not in hit.item.fact.topics:
        return False
    said = stems(hit.item.fact.text) | set(hit.item.fact.topics)
    return all(with_synonyms(frozenset({act})) & said for act in acts)


def _of_acts(content: Content, acts: frozenset[str]) -> Content:
    """The question's content words that name an act a rule is asked of (or its synonyms)."""
    return tuple(part for part in content if part[1] & with_synonyms(acts))


_MONTHS = frozenset(LEXICON.months)
_ORDINALS = LEXICON.words("ordinals")
_ASKING = ("count", "size", "when", "where", "who", "what", "overview", "list")
# Cue words that say what kind of answer is wanted, not what it is about ("how many", "big").
_ASKING_CUES = frozenset().union(*(CUES[name] for name in _ASKING))
# A cue is a set of words for one relation ("joined", "acceded", "signed"): a fact using any of
# them speaks of what a question using another asks about.
_KINDRED: dict[str, frozenset[str]] = {}
for _name, _cue in CUES.items():
    if _name not in _ASKING:
        for _word in _cue:
            _KINDRED[_word] = _KINDRED.get(_word, frozenset()) | {
                stem(other) for other in _cue - STOPWORDS
            }


def _content(request: Request, retriever: Retriever) -> Content:
    """The question's own content words, for judging a search of everything.

    A question naming its subject already keeps the search to that subject's facts.
    """
    subjects = request.understanding.subjects
    if subjects not in ([], [request.catalog.organization.id]):
        return ()
    return content_words(request, retriever)


def content_words(
    request: Request, retriever: Retriever, within: tuple[str, ...] | None = None
) -> Content:
    """The question's own content words (not names, question words or dates), by rarity.

    A word no fact uses is left out: it cannot tell one fact from another (and is often a filler
    or a typo). `within`: only the words of that part of the question.
    """
    names = set(_not_asked_words(request))
    if not request.understanding.intent.startswith(_MEMBER_RECORDS):
        # A fact names the ones asked in a sentence; the record listing every member, read for
        # "which two fought", says nothing of which two.
        names |= _expected_number(request.reading.corrected)
    for entity_id in request.reading.ids():
        names |= _names_of(request.catalog, entity_id)
    words = {
        word
        for word in request.reading.content
        if (within is None or word in within)
        and word not in names
        and word not in _INTERROGATIVE_CUES
        and word not in _ASKING_CUES
        and (word not in _GENERIC or word in telling_domain_words())
        and word not in light_words()
        and word not in particles()
        # "Clashes between Kyrgyzstan and Tajikistan", "after the summit": a word relating two
        # things says how they stand, not what a fact must speak of (ranking drops it too).
        and word not in span_words()
        and word not in _ORDINALS  # "the second time": retrieval ranks by ordinals already
        and word not in _MONTHS  # a date is checked as a date, not as a word
        and not word.isdigit()
        and len(word) >= 3  # "up", "in": particles of a verb, not what is asked about
        and _used(word, retriever, by_synonym=within is not None)
    }
    return tuple(
        (
            retriever.weight(stem(word)),
            asked_stems(word, request.reading.corrected),
            _KINDRED.get(word, frozenset()),
        )
        for word in sorted(words)
    )


def clause_words(request: Request, retriever: Retriever, within: tuple[str, ...]) -> Content:
    """The words of one clause of the question that say what it is about, domain words too
    ("what did the Secretary General promise": "secretary", "general", "promise"); not names,
    question words, light verbs, dates, nor words no fact or synonym knows."""
    names = request.reading.named_words() | OrganizationWords.of(request.catalog.organization).names
    if asks_duration(request.reading):
        names = names | _DURATION  # "how long": a question word, answered by a period
    words = {
        word
        for word in within
        if word not in names
        and word not in STOPWORDS
        and word not in NOT_SPECIFIC
        and word not in MEMBER_WORDS  # "which country": a state's name answers it
        and word not in _INTERROGATIVE_CUES
        and word not in _ASKING_CUES
        and word not in light_words()
        and word not in particles()
        and word not in _ORDINALS
        and not is_date_word(word)
        and not word.isdigit()
        and len(word) >= 3
        and _used(word, retriever, by_synonym=True)
    }
    return tuple(
        (
            retriever.weight(stem(word)),
            asked_stems(word, within),
            _KINDRED.get(word, frozenset()),
        )
        for word in sorted(words)
    )


def event_words(request: Request, retriever: Retriever) -> Content:
    """The question's words for the event it asks about, its subject named or not ("why did
    Azerbaijan quit": "quit"; "who announced the deployment": both words), domain words too;
    not the words asking for a reason or a count ("what caused"), nor the kind of a meeting
    ("emergency") or a model's designation ("Tu-22M3s"), which facts word apart
    ("extraordinary session", "Tu-22M3")."""
    within = tuple(
        word
        for word in request.reading.corrected
        if word not in asking_words()
        and word not in EXTRAORDINARY
        and not any(char.isdigit() for char in word)
    )
    return clause_words(request, retriever, within)


def _used(word: str, retriever: Retriever, by_synonym: bool) -> bool:
    """Some fact uses the word; or, `by_synonym`, the word has synonyms an answer may word it
    by ("succeed": "succeeded", "replaced"), though only records say them."""
    if stem(word) in retriever.idf:
        return True
    return by_synonym and len(synonym_stems(word)) > 1


def _checked(
    question: Asked,
    hits: list[Hit],
    places: frozenset[str],
    catalog: Catalog,
    told: Callable[[Hit], str] | None = None,
) -> list[tuple[Hit, Finding | None]]:
    """The hits that pass the check, best first, among those close enough to the best one.

    Hits come best first, so checking stops where the scores fall too low (or four passed).
    `told`: what is given with a fact (the disputes on it that bear on the question).
    """
    best = hits[0].score if hits else 0.0
    passed: list[tuple[Hit, Finding | None]] = []
    # Asked several relations at once ("in which city was it signed, and what year"), a fact
    # stating one of them passes; those close behind that state each come first, so a fact
    # giving the year alone does not crowd out one giving both (checked beyond the first four).
    limit = len(hits) if question.also else 4
    for hit in hits:
        if hit.score < score.NEXT_READING_SHARE * best or len(passed) == limit:
            break
        finding = _finding(question, hit, places, catalog)
        lent = not _LENT_BY_DISPUTES.isdisjoint((question.relation, *question.also))
        if finding is not None and not finding.states_relation and lent and told is not None:
            # "Where was the Charter signed": the fact gives the date, the dispute given with
            # it the cities the sources name; together they state the place. Likewise a period
            # ("how long may the base stay"). Not a date: a dispute on when something began
            # dates other steps than the one asked.
            extra = told(hit)
            finding = _finding(question, hit, places, catalog, extra) if extra else finding
        if finding is None or finding.passed:
            passed.append((hit, finding))
    if question.also and len(passed) > 1:
        # The best stays first; behind it, those stating each relation, and of those the ones
        # saying more of the question's own words ("the Collective Security Treaty was signed
        # in Tashkent" before "the partner status was signed at the Astana summit").
        own = frozenset(stem(word) for word in question.words - STOPWORDS)

        def order(pair: tuple[Hit, Finding | None]) -> tuple[bool, int]:
            text = _text(pair[0])
            return not states_each(question, text, places), -len(own & stems(text))

        passed = [passed[0], *sorted(passed[1:], key=order)]
    return passed[:4]


def _stating_also(
    question: Asked,
    chosen: list[Hit],
    checked: list[tuple[Hit, Finding | None]],
    places: frozenset[str],
) -> list[Hit]:
    """The chosen facts, joined by a checked one that states what they leave out; [] if none."""
    text = " ".join(_text(hit) for hit in chosen)
    if states_each(question, text, places):
        return chosen
    for hit, _ in checked:
        if hit not in chosen and states_each(question, f"{text} {_text(hit)}", places):
            return [*chosen, hit]
    return []


def _covering_together(chosen: list[Hit], checked: list[Hit]) -> list[Hit]:
    """The chosen facts, joined if need be by the next checked one, when together they cover
    what a question of several parts asks; [] when they do not."""
    if not chosen or sum(hit.coverage for hit in chosen) >= MIN_COVERAGE:
        return chosen
    for hit in checked:
        if hit not in chosen and sum(h.coverage for h in chosen) + hit.coverage >= MIN_COVERAGE:
            return [*chosen, hit]
    return []


def _reasons_first(
    question: Asked, checked: list[tuple[Hit, Finding | None]]
) -> list[tuple[Hit, Finding | None]]:
    """Asked why, the checked hits with one stating a reason outright first (reasons.py)."""
    if question.relation is not Relation.WHY:
        return checked
    return reasons_first(checked, lambda pair: _why_reading(pair[0], question.years), names_reason)


def _with_own_reason(
    question: Asked,
    checked: list[tuple[Hit, Finding | None]],
    places: frozenset[str],
    catalog: Catalog,
) -> list[tuple[Hit, Finding | None]]:
    """Asked why, with no passing fact stating a reason outright, a fact of the best one's own
    record that does, from the same year and sharing its act's word, joins them: "Azerbaijan
    left the CSTO in 1999, when it did not renew the treaty" says the act, "In April 1999
    Azerbaijan refused to renew the treaty ..., and Aliyev criticised ..." why. It must pass
    the check; `reasons_first` then weighs it as any other."""
    if question.relation is not Relation.WHY or not checked:
        return checked
    if any(gives_reason(_text(hit)) for hit, _ in checked):
        return checked
    top = checked[0][0]
    lead = top.item
    if lead is None or lead.when is None:
        return checked
    shared = _act_stems(catalog, lead)
    for item in catalog.facts_of.get(lead.owner, []):
        if item is lead or item.when is None or item.when.year != lead.when.year:
            continue
        # Another act of the same year ("joined GUAM") says nothing of why this one happened.
        if not gives_reason(item.fact.text) or not shared & _act_stems(catalog, item):
            continue
        # Scored just behind the best, so the best is still given with it.
        hit = replace(top, score=score.RUNNER_UP_SHARE * top.score, item=item)
        finding = _finding(question, hit, places, catalog)
        # Whether it speaks of the act asked is settled by the best fact it shares the act
        # with ("refused to renew" is how Azerbaijan pulled out), not by its own words.
        if finding is None or replace(finding, of_event=True).passed:
            return [*checked, (hit, finding)]
    return checked


def _act_stems(catalog: Catalog, item: FactItem) -> frozenset[str]:
    """The stems of what a fact says beyond stopwords, dates and the names of who holds it
    and of the organization: the act ("renew")."""
    names = name_words(catalog, item.owner) | own_name_words(catalog)
    return frozenset(
        stem(word)
        for word in tokens(item.fact.text)
        if word not in STOPWORDS
        and word not in names
        and not word.isdigit()
        and not is_date_word(word)
    )


def _own_first(
    request: Request, checked: list[tuple[Hit, Finding | None]]
) -> list[tuple[Hit, Finding | None]]:
    """Asked of a body alone ("how many troops are in the peacekeeping force"), its own facts
    that pass the check come before those of the conflicts it served in (a deployment's size
    is not the force's)."""
    subjects = set(request.understanding.subjects)
    if not subjects or any(request.catalog.kinds.get(s) != "body" for s in subjects):
        return checked
    return _first_where(checked, lambda hit: hit.item is not None and hit.item.owner in subjects)


def _document_named_first(
    request: Request, checked: list[tuple[Hit, Finding | None]]
) -> list[tuple[Hit, Finding | None]]:
    """Asked of a kind of document by what is done to it ("when was the treaty signed"), the
    facts naming that kind come first: another document's signing (a 2018 framework) is not
    the treaty's."""
    if not request.reading.has_any(_DOCUMENT_VERBS) or other_organizations(request.reading.words):
        return checked  # another organization's treaty is none of ours
    kinds = {stem(word) for word in request.reading.corrected if word in _DOCUMENT_NOUNS}
    if not kinds:
        return checked
    return _first_where(checked, lambda hit: bool(kinds & stems(_text(hit))))


def _states_named_first(
    request: Request, checked: list[tuple[Hit, Finding | None]]
) -> list[tuple[Hit, Finding | None]]:
    """Asked which states ("which countries signed the 1999 protocol"), the facts that name
    states come before those that only count them ("six states signed")."""
    if not asks_which_states(request.reading.corrected):
        return checked
    return _first_where(checked, lambda hit: names_a_state(request.catalog, _text(hit)))


def _first_where(
    checked: list[tuple[Hit, Finding | None]], keep: Callable[[Hit], bool]
) -> list[tuple[Hit, Finding | None]]:
    """The checked hits `keep` holds for first, then the others, each in their order."""
    return sorted(checked, key=lambda pair: not keep(pair[0]))


def _agents_first(
    question: Asked, checked: list[tuple[Hit, Finding | None]], focus: set[str]
) -> list[tuple[Hit, Finding | None]]:
    """Asked who did an act, the checked hits with one naming its agent first (agents.py)."""
    if question.relation is not Relation.WHO:
        return checked

    def read(pair: tuple[Hit, Finding | None]) -> tuple[str, float, bool]:
        text, _, coverage, in_time = _why_reading(pair[0], question.years)
        return text, coverage, in_time

    return agents_first(checked, act_stems(focus), read)


def _why_context(
    builder: AnswerBuilder,
    request: Request,
    question: Asked,
    chosen: list[Hit],
    items: list[FactItem],
) -> None:
    """Asked why, the event the facts given are filed under, said after them (reasons.py)."""
    if question.relation is not Relation.WHY:
        return
    # Only where the facts pass for a reason, or would but for a weak word ("said ... while
    # Kyrgyzstan cancelled the drills"): then the event and the note that the facts give no
    # explicit reason are the honest answer. The context must not make other facts pass.
    said = " ".join(_text(hit) for hit in chosen)
    if states_loose_reason(question, said) or only_weak_reason(said):
        add_context(builder, request.catalog, items)


def _why_reading(hit: Hit, years: frozenset[int]) -> tuple[str, float, float, bool]:
    """A hit as `reasons_first` weighs it: text, score, coverage, and of the years asked."""
    when = hit.item.when if hit.item is not None else None
    in_time = not years or when is None or when.year in years
    return _text(hit), hit.score, hit.coverage, in_time


def _of_the_time(request: Request, hits: list[Hit]) -> list[Hit]:
    """The hits of the question's years (see _of_years)."""
    years = frozenset(date.year for date in request.understanding.dates)
    return [hit for hit in hits if _of_years(hit, years)]


def _of_years(hit: Hit, years: frozenset[int]) -> bool:
    """The hit is dated to one of the years, or, undated, its text names one and no other: an
    undated fact naming no year at all is no evidence of the time."""
    when = hit.item.when if hit.item is not None else None
    if when is not None:
        return when.year in years
    named = {int(year) for year in ANY_YEAR.findall(_text(hit))}
    return bool(named) and named <= years


def _text(hit: Hit) -> str:
    if hit.item is not None:
        return hit.item.fact.text
    if hit.dispute is not None:
        return Statement.of_dispute(hit.dispute).text
    return ""


# The relations a dispute given with a fact may state for it (see _checked).
_LENT_BY_DISPUTES = frozenset({Relation.WHERE, Relation.DURATION})


def _told_with(request: Request, hit: Hit) -> str:
    """The claims of the disputes given with a fact, those bearing on the question."""
    if hit.item is None:
        return ""
    disputes = [d for d in _disputes_on(request, hit.item) if bears_on(request, d)]
    return " ".join(Statement.of_dispute(dispute).text for dispute in disputes)


def _finding(
    question: Asked, hit: Hit, places: frozenset[str], catalog: Catalog, extra: str = ""
) -> Finding | None:
    """The check of a fact or a dispute found by the search, its holder's names counted
    (`extra`: text given with it)."""
    if hit.item is not None:
        statement = Statement.of_fact(hit.item)
        if extra:
            statement = replace(statement, text=f"{statement.text} {extra}")
        holders = (hit.item.owner, *hit.item.fact.about)
    elif hit.dispute is not None:
        statement = Statement.of_dispute(hit.dispute)
        holders = (hit.dispute.owner,)
    else:
        return None
    # The organization's own names say nothing of which fact is meant: every fact is about it.
    org = catalog.organization.id
    owner = _name_stems(catalog, holders[0]) if holders[0] != org else frozenset()
    holders = tuple(holder for holder in holders if holder != org)
    names = frozenset().union(*(_name_stems(catalog, holder) for holder in holders))
    return check(question, replace(statement, names=names, owner=owner), places)


def people_named(request: Request) -> list[str]:
    """The people the question itself names (not those carried over from earlier questions)."""
    kinds = request.catalog.kinds
    found = (m.entity_id for m in request.reading.mentions if not m.external)
    return [entity_id for entity_id in found if kinds.get(entity_id) == "person"]


def _of_people_named(request: Request, hits: list[Hit]) -> list[Hit]:
    """Only facts about every person the question names: another's words are no answer to
    "what did Putin say at the Yerevan summit", however many other words they share with it."""
    people = people_named(request)
    if not people:
        return hits
    return [hit for hit in hits if all(_bears_on_person(request, hit, p) for p in people)]


# How a fact reports someone's words ("said", "stressed", "insisted").
REPORT_STEMS = frozenset(stem(word) for word in LEXICON.words("reports"))


def source_state(request: Request) -> str | None:
    """The state a question names as the source of what it asks ("according to Moscow")."""
    at = source_named(request.reading.corrected)
    for mention in request.reading.mentions:
        if mention.start == at and request.catalog.kinds.get(mention.entity_id) == "country":
            return mention.entity_id
    return None


def said_by_state(catalog: Catalog, text: str, state: str) -> bool:
    """The text reports words of the state or of one of its people ("Peskov said ...")."""
    speakers = [state, *(person.id for person in catalog.people() if person.country == state)]
    said = stems(text)
    return bool(REPORT_STEMS & said) and any(
        not _name_stems(catalog, speaker).isdisjoint(said) for speaker in speakers
    )


def _from_source(request: Request, hits: list[Hit]) -> list[Hit]:
    """Asked what holds according to a state, only what that state said answers: another
    party's view of the same point is not Moscow's."""
    state = source_state(request)
    if state is None:
        return hits
    return [hit for hit in hits if said_by_state(request.catalog, _text(hit), state)]


def _bears_on_person(request: Request, hit: Hit, person: str) -> bool:
    if hit.item is not None and (hit.item.owner == person or person in hit.item.fact.about):
        return True
    return not _name_stems(request.catalog, person).isdisjoint(stems(_text(hit)))


def speaks_of(catalog: Catalog, answer: Answer, entity_id: str) -> bool:
    """The answer names the entity: among its subjects, or a word of its name in what it says."""
    if entity_id in answer.entities:
        return True
    return not _name_stems(catalog, entity_id).isdisjoint(stems(stated(answer)))


def name_stems(catalog: Catalog, entity_id: str) -> frozenset[str]:
    """The stems of an entity's name and aliases."""
    return _name_stems(catalog, entity_id)


@lru_cache(maxsize=1024)
def _name_stems(catalog: Catalog, entity_id: str) -> frozenset[str]:
    """The stems of an entity's name and aliases (cached)."""
    return frozenset(stem(word) for word in _names_of(catalog, entity_id) - STOPWORDS)


# The kinds of subject that act and have reasons: a state, a person.
_ACTORS = frozenset({"country", "person"})


def _actor_stems(catalog: Catalog, subject: str) -> frozenset[str]:
    """The stems that name an actor: a state's names; a person's and his state's ("Lukashenko
    boycotted" is told as "Belarus boycotted")."""
    entity = catalog.entities.get(subject)
    country = getattr(entity, "country", None)
    found = _name_stems(catalog, subject) | (_name_stems(catalog, country) if country else set())
    return found - _shared_name_stems(catalog)


# A word in this many states' and people's names ("republic") tells none of them apart.
_SHARED_NAME = 3


@lru_cache(maxsize=4)
def _shared_name_stems(catalog: Catalog) -> frozenset[str]:
    """The stems of words many states' and people's names share ("Republic of Armenia")."""
    actors = (entity_id for entity_id, kind in catalog.kinds.items() if kind in _ACTORS)
    counts = Counter(stem_ for entity_id in actors for stem_ in _name_stems(catalog, entity_id))
    return frozenset(stem_ for stem_, count in counts.items() if count >= _SHARED_NAME)


@lru_cache(maxsize=1024)
def _names_of(catalog: Catalog, entity_id: str) -> frozenset[str]:
    """The words of an entity's name and aliases (cached: answers name the same ones often)."""
    return frozenset(name_words(catalog, entity_id))


@lru_cache(maxsize=4)
def own_name_words(catalog: Catalog) -> frozenset[str]:
    """The words of the organization's names, full and short: asked who, they name no one."""
    organization = catalog.organization
    return frozenset(tokens(organization.name)) | OrganizationWords.of(organization).names


@lru_cache(maxsize=4)
def person_stems(catalog: Catalog) -> frozenset[str]:
    """The stems of every known person's names and aliases: a fact naming one names someone."""
    return frozenset().union(*(_name_stems(catalog, person.id) for person in catalog.people()))


def places_of(request: Request) -> frozenset[str]:
    """Words that name a place in an answer: the cities and the states' names (the cities
    alone when a city is asked: "in which city was the treaty signed" is not answered by the
    states that signed it)."""
    if asks_city(request.reading.corrected):
        return request.cities
    return request.cities | place_words(request.catalog)


@lru_cache(maxsize=4)
def place_words(catalog: Catalog) -> frozenset[str]:
    """Words that name a place: the states' one-word names (a fact saying where names one).
    The words of a longer name ("Union State", "... Parliamentary Assembly") are ordinary words
    ("the head of state") and name no place alone."""
    names = (tokens(country.name) for country in catalog.countries())
    return frozenset(words[0] for words in names if len(words) == 1)


def _named_disputes(request: Request) -> list[DisputeItem]:
    """Disputes held by an entity the question names, on a topic its telling cues ask for
    ("how many troops": the size)."""
    return [
        dispute
        for named in request.reading.ids()
        for dispute in request.catalog.disputes_of.get(named, [])
        if asks_topic_of(request, dispute)
    ]


def _disputes_on(request: Request, item: FactItem) -> list[DisputeItem]:
    """Disputes about the same thing as a fact: same holder or subject, a shared topic tag."""
    topics = set(item.fact.topics) - {"overview", "history"}
    holders = [item.owner, *item.fact.about]
    return [
        dispute
        for holder in holders
        for dispute in request.catalog.disputes_of.get(holder, [])
        if topics & set(dispute.dispute.topics)
    ]


def answer_coverage(
    request: Request, retriever: Retriever, answer: Answer
) -> tuple[float, Content]:
    """The share of the question's content words (by rarity) that an answer says, and the rest."""
    content = content_words(request, retriever)
    said = set(stems(stated(answer)))
    for entity_id in answer.entities:
        said |= _name_stems(request.catalog, entity_id)
    missing = tuple(part for part in content if not (part[1] & said))
    return coverage(content, frozenset(said)), missing


def says_every_word(answer: Answer, words: set[str]) -> bool:
    """The answer's lead says each of the words, by stem or synonym: a record that already says
    what the question's own words ask ("the dates and range of Rubezh-2016": "Edelweiss range")
    needs no search, which might find another fact sharing one word ("long-range bombers")."""
    said = stems(answer.text)
    return bool(words) and all(synonym_stems(word) & said for word in words)


def recorded_lines(answer: Answer) -> list[str]:
    """What an answer rests on, line by line, apart from its own sentences: its facts, the
    claims of its disputes and the lines of its sections."""
    lines = [fact.text for fact in answer.facts]
    lines.extend(claim.text for dispute in answer.disputes for claim in dispute.claims)
    lines.extend(line for section in answer.sections for line in section.lines)
    return lines


def stated(answer: Answer) -> str:
    """Everything an answer states: its text, items, sections and the facts it rests on."""
    lines = [answer.text, *answer.items, *(fact.text for fact in answer.facts)]
    for dispute in answer.disputes:
        lines.extend([dispute.title, *(claim.text for claim in dispute.claims)])
    for section in answer.sections:
        lines.extend([section.title, *section.lines])
    return "\n".join(lines)


_POSSESSIVE = re.compile(r"\b\w+['\u2019]s\b")


def lead_names_every_state(request: Request, answer: Answer) -> bool:
    """The answer's leading fact names every state the question names: asked whether Belarus
    sent troops to drills in Kazakhstan, a fact on Armenia's troops there does not answer. A
    state named only as an owner ("Russia's foreign ministry said") is not the one it is about."""
    lead = answer.facts[0].text if answer.facts else answer.text
    said = stems(_POSSESSIVE.sub(" ", lead))
    catalog = request.catalog
    return all(
        not _name_stems(catalog, entity).isdisjoint(said)
        for entity in request.reading.ids()
        if catalog.kinds.get(entity) == "country"
    )


_DRILL_WORDS = LEXICON.words("exercise")
_PICKING = frozenset({"what", "which"})
_ARTICLES = frozenset({"the", "a", "an", "any", "of"})


def asks_which_drill(request: Request) -> bool:
    """The question asks which drills ("what drills were held in Kazakhstan", "which CSTO
    exercise"): only a fact naming the drill answers, not one that merely speaks of it."""
    org_names = OrganizationWords.of(request.catalog.organization).names
    said = request.reading.corrected
    for index, word in enumerate(said):
        if word not in _DRILL_WORDS:
            continue
        before = [w for w in said[:index] if w not in org_names and w not in _ARTICLES]
        return bool(before) and before[-1] in _PICKING
    return False
