"""What the engine derives from one Knowledge, built once and swapped as a whole on reload."""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.answering.examples import sample_questions
from bot.core.answering.respond.search import person_stems, place_words
from bot.core.answering.retrieval import Retriever
from bot.core.knowledge.catalog import Catalog
from bot.core.knowledge.models import Knowledge
from bot.core.language.linking import Linker
from bot.core.understanding.anchors import AnchorReader
from bot.core.understanding.dealings import Dealings
from bot.core.understanding.inplay import InPlay
from bot.core.understanding.subjects import foreign_acronyms
from bot.core.understanding.succession import SuccessionReader
from bot.core.understanding.understand import Understander


@dataclass(frozen=True, slots=True)
class LoadedKnowledge:
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


def derive(knowledge: Knowledge) -> LoadedKnowledge:
    """Everything the engine derives from one Knowledge, built before it is served."""
    catalog = Catalog(knowledge)
    linker = Linker(catalog)
    understander = Understander(catalog, linker)
    retriever = Retriever(catalog)
    foreign = foreign_acronyms(catalog)
    cities = frozenset(understander.finder.city_index)
    return LoadedKnowledge(
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
