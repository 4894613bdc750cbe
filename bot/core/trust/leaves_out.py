"""What an answer leaves out of the question: a part, a person, a summit, a body, its gist."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import pairwise

from bot.core.answering import confidence as score
from bot.core.answering.check import (
    Content,
    Relation,
    anchor_openers,
    coverage,
    later_parts,
    outside_time_clauses,
    said_by_period,
    says_part,
    states_as_often,
    states_lineage,
    states_purpose,
    synonym_stems,
    telling_domain_words,
    unchecked_part,
)
from bot.core.answering.clauses import breaks
from bot.core.answering.respond import Request
from bot.core.answering.respond.search import (
    clause_words,
    content_words,
    name_stems,
    people_named,
    source_state,
    speaks_of,
    stated,
)
from bot.core.answering.retrieval import Retriever, stem, stems
from bot.core.answering.select import held_on
from bot.core.answering.statements import leaves_out_source, leaves_out_speaker
from bot.core.api import Answer
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.dates import PartialDate
from bot.core.knowledge.models import Person, Summit
from bot.core.language.lexicon import LEXICON, SUMMIT_WORDS
from bot.core.language.linking import name_words
from bot.core.language.normalize import tokens
from bot.core.language.organization import OrganizationWords
from bot.core.language.phrasal import one_verb
from bot.core.language.temporal import is_date_word
from bot.core.loaded import LoadedKnowledge
from bot.core.understanding.claims import puts_up_claim
from bot.core.understanding.intent import HOLDER_RECORDS, Intent
from bot.core.understanding.leaders import leads_state

_PICKERS = LEXICON.words("picking_determiners")  # "which summit": a summit asked for
_ORDINALS = LEXICON.words("ordinals")
# Everyday words no fact need use: a kind picked by one of them may be unknown to the facts.
_ORDINARY = LEXICON.words("ordinary")
_WHICH = frozenset({"which", "whichever"})
_ARTICLE = LEXICON.words("article_words")
_LEADER_WORDS = LEXICON.words("leader")
# "How many times", "number of times": occasions counted, said by these words.
_OCCASION_COUNTS = frozenset({("how", "many", "times"), ("number", "of", "times")})
_OCCASIONS = LEXICON.words("occasion_counts")
_SESSION_RECORDS = frozenset({Intent.SUMMIT_ABSENCES, Intent.SUMMIT_ATTENDANCE})
_SKIPPING = LEXICON.words("skipping") | frozenset({"away"})
_REFUSAL = LEXICON.words("refusal")
_ATTENDING = LEXICON.words("attendance") | LEXICON.words("going")
_RANKS = _ORDINALS | LEXICON.words("size_ranks")
_LIST_SUFFIX = ".list"  # intents that answer with a list read off the records


def leaves_out_a_part(loaded: LoadedKnowledge, request: Request, answer: Answer) -> bool:
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


def leaves_out_kind(request: Request, answer: Answer, relation: Relation, said: str) -> bool:
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


def says_only_the_time_clause(loaded: LoadedKnowledge, request: Request, answer: Answer) -> bool:
    """The question places itself in time by a clause ("when Armenia froze its participation")
    not read as a date, and the answer says too little of the rest ("who headed the
    secretariat": the Secretariat alone is not who headed it)."""
    words = request.reading.corrected
    own = one_verb(tuple(tokens(request.reading.original)))  # "head off" read "travelling"
    if len(own) == len(words):
        words = own  # the question's own words: a correction ("place" to "peace") is no gist
    main = outside_time_clauses(words, breaks(request.reading))
    if len(main) == len(words) or _only_people_placed(request, words, main):
        return False
    if answer.intent in HOLDER_RECORDS:
        # "Who ran the Joint Staff before Serdyukov took it over": an office's record names who
        # headed it by naming the holder, whatever verb the question uses for holding it.
        main = tuple(word for word in main if word not in _LEADER_WORDS)
    if request.understanding.dates:
        # A date read outside the clause (or from other words: "then") places the question
        # itself, and the answer was chosen for that time. One read only inside the clause
        # ("when the force was created in February 2009") dates the clause's event: an answer
        # naming none of what the rest names ("Uzbekistan") speaks of that event alone.
        dated = [word for word in words if is_date_word(word)]
        if not dated or any(is_date_word(word) for word in main):
            return False
        return _says_no_name_of_the_rest(request, words, main, answer)
    content = clause_words(request, loaded.retriever, main)
    if not content:
        return _says_no_name_of_the_rest(request, words, main, answer)
    return coverage(content, stems(stated(answer))) < score.COVER_MIN


def _says_no_name_of_the_rest(
    request: Request, words: tuple[str, ...], main: tuple[str, ...], answer: Answer
) -> bool:
    """Outside its clause of time the question names only what it asks of ("was Uzbekistan a
    member when ...", "who was Secretary General on the day ..."): an answer naming none of it
    speaks of the clause's event alone, unless it names someone else."""
    organization = OrganizationWords.of(request.catalog.organization)
    named = (request.reading.named_words() | organization.chief) - organization.names
    clause = Counter(words) - Counter(main)
    own = {stem(word) for word in main if word in named and word not in clause}
    said = stems(stated(answer))
    # Someone the question does not name may be the one asked of ("who was Russia's president
    # when ...": "Medvedev signed the agreement").
    return bool(own) and own.isdisjoint(said) and not _people_said(request, said)


def _only_people_placed(request: Request, words: tuple[str, ...], main: tuple[str, ...]) -> bool:
    """The words set aside as a clause of time are only an opener and the names of people the
    question names ("who held the post immediately before Taalatbek Masadykov", "who came
    after Bordyuzha"): an order among holders asked, not a clause placing the question in time
    (which says what happened: "before Masadykov took office")."""
    left = Counter(words) - Counter(main)
    names = {
        word
        for subject in request.reading.ids()
        if request.catalog.kinds.get(subject) == "person"
        for word in name_words(request.catalog, subject)
    }
    return bool(names) and all(word in names or word in anchor_openers() for word in left)


def says_none_of(missing: Content, share: float, said: str) -> bool:
    """The answer says none of the question's content words (a term of office said by its dates
    counts: "what day did he take office" is answered by "from 1 January 2026")."""
    return (
        bool(missing)
        and share == 0.0
        and not any(said_by_period(own, said) for _, own, _ in missing)
    )


def list_leaves_out_rank(request: Request, answer: Answer) -> bool:
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


def leaves_out_external(loaded: LoadedKnowledge, request: Request, answer: Answer) -> bool:
    """A state the fact base does not hold, named in the question, goes unmentioned: the
    answer is about something else ("what did Turkmenistan's president say at the summit")."""
    external = loaded.linker.external_countries(request.reading)
    if not external:
        return False
    said = stated(answer).casefold()
    return any(mention.entity_id.casefold() not in said for mention in external)


def leaves_out_article(loaded: LoadedKnowledge, request: Request, answer: Answer) -> bool:
    """An article asked by number ("what is article 5 of the treaty") that the answer never
    states as an article of ours: "NATO's Article 5" is another organization's."""
    asked = _articles(tuple(tokens(request.reading.original)), loaded.foreign)
    if not asked or puts_up_claim(request.reading.original):
        return False  # "Armenia invoked article 5, yeah?": the answer corrects the number
    return not asked <= _articles(tuple(tokens(answer.text)), loaded.foreign)


def _articles(words: tuple[str, ...], others: frozenset[str]) -> set[str]:
    """The numbers of the articles the words name ("article 4"), leaving out those another
    organization owns (the word before "article" one of `others`: "NATO's Article 5")."""
    found = set()
    for index, (word, number) in enumerate(pairwise(words)):
        owner = words[index - 1] if index else ""
        # "natos article 5": the possessive typed without its apostrophe.
        owned = owner in others or (owner.endswith("s") and owner[:-1] in others)
        if word in _ARTICLE and number.isdigit() and not owned:
            found.add(number)
    return found


def leaves_out_occasions(request: Request, answer: Answer) -> bool:
    """ "How many times has the CSTO deployed troops": a count of occasions, which a lead fact
    counting troops does not give; it must speak of times ("the first time", "twice")."""
    words = request.reading.corrected
    asked = any(
        (a, b, c) in _OCCASION_COUNTS for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )
    if not asked or not answer.facts or answer.intent != Intent.FACTS_SEARCH:
        return False  # a record counted by the bot ("2 acting terms") is a count of occasions
    return _OCCASIONS.isdisjoint(tokens(answer.facts[0].text))


def leaves_out_person(request: Request, answer: Answer) -> bool:
    """A person the question names goes unmentioned: the answer is about someone else or about
    the event alone ("what did Putin say at the Yerevan summit" answered with others' words)."""
    return any(
        not (speaks_of(request.catalog, answer, p) or absent_with_state(request.catalog, answer, p))
        for p in people_named(request)
    )


def absent_with_state(catalog: Catalog, answer: Answer, person_id: str) -> bool:
    """A session's record of a state staying away that the person then led: when a state was
    absent, so was its leader ("was Pashinyan at the Astana summit": Armenia skipped it). Not
    its presence (a state present may have sent someone else), nor a state that came but did
    not sign, nor someone who led it at another time."""
    if answer.intent not in _SESSION_RECORDS:
        return False
    person = catalog.entities.get(person_id)
    if not isinstance(person, Person):
        return False
    sessions = (catalog.entities.get(entity) for entity in answer.entities)
    return any(
        _stayed_away(absence.text)
        and any(_led(person, state, session.date) for state in absence.who)
        for session in sessions
        if isinstance(session, Summit)
        for absence in session.absences
    )


def _led(person: Person, state: str, date: PartialDate) -> bool:
    """The person held one of the state's leading posts (president, prime minister) then."""
    return any(leads_state(role, state) and held_on(role, date) for role in person.roles)


def _stayed_away(text: str) -> bool:
    """The record says the state was not there: skipped, absent, or declined to attend."""
    words = set(tokens(text))
    return not _SKIPPING.isdisjoint(words) or (
        not _REFUSAL.isdisjoint(words) and not _ATTENDING.isdisjoint(words)
    )


def leaves_out_summit(loaded: LoadedKnowledge, request: Request, answer: Answer) -> bool:
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


def leaves_out_picked_kind(loaded: LoadedKnowledge, request: Request, answer: Answer) -> bool:
    """ "Which airports did they guard": the kind of thing picked is a word no fact uses, so no
    fact can say which of them; facts on other things ("14 strategic facilities") do not answer.
    A kind some fact uses is judged by retrieval and the other checks."""
    words = request.reading.corrected
    # "Which" alone: "what" is as often a pronoun before a verb ("what happened").
    picked = {b for a, b in pairwise(words) if a in _WHICH and b in _ORDINARY}
    said = stems(stated(answer))
    return any(
        not loaded.retriever.uses(word) and synonym_stems(word).isdisjoint(said) for word in picked
    )


def leaves_out_body(request: Request, answer: Answer) -> bool:
    """A body the question names (a force, a council) goes unmentioned: the answer is about
    something else ("how many peacekeepers were killed" answered with everyone killed)."""
    kinds = request.catalog.kinds
    named = {m.entity_id for m in request.reading.mentions if not m.external}
    bodies = [entity_id for entity_id in named if kinds.get(entity_id) == "body"]
    return any(not speaks_of(request.catalog, answer, body) for body in bodies)


_NEGATIONS = LEXICON.words("negations") | {stem(word) for word in LEXICON.words("negations")}


def misses_the_gist(request: Request, retriever: Retriever, missing: Content) -> bool:
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


def leaves_out_who_said(request: Request, answer: Answer) -> bool:
    """Asked what someone said, or what holds according to someone, no statement of the answer
    is theirs."""
    # "What did Putin say": one statement must give his words, not list him as present.
    if leaves_out_speaker(request, answer):
        return True
    # "According to Moscow": a statement must come from that state or one of its people.
    source = source_state(request)
    return source is not None and leaves_out_source(request, answer, source)


def leaves_out_telling(request: Request, answer: Answer) -> bool:
    """The question names a part of the organization ("observer") the answer does not speak of."""
    telling = request.reading.content & telling_domain_words()
    if not telling:
        return False
    said = stems(stated(answer))
    return any(not synonym_stems(word) & said for word in telling)
