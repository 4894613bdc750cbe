"""'Does the CSTO have its own parliament?' names only the organization, yet asks of a body: the
one body of the answer whose name the question's word says leads, so "who heads it?" next asks
of that body, not of the organization (whose head is the Secretary General).

Questions here are in no evaluation set: they check the mechanism, not the tuned questions.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.api import Answer


def test_it_after_the_organizations_parliament_is_that_body(
    talk: Callable[..., list[Answer]],
) -> None:
    """ "Who runs it?" after the CSTO's parliament: Volodin, not the Secretary General."""
    _, head = talk("has the csto got a parliament of its own?", "who runs it?")
    assert head.answered and "Volodin" in head.text
    assert "Masadykov" not in head.text


def test_it_after_the_organization_alone_is_still_the_organization(
    talk: Callable[..., list[Answer]],
) -> None:
    """No body asked ("what is the csto"): "who heads it?" is not the parliament's head, though
    the overview speaks of the Parliamentary Assembly."""
    _, head = talk("what is the csto?", "who heads it?")
    assert "Volodin" not in head.text


def test_the_organizations_own_name_names_no_body(talk: Callable[..., list[Answer]]) -> None:
    """ "CSTO" is in every body's name ("the CSTO Joint Staff"): the chair of the CSTO asked,
    the Collective Security Council its answer speaks of does not come into play."""
    _, chair = talk("who chairs the csto now?", "who chairs next?")
    assert chair.intent == "org.presidency"
