"""parse_yaml() keeps the line of every path and reports what PyYAML would hide."""

from __future__ import annotations

import yaml

from bot.core.knowledge import yamldoc
from bot.core.knowledge.yamldoc import parse_yaml

TEXT = """\
countries:
  - id: armenia
    membership:
      - event: joined
        date: 1992-05-15
  - id: belarus
"""


def test_lines_of_every_path():
    """Mapping keys and list items each record the line they start on."""
    parsed = parse_yaml(TEXT)
    assert parsed.issues == []
    assert parsed.lines[("countries",)] == 1
    assert parsed.lines[("countries", 0)] == 2
    assert parsed.lines[("countries", 0, "membership", 0, "date")] == 5
    assert parsed.lines[("countries", 1, "id")] == 6


def test_dates_stay_text():
    """Timestamps are kept as written, so an impossible date can be explained later."""
    parsed = parse_yaml("a: 2012-02-30\nb: 2016-10-14\nc: 2016\n")
    assert parsed.data == {"a": "2012-02-30", "b": "2016-10-14", "c": 2016}


def test_duplicate_key_is_an_issue_and_the_first_value_stays():
    """A repeated key is reported on its own line; PyYAML would silently keep the last."""
    parsed = parse_yaml("a: 1\nb: 2\na: 3\n")
    assert [(i.line, i.path, i.message) for i in parsed.issues] == [
        (3, ("a",), "duplicate key 'a' (first at line 1)")
    ]
    assert parsed.data == {"a": 1, "b": 2}


def test_aliases_share_the_anchored_value():
    """An alias resolves to its anchor's value."""
    parsed = parse_yaml("a: &x [1, 2]\nb: *x\n")
    assert parsed.data == {"a": [1, 2], "b": [1, 2]}
    assert parsed.issues == []


def test_recursive_alias_is_an_issue():
    """A value that contains itself is reported instead of followed for ever."""
    parsed = parse_yaml("a: &x [1, *x]\n")
    assert [issue.message for issue in parsed.issues] == [
        "an alias refers to the value that contains it"
    ]


def test_unknown_tag_is_an_issue():
    """Custom YAML tags are reported with their line."""
    parsed = parse_yaml("a: 1\nb: !include other.yaml\n")
    assert [(i.line, i.message) for i in parsed.issues] == [
        (2, "YAML tag !include is not supported here")
    ]


def test_syntax_error_has_a_line():
    """A tab used for indentation is a syntax error located on its line."""
    parsed = parse_yaml("a:\n  b: 1\n\tc: 2\n")
    assert parsed.data is None
    assert len(parsed.issues) == 1
    assert parsed.issues[0].line == 3
    assert parsed.issues[0].message.startswith("YAML syntax error: ")


def test_control_character_has_a_line():
    """A control character is reported on the line it sits on."""
    parsed = parse_yaml("a: 1\nb: \x00\n")
    assert [(i.line, i.message) for i in parsed.issues] == [
        (2, "YAML syntax error: character U+0000 is not allowed in YAML")
    ]


def test_non_text_keys_are_issues():
    """A list used as a mapping key is reported."""
    parsed = parse_yaml("? [a, b]\n: 1\n")
    assert [i.message for i in parsed.issues] == [
        "a key must be a plain word, not a list or mapping"
    ]


def test_deep_nesting_is_an_issue():
    """Nesting too deep to read is reported, not raised."""
    parsed = parse_yaml("[" * 900 + "]" * 900)
    assert parsed.data is None
    assert [i.message for i in parsed.issues] == ["nested too deeply to read"]


def test_empty_text_has_no_data():
    """A file of comments has no document and no issues."""
    parsed = parse_yaml("# only a comment\n")
    assert (parsed.data, parsed.issues) == (None, [])


def test_pure_python_loader_gives_the_same_result(monkeypatch):
    """Without libyaml, PyYAML's own SafeLoader yields the same data, lines and issues."""
    with_libyaml = parse_yaml(TEXT + "  - id: armenia\n    id: again\n")
    monkeypatch.setattr(yamldoc, "_LOADER", yaml.SafeLoader)
    pure = parse_yaml(TEXT + "  - id: armenia\n    id: again\n")
    assert (pure.data, pure.lines, pure.issues) == (
        with_libyaml.data,
        with_libyaml.lines,
        with_libyaml.issues,
    )
    assert [i.message for i in parse_yaml("b: \x00\n").issues] == [
        "YAML syntax error: character U+0000 is not allowed in YAML"
    ]
