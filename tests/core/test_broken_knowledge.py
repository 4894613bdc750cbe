"""Each kind of broken knowledge is reported with its file, line, field path and a plain message."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.core.knowledge.errors import KnowledgeError, KnowledgeProblem
from bot.core.knowledge.loader import load_knowledge
from tests.core.knowledge_dirs import BROKEN, overlay

ADDED = "zz-added.yaml"
# case folder -> every problem expected, in the order reported: (file, line, field, message)
CASES: dict[str, list[tuple[str, int | None, str, str]]] = {
    "unknown-source": [
        (
            ADDED,
            10,
            "summits[0] (moscow-2002) > decisions[0] > sources",
            "unknown source 'tass-2002' — did you mean 'tass-2012-06-28'?",
        )
    ],
    "duplicate-id": [
        (
            ADDED,
            2,
            "people[0] (armenia) > id",
            "duplicate id 'armenia' (first used at members.yaml:3)",
        )
    ],
    "alias-collision": [
        (
            ADDED,
            4,
            "bodies[0] (collective-security-council) > aliases",
            "'«ODKB»' also names organization > aliases[1] in organization.yaml:5",
        )
    ],
    "impossible-date": [
        (
            ADDED,
            11,
            "countries[0] (uzbekistan) > membership[0] > date",
            "2012-02-30 is not a real date",
        )
    ],
    "period-out-of-order": [
        (ADDED, 6, "conflicts[0] (kazakhstan-2022)", "end 2021-01 is before start 2022-01")
    ],
    "unknown-key-suggestion": [
        (
            ADDED,
            10,
            "people[0] (nikol-pashinyan) > facts[0]",
            "unknown field 'ntoe' — did you mean 'note'?",
        )
    ],
    "missing-required": [(ADDED, 2, "summits[0] (moscow-2002) > kind", "is required")],
    "wrong-type": [
        (
            ADDED,
            4,
            "people[0] (nikol-pashinyan) > aliases",
            "should be a list, not 'Pashinyan' (write [a, b] or one '- ' item per line)",
        )
    ],
    "bad-confidence": [
        (
            ADDED,
            9,
            "people[0] (nikol-pashinyan) > roles[0] > confidence",
            "must be one of high, medium, low, not 'certain'",
        )
    ],
    "unresolved-host": [
        (ADDED, 7, "summits[0] (tashkent-1992) > host", "unknown country 'uzbekistan'")
    ],
    "unresolved-party": [
        (
            ADDED,
            6,
            "conflicts[0] (kazakhstan-2022) > parties",
            "unknown country, organization or body 'kazakstan'",
        )
    ],
    "duplicate-yaml-key": [
        (ADDED, 8, "summits[0] (moscow-2002) > city", "duplicate key 'city' (first at line 6)")
    ],
    "yaml-syntax-error": [
        (
            ADDED,
            7,
            "",
            "YAML syntax error: did not find expected ',' or ']'"
            " (while parsing a flow sequence started at line 6)",
        )
    ],
    "empty-file": [(ADDED, None, "", "is empty")],
    "top-level-list": [
        (
            ADDED,
            1,
            "",
            "the top level must be a mapping with keys such as countries: or summits:, not a list",
        )
    ],
    "two-organizations": [
        (ADDED, 1, "organization", "a second organization (the first is at organization.yaml:2)")
    ],
    "membership-out-of-order": [
        (ADDED, 9, "countries[0] (uzbekistan)", "membership events must be listed in date order")
    ],
    "two-best-supported": [
        (
            ADDED,
            11,
            "conflicts[0] (nagorno-karabakh-2016) > disputes[0]",
            "at most one claim can be best_supported",
        )
    ],
    "unknown-top-level-key": [
        (ADDED, 1, "sumits", "unknown top-level key 'sumits' — did you mean 'summits'?")
    ],
    "bad-id": [
        (
            ADDED,
            2,
            "sources[0] (TASS 2002) > id",
            "'TASS 2002' is not a valid id: use lowercase letters, digits and single hyphens,"
            " like 'yerevan-2016'",
        )
    ],
    "yes-is-not-text": [
        (
            ADDED,
            3,
            "sources[0] (rferl-2017) > title",
            "should be text, not false (YAML reads yes/no/on/off as true/false: put it in quotes)",
        )
    ],
    "source-needs-title": [(ADDED, 2, "sources[0] (tass-2002)", "a source needs a title or a url")],
    "too-few-claims": [
        (
            ADDED,
            6,
            "people[0] (nikol-pashinyan) > disputes[0] > claims",
            "needs at least 2 items",
        )
    ],
    "not-utf8": [(ADDED, 3, "", "is not UTF-8 text")],
    "yml-extension": [("zz-added.yml", None, "", "knowledge files end in .yaml; rename this one")],
    "many-problems": [
        (ADDED, 6, "summits[0] (moscow-2002) > host", "unknown country 'russia'"),
        (
            ADDED,
            9,
            "summits[0] (moscow-2002) > absences[0] > who",
            "unknown country or person 'uzbekistan'",
        ),
        (
            ADDED,
            14,
            "people[0] (stanislav-zas) > id",
            "duplicate id 'stanislav-zas' (first used at people.yaml:19)",
        ),
        (
            ADDED,
            23,
            "people[1] (nikol-pashinyan) > roles[0] > confidence",
            "must be one of high, medium, low, not 'hgih'",
        ),
        (
            "zz-more.yaml",
            4,
            "sources[0] (tass-2002) > publisher",
            "duplicate key 'publisher' (first at line 3)",
        ),
        ("zz-more.yaml", 5, "sources[0] (tass-2002) > date", "2002-02-30 is not a real date"),
    ],
}


def problems_for(directory: Path) -> list[tuple[str, int | None, str, str]]:
    """Load `directory`, which must fail, and return its problems as plain tuples."""
    with pytest.raises(KnowledgeError) as raised:
        load_knowledge(directory)
    return [(p.file, p.line, p.field, p.message) for p in raised.value.problems]


def test_every_fixture_has_expectations():
    """No broken fixture folder goes untested, and no expectation lacks its folder."""
    folders = {path.name for path in BROKEN.iterdir() if path.is_dir()}
    assert folders == set(CASES) | {"no-organization"}


@pytest.mark.parametrize("case", sorted(CASES))
def test_broken_knowledge_is_reported_precisely(case, tmp_path):
    """The loader reports exactly the expected problems, located by file, line and field."""
    directory = overlay(BROKEN / case, tmp_path / case)
    assert problems_for(directory) == CASES[case]


def test_no_organization_is_reported_on_the_directory(tmp_path):
    """Without an organization anywhere, the problem names the directory, with no line."""
    directory = overlay(BROKEN / "no-organization", tmp_path / "kb")
    assert problems_for(directory) == [
        (
            str(directory),
            None,
            "",
            "no organization: one file needs a top-level 'organization:' mapping",
        )
    ]


def test_problem_renders_for_an_editor():
    """A problem prints as file:line: field: message."""
    problem = KnowledgeProblem("summits.yaml", 212, "summits[4] (yerevan-2016)", "is required")
    assert str(problem) == "summits.yaml:212: summits[4] (yerevan-2016): is required"


def test_missing_directory(tmp_path):
    """A directory that does not exist is one problem, not an exception of another kind."""
    missing = tmp_path / "nowhere"
    assert problems_for(missing) == [(str(missing), None, "", "no such directory")]


def test_file_instead_of_directory(tmp_path):
    """A path to a file is reported as not a directory."""
    path = tmp_path / "knowledge.yaml"
    path.write_text("organization: {}\n")
    assert problems_for(path) == [(str(path), None, "", "is not a directory")]


def test_unreadable_file_is_reported(minimal_copy):
    """A *.yaml entry that cannot be read (here a folder) is a problem naming it."""
    (minimal_copy / "zz-folder.yaml").mkdir()
    assert problems_for(minimal_copy) == [
        ("zz-folder.yaml", None, "", "cannot be read: Is a directory")
    ]


def test_empty_directory(tmp_path):
    """A directory with no knowledge files lacks the organization."""
    (tmp_path / "README.md").write_text("nothing yet\n")
    assert problems_for(tmp_path) == [
        (
            str(tmp_path),
            None,
            "",
            "no organization: one file needs a top-level 'organization:' mapping",
        )
    ]
