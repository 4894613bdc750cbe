"""Names of the world's countries, from pycountry, for closed-world "is X a member?" answers."""

from __future__ import annotations

from functools import cache

from bot.core.language.lexicon import LEXICON

# Short forms two countries share ("Korea", "Congo"): they name neither.
_SHARED = LEXICON.words("shared_country_names")
_FORMER = LEXICON.words("former_country_names")


@cache
def external_country_names() -> tuple[str, ...]:
    """Every country's short, common and official name (ISO 3166-1), loaded once."""
    import pycountry  # noqa: PLC0415 - its data takes longer to load than most answers take

    names: list[str] = []
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if not isinstance(value, str):
                continue
            # "Iran, Islamic Republic of" is ISO's inverted form of "Iran".
            short = value.split(",")[0]
            if short.casefold() not in _SHARED:
                names.append(short)
    names.extend(sorted(name.title() for name in _FORMER))
    return tuple(dict.fromkeys(names))
