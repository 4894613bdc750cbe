"""Follow-ups saying an act by a particle or a preposition: "when were they gone" asks when the
troops in play left (not the fact just given again), "signed there without it" asks what the
others signed while the party in play stayed away (not a fact using "without" in another sense).

Questions here are in no evaluation set: they check the mechanisms, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer
from bot.core.language.predicates import predicate_acts


def test_gone_after_be_is_a_withdrawal() -> None:
    """'Were they gone' says the act of leaving, as 'were they out' does; 'gone' as a verb
    of its own ('has gone') is not a predicate."""
    assert predicate_acts(("when", "were", "they", "gone")) == {"withdrawal"}
    assert predicate_acts(("when", "were", "the", "troops", "out")) == {"withdrawal"}
    assert predicate_acts(("where", "has", "he", "gone")) == set()


def test_when_were_they_gone_asks_the_withdrawal(talk: Callable[..., list[Answer]]) -> None:
    """After the peacekeepers' deployment, 'when were they all gone' is their withdrawal (2024),
    not the deployment's fact (2020) given again."""
    answer = talk(
        "how many russian peacekeepers went to karabakh in 2020?", "and when were they all gone?"
    )[-1]
    assert answer.answered and "2024" in answer.text and "1,960" not in answer.text


def test_gone_after_a_deployment_is_its_end(talk: Callable[..., list[Answer]]) -> None:
    """After the Kazakh deployment, 'when were they gone' is its withdrawal in January 2022."""
    answer = talk("when did the csto send troops to kazakhstan?", "when were they gone?")[-1]
    assert answer.answered and "withdr" in answer.text


def test_without_it_is_the_party_in_play_absent(talk: Callable[..., list[Answer]]) -> None:
    """'Which agreement was signed there without it' after Belarus skipped the 2009 summit: the
    rapid reaction force agreement, not 'decisions invalid without consensus'."""
    answer = talk(
        "why did belarus boycott the june 2009 moscow summit?",
        "which agreement was signed there without it?",
    )[-1]
    assert answer.answered and "Rapid Reaction" in answer.text.title()
    assert "without consensus" not in answer.text


def test_out_after_who_did_not_sign_is_not_signing(talk: Callable[..., list[Answer]]) -> None:
    """'Why was Belarus out' after who did not sign the rapid reaction force agreement asks why
    it stayed out of the signing (the milk war), not of a withdrawal (the Kazakh contingent)."""
    answer = talk(
        "when was the collective rapid reaction force created",
        "who didn't sign the agreement",
        "why was belarus out?",
    )[-1]
    assert answer.answered and "dairy" in answer.text and "contingent" not in answer.text


def test_out_of_an_act_keeps_the_occasion(talk: Callable[..., list[Answer]]) -> None:
    """Another party among those who did not sign is asked of the same signing."""
    answer = talk(
        "who didn't sign the rapid reaction force agreement in 2009?",
        "and why was uzbekistan out?",
    )[-1]
    assert answer.answered and "did not sign" in answer.text and "2012" not in answer.text


def test_a_particle_before_a_doing_is_no_leaving() -> None:
    """'Were the troops out patrolling the streets?': out doing something, not gone; 'when were
    the troops out' is still their leaving."""
    assert predicate_acts(("were", "the", "troops", "out", "patrolling", "the", "streets")) == set()
    assert predicate_acts(("when", "were", "the", "troops", "out")) != set()
