"""Pydantic validation errors rewritten in an editor's words, located by path."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, get_args

from pydantic import BaseModel
from pydantic_core import ErrorDetails

from bot.core.knowledge.suggest import did_you_mean
from bot.core.knowledge.yamldoc import Path

_DATE_LIKE = re.compile(r"^\s*\d{4}-\d{1,2}(?:-\d{1,2})?\s*$")


@dataclass(frozen=True, slots=True)
class Explained:
    """One error: the field it concerns, the path whose line to show, and what is wrong."""

    field: Path
    line_path: Path
    message: str


def explain(error: ErrorDetails, model: type[BaseModel]) -> Explained:
    """Rewrite one pydantic error about `model` (its loc is relative to the model)."""
    loc: Path = tuple(error["loc"])
    kind = error["type"]
    if kind == "extra_forbidden":
        return _unknown_field(loc, model)
    if kind == "value_error" and isinstance(error["input"], dict):
        return _model_rule(
            loc, str(error.get("ctx", {}).get("error", error["msg"])), error["input"]
        )
    return Explained(loc, loc, _message(error))


def _unknown_field(loc: Path, model: type[BaseModel]) -> Explained:
    """'unknown field 'soruces' — did you mean 'sources'?', reported on the mapping holding it."""
    name = str(loc[-1])
    owner = _model_at(model, loc[:-1])
    valid = owner.model_fields if owner is not None else {}
    return Explained(loc[:-1], loc, f"unknown field '{name}'{did_you_mean(name, valid)}")


def _model_rule(loc: Path, text: str, given: dict[Any, Any]) -> Explained:
    """A rule across fields (period order, one best claim...): on the line of the field it names."""
    first_word = text.split(" ", 1)[0]
    line_path = (*loc, first_word) if first_word in given else loc
    return Explained(loc, line_path, text)


def _message(error: ErrorDetails) -> str:
    """The plain-words message for one error type."""
    ctx = error.get("ctx", {})
    render = _RENDER.get(error["type"])
    if render is None:
        return str(error["msg"]).replace("Input should be", "should be")
    return render(error["input"], ctx, str(ctx.get("error", error["msg"])))


def _text_expected(given: object) -> str:
    if given is None:
        return "is empty; give a value or remove the line"
    if isinstance(given, bool):
        note = "YAML reads yes/no/on/off as true/false: put it in quotes"
        return f"should be text, not {_describe(given)} ({note})"
    return f"should be text, not {_describe(given)}"


def _list_expected(given: object) -> str:
    hint = " (write [a, b] or one '- ' item per line)" if isinstance(given, str) else ""
    return f"should be a list, not {_describe(given)}{hint}"


def _at_least(count: object) -> str:
    return "needs at least one item" if count == 1 else f"needs at least {count} items"


def _value_message(given: object, reason: str) -> str:
    """Date-shaped text that fails is 'not a real date'; other rules speak for themselves."""
    if isinstance(given, str) and _DATE_LIKE.match(given):
        return f"{given.strip()} is not a real date"
    return reason


def _choices(ctx: dict[str, Any]) -> str:
    """pydantic's "'high', 'medium' or 'low'" as 'high, medium, low'."""
    expected = str(ctx.get("expected", ""))
    return expected.replace("'", "").replace(" or ", ", ")


def _describe(value: object) -> str:
    """A short, YAML-flavoured description of what the editor wrote."""
    if value is None or isinstance(value, bool):
        return "nothing" if value is None else str(value).lower()
    if isinstance(value, int | float):
        return f"the number {value}"
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:37] + "...")
    if isinstance(value, list | tuple):
        return "a list"
    return "a mapping" if isinstance(value, dict) else type(value).__name__


_Render = Callable[[object, dict[str, Any], str], str]
_RENDER: dict[str, _Render] = {
    "missing": lambda given, ctx, reason: "is required",
    "string_type": lambda given, ctx, reason: _text_expected(given),
    "string_too_short": lambda given, ctx, reason: "must not be empty",
    "string_too_long": lambda given, ctx, reason: (
        f"is too long (at most {ctx.get('max_length')} characters)"
    ),
    "string_pattern_mismatch": lambda given, ctx, reason: (
        f"{_describe(given)} is not a valid id: use lowercase letters, digits and single hyphens,"
        " like 'yerevan-2016'"
    ),
    "literal_error": lambda given, ctx, reason: (
        f"must be one of {_choices(ctx)}, not {_describe(given)}"
    ),
    "too_short": lambda given, ctx, reason: _at_least(ctx.get("min_length")),
    "too_long": lambda given, ctx, reason: f"has too many items (at most {ctx.get('max_length')})",
    "tuple_type": lambda given, ctx, reason: _list_expected(given),
    "list_type": lambda given, ctx, reason: _list_expected(given),
    "model_type": lambda given, ctx, reason: (
        f"should be a mapping of fields, not {_describe(given)}"
    ),
    "dict_type": lambda given, ctx, reason: (
        f"should be a mapping of fields, not {_describe(given)}"
    ),
    "bool_type": lambda given, ctx, reason: f"should be true or false, not {_describe(given)}",
    "bool_parsing": lambda given, ctx, reason: f"should be true or false, not {_describe(given)}",
    "value_error": lambda given, ctx, reason: _value_message(given, reason),
    "assertion_error": lambda given, ctx, reason: reason,
}


def _model_at(model: type[BaseModel], loc: Path) -> type[BaseModel] | None:
    """The model class that validates the value at `loc` inside `model`."""
    current: type[BaseModel] | None = model
    for part in loc:
        if isinstance(part, int) or current is None:
            continue
        field = current.model_fields.get(part)
        current = None if field is None else _find_model(field.annotation)
    return current


def _find_model(annotation: object) -> type[BaseModel] | None:
    """The model class inside an annotation such as `tuple[Fact, ...]` or `Fact | None`."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for argument in get_args(annotation):
        found = _find_model(argument)
        if found is not None:
            return found
    return None
