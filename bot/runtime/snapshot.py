"""A cached, ready-to-answer engine state, so one-shot commands skip parsing and indexing.

The cache key covers every knowledge file's name and bytes and the core's own source, so an
edited fact or a new release never reads a stale snapshot. The cache lives in a directory the
caller chooses (the user's cache directory); a file there is trusted like the user's own files.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import pickle
from pathlib import Path

from bot.core.engine import Engine

logger = logging.getLogger(__name__)
_CORE = Path(__file__).resolve().parents[1] / "core"
WARM_UP_QUESTION = "Which countries are members?"


def fingerprint(directory: Path) -> str | None:
    """A key for the knowledge files plus the engine's code and data, or None if unreadable."""
    digest = hashlib.sha256()
    try:
        for path in sorted(directory.glob("*.yaml")):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
        # The engine's word lists and intent table are YAML beside its code; an edit to them
        # must invalidate the cache as surely as a code change.
        engine_files = sorted([*_CORE.rglob("*.py"), *_CORE.rglob("*.yaml")])
        for path in engine_files:
            digest.update(path.relative_to(_CORE).as_posix().encode() + b"\0" + path.read_bytes())
    except OSError:
        return None
    return digest.hexdigest()[:20]


def load_engine(directory: Path, cache_dir: Path | None = None) -> Engine:
    """An Engine for the directory: from the snapshot cache when fresh, else built and cached.

    Raises KnowledgeError, like load_knowledge, when the knowledge is broken.
    """
    key = fingerprint(directory) if cache_dir is not None else None
    cached = cache_dir / f"engine-{key}.pickle" if cache_dir is not None and key else None
    if cached is not None and cached.is_file():
        try:
            with cached.open("rb") as handle:
                engine = pickle.load(handle)  # noqa: S301 - our own cache, keyed by content
            if isinstance(engine, Engine):
                return engine
        except Exception:
            logger.warning("ignoring an unreadable knowledge snapshot at %s", cached)
    from bot.core.knowledge.loader import load_knowledge  # noqa: PLC0415 - YAML is only needed on a miss

    engine = Engine(load_knowledge(directory))
    if cached is not None:
        # One answer builds what the engine otherwise makes on first use (the index of countries
        # outside the knowledge, from pycountry), so the snapshot carries it and no later
        # process pays for it.
        engine.answer(WARM_UP_QUESTION)
        _write(cached, engine)
    return engine


def _write(target: Path, engine: Engine) -> None:
    """Write atomically (temp file, then rename); a read-only cache is simply skipped."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        for stale in target.parent.glob("engine-*.pickle"):
            with contextlib.suppress(OSError):
                stale.unlink()
        import tempfile  # noqa: PLC0415 - only when writing, which a cache hit never does

        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".engine-")
        with os.fdopen(handle, "wb") as out:
            pickle.dump(engine, out, protocol=pickle.HIGHEST_PROTOCOL)
        Path(temporary).replace(target)
    except OSError as error:
        logger.debug("knowledge snapshot not written: %s", error)
