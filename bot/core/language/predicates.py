"""Particles standing as a predicate ("when were the troops fully out"): the act they say."""

from __future__ import annotations

from bot.core.language.lexicon import CONFLICT_NOUNS, CUES, LEXICON, STOPWORDS

_CUE_WORDS = frozenset(word for cue in CUES.values() for word in cue)
_ORDINARY = LEXICON.words("ordinary")
_BE = LEXICON.words("be_verbs")
_NOT_PREDICATE = LEXICON.words("not_predicate_between")
_AUXILIARIES = LEXICON.words("yes_no_openers")
_INTERROGATIVES = LEXICON.words("interrogatives") | {"since"}
_PREDICATE_REACH = 4  # "were [csto troops fully] out": the words that may stand between
_FRAGMENT_SUBJECT = 2  # "uzb out", "the troops out": the words a fragment's subject may take


def predicate_acts(words: tuple[str, ...]) -> set[str]:
    """The acts said by particles standing as a predicate ("when were the troops fully out":
    a withdrawal), for the search to look for by the facts' words."""
    acts = LEXICON.predicate_particles
    found = set()
    for index, word in enumerate(words):
        if word not in acts:
            continue
        before = words[max(0, index - _PREDICATE_REACH) : index]
        be = [at for at, said in enumerate(before) if said in _BE]
        between = before[be[-1] + 1 :] if be else ()
        # "was he pulled out": a verb's particle (a past form just before it), not a predicate.
        verb_before = bool(between) and between[-1].endswith("ed")
        # "were the troops out fighting rioters": out doing something, not gone.
        doing_after = words[index + 1 : index + 2] and words[index + 1].endswith("ing")
        said = be and _NOT_PREDICATE.isdisjoint(between) and not verb_before and not doing_after
        if said or _telegraphic_predicate(words, index):
            found.add(acts[word])
    return found


def _telegraphic_predicate(words: tuple[str, ...], index: int) -> bool:
    """ "csto out of kazakhstan by when", "uzb out when?": chat drops the "be", and the
    particle, right after a subject (a troop word or a name) and before the place it leaves
    ("of"), an ask or nothing, stands as the predicate. With an auxiliary ("did belarus bail
    out of") a verb holds the particle."""
    if not _AUXILIARIES.isdisjoint(words) or index == 0:
        return False
    # "out of kazakhstan"; or, opening a fragment ("uzb out when?"), the ask or nothing: not
    # "a piece going out", where a sentence ends on a verb's particle.
    after = words[index + 1 : index + 2]
    if after != ("of",) and (
        index > _FRAGMENT_SUBJECT or (after and after[0] not in _INTERROGATIVES)
    ):
        return False
    before = words[index - 1]
    if before in CONFLICT_NOUNS:
        return True
    # A verb of leaving ("walk", "bail", "drop") is a cue or an everyday word, never a subject.
    return not (before in STOPWORDS or before in _CUE_WORDS or before in _ORDINARY)
