"""Names of the world's countries, from pycountry, for closed-world "is X a member?" answers."""

from __future__ import annotations

from functools import cache


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
            if short not in ("Korea", "Congo"):  # two countries share these short forms
                names.append(short)
    return tuple(dict.fromkeys(names))
