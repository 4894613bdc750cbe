"""Visit every model nested inside a knowledge model, with its path."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import BaseModel

from bot.core.knowledge.yamldoc import Path


def walk(model: BaseModel, path: Path = ()) -> Iterator[tuple[Path, BaseModel]]:
    """Yield `model` and every model below it (fields and tuple items), depth first."""
    yield path, model
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            yield from walk(value, (*path, name))
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from walk(item, (*path, name, index))
