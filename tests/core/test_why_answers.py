"""Answers to "why": a fact stating a reason outright leads, and the event a fact is filed under
is given as its context, with a note when no fact states a reason."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.answering.reasons import gives_reason, reasons_first
from bot.core.api import Answer


def test_a_statement_or_a_time_is_no_explicit_reason() -> None:
    """'Said' and 'after' judge loosely; 'citing' and 'because' state a reason outright."""
    assert gives_reason("Tokayev requested help, citing a terrorist threat.")
    assert gives_reason("Armenia froze it because the treaty was not honoured.")
    assert not gives_reason("Baisalov said the membership was inviolable.")
    assert not gives_reason("The force left after the unrest.")


def test_a_close_reason_leads_a_far_one_does_not() -> None:
    """A fact stating a reason moves ahead when it scores nearly as well, never from far down."""
    ranked = [("The force numbered 2,000.", 10.0), ("Help was asked, citing a threat.", 9.5)]
    led = reasons_first(ranked, lambda hit: (hit[0], hit[1], 1.0, True))
    assert led[0][0].startswith("Help")
    far = [("The force numbered 2,000.", 10.0), ("Help was asked, citing a threat.", 3.0)]
    assert reasons_first(far, lambda hit: (hit[0], hit[1], 1.0, True))[0] == far[0]
    # A reason of another year is for another event.
    assert reasons_first(ranked, lambda hit: (hit[0], hit[1], 1.0, False))[0] == ranked[0]


def test_why_the_troops_went_leads_with_the_reason(talk: Callable[..., list[Answer]]) -> None:
    """'Why did CSTO troops go to Kazakhstan': the request citing a threat first, then the
    unrest it is recorded under."""
    (answer,) = talk("why did csto troops go to kazakhstan")
    assert answer.text.startswith("Kassym-Jomart Tokayev requested")
    assert "unrest" in answer.text


def test_a_cancellation_is_given_with_the_clashes_it_is_filed_under(
    talk: Callable[..., list[Answer]],
) -> None:
    """No fact says why the 2022 drill was cancelled: the answer gives the border clashes it is
    recorded under, with their dates, and says no explicit reason is given."""
    (answer,) = talk("why did kyrgyzstan cancel indestructible brotherhood 2022")
    assert "Kyrgyzstan-Tajikistan border clashes" in answer.text
    assert "September 2022" in answer.text
    assert "no explicit reason" in answer.text


def test_who_spoke_or_what_came_before_is_no_reason(talk: Callable[..., list[Answer]]) -> None:
    """'Why did Azerbaijan go', after the states that quit: facts whose only reason words are
    'said' and 'since' (Nazarbayev's office said he had a cold) are not given as the reason."""
    answers = talk("which countries quit the odkb over the years", "why did azerbaijan go")
    assert "Nazarbayev" not in answers[-1].text


def test_a_reason_further_down_leads_when_the_best_states_none(
    talk: Callable[..., list[Answer]],
) -> None:
    """'Why did Armenia refuse to host CSTO drills in 2023': the best fact only says what
    Russia's ministry said of the refusal; the one calling it 'inexpedient', ranked lower,
    gives the reason and leads."""
    (answer,) = talk("why did armenia refuse to host csto drills in 2023")
    assert answer.text.startswith("In January 2023 Armenia refused")
    assert "inexpedient" in answer.text.split("[1]")[0]


def test_a_far_reason_does_not_lead_one_stated_in_other_words() -> None:
    """The far rule leaves the best first when it says a reason its own way ('over')."""
    ranked = [("Belarus stayed away over the dairy ban.", 10.0), ("Belarus cited a rule.", 6.0)]
    assert (
        reasons_first(ranked, lambda hit: (hit[0], hit[1], 1.0, True), lambda text: "over" in text)[
            0
        ]
        == ranked[0]
    )
    assert (
        reasons_first(ranked, lambda hit: (hit[0], hit[1], 1.0, True), lambda text: False)[0]
        == ranked[1]
    )


def test_a_deferral_is_no_reason_for_itself(talk: Callable[..., list[Answer]]) -> None:
    """'Why did the Yerevan summit defer the choice of a Secretary General': the fact that it
    deferred it to St Petersburg and set the next session 'for Belarus in 2017' gives no reason
    ('for' before a name says for whom, 'set' is no cause), so it is not the answer."""
    (answer,) = talk("why did the yerevan summit defer the choice of a new secretary general")
    assert not answer.answered or "no explicit reason" in answer.text


def test_a_justification_asked_is_a_reason(talk: Callable[..., list[Answer]]) -> None:
    """'How did X justify', 'on what grounds': asked why, answered by the reason a fact gives
    (the Uzbek return explained by EurAsEC; the refusal to sign because of no condemnation)."""
    (justify,) = talk("how did uzbekistan justify coming back in 2006")
    assert "EurAsEC" in justify.text
    (grounds,) = talk("on what grounds did armenia refuse to sign the declaration in 2022")
    assert "condemnation" in grounds.text
