"""Read one YAML text into plain data and the line of every path, catching duplicate keys.

PyYAML's constructors keep the last of two equal keys without a word, and forget where each value
stood. So the text is only composed into nodes here (libyaml when available), and the plain data
is built from the nodes by hand, recording each path's line on the way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

Path = tuple[str | int, ...]

_LOADER: type[yaml.SafeLoader] | type[yaml.CSafeLoader] = getattr(
    yaml, "CSafeLoader", yaml.SafeLoader
)
_TAG = "tag:yaml.org,2002:"
# Timestamps stay text: PartialDate reads them and can say why "2012-02-30" is not a date.
_AS_TEXT = {f"{_TAG}str", f"{_TAG}timestamp"}
_CONSTRUCTED = {f"{_TAG}null", f"{_TAG}bool", f"{_TAG}int", f"{_TAG}float"}
_COLLECTIONS = {f"{_TAG}map", f"{_TAG}seq"}


@dataclass(frozen=True, slots=True)
class YamlIssue:
    """Something wrong in the YAML itself; `line` is 1-based."""

    line: int | None
    path: Path
    message: str


@dataclass(slots=True)
class ParsedYaml:
    """The plain data of one document (None when there is none) and where each path starts."""

    data: object = None
    lines: dict[Path, int] = field(default_factory=dict)
    issues: list[YamlIssue] = field(default_factory=list)


def parse_yaml(text: str) -> ParsedYaml:
    """Parse one YAML document; syntax errors and duplicate keys come back as issues, not raised."""
    result = ParsedYaml()
    try:
        root = yaml.compose(text, Loader=_LOADER)
    except yaml.YAMLError as error:
        result.issues.append(YamlIssue(_error_line(error, text), (), _syntax_message(error)))
        return result
    if root is None:
        return result
    builder = _Builder(result)
    try:
        result.data = builder.build(root, ())
    except RecursionError:
        result.data = None
        result.issues.append(YamlIssue(root.start_mark.line + 1, (), "nested too deeply to read"))
    return result


def _error_line(error: yaml.YAMLError, text: str) -> int | None:
    """The 1-based line a YAML error points at, if it says."""
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    if mark is not None:
        return int(mark.line) + 1
    position = getattr(error, "position", None)  # reader errors give a character offset
    if isinstance(position, int):
        return text.count("\n", 0, position) + 1
    return None


def _syntax_message(error: yaml.YAMLError) -> str:
    """Say what the YAML parser found, without its '<unicode string>' positions."""
    if isinstance(error, yaml.MarkedYAMLError):
        message = f"YAML syntax error: {error.problem or error.context}"
        start, end = error.context_mark, error.problem_mark
        if error.context and error.problem:
            elsewhere = start is not None and end is not None and start.line != end.line
            since = f" started at line {start.line + 1}" if elsewhere and start else ""
            message += f" ({error.context}{since})"
        return message
    if isinstance(error, yaml.reader.ReaderError):
        # libyaml gives the code point, PyYAML's reader the character itself.
        code = error.character if isinstance(error.character, int) else ord(error.character)
        return f"YAML syntax error: character U+{code:04X} is not allowed in YAML"
    return f"YAML syntax error: {str(error).splitlines()[0]}"


class _Builder:
    """Turns composed nodes into dicts, lists and scalars, recording lines and problems."""

    def __init__(self, result: ParsedYaml) -> None:
        self._lines = result.lines
        self._issues = result.issues
        self._constructor = yaml.constructor.SafeConstructor()
        # An alias reuses its anchor's value (no exponential blow-up); a node that contains
        # itself is reported instead of followed for ever.
        self._built: dict[int, object] = {}
        self._open: set[int] = set()

    def build(self, node: Node, path: Path) -> object:
        """The plain value of `node`, which stands at `path`."""
        self._lines.setdefault(path, node.start_mark.line + 1)
        if node.tag in _AS_TEXT:  # most values: checked first, as loading is on the start-up path
            return str(node.value)
        if isinstance(node, ScalarNode):
            return self._scalar(node, path)
        key = id(node)
        if key in self._built:
            return self._built[key]
        if key in self._open:
            self._issue(node, path, "an alias refers to the value that contains it")
            return None
        self._open.add(key)
        if node.tag not in _COLLECTIONS:
            self._issue(node, path, f"YAML tag {node.tag} is not supported here")
        if isinstance(node, MappingNode):
            value: object = self._mapping(node, path)
        else:
            value = [self.build(item, (*path, index)) for index, item in enumerate(node.value)]
        self._open.discard(key)
        self._built[key] = value
        return value

    def _mapping(self, node: MappingNode, path: Path) -> dict[str, object]:
        mapping: dict[str, object] = {}
        first_line: dict[str, int] = {}
        for key_node, value_node in node.value:
            line = key_node.start_mark.line + 1
            if not isinstance(key_node, ScalarNode):
                self._issue(key_node, path, "a key must be a plain word, not a list or mapping")
                continue
            if key_node.tag == f"{_TAG}merge":
                self._issue(key_node, path, "merge keys (<<) are not supported; write the fields")
                continue
            name = str(key_node.value)
            child = (*path, name)
            if name in first_line:
                self._issues.append(
                    YamlIssue(
                        line, child, f"duplicate key '{name}' (first at line {first_line[name]})"
                    )
                )
                continue
            first_line[name] = line
            self._lines[child] = line
            mapping[name] = self.build(value_node, child)
        return mapping

    def _scalar(self, node: Node, path: Path) -> object:
        if node.tag not in _CONSTRUCTED:
            self._issue(node, path, f"YAML tag {node.tag} is not supported here")
            return str(node.value)
        try:
            return self._constructor.construct_object(node)
        except (yaml.YAMLError, ValueError, OverflowError) as error:
            self._issue(node, path, f"cannot read {node.value!r}: {error}")
            return str(node.value)

    def _issue(self, node: Node, path: Path, message: str) -> None:
        self._issues.append(YamlIssue(node.start_mark.line + 1, path, message))
