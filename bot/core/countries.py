"""Names of the world's countries, from pycountry, for closed-world "is X a member?" answers."""

from __future__ import annotations

from functools import cache

import pycountry


@cache
def external_country_names() -> tuple[str, ...]:
    """Every country's short, common and official name (ISO 3166-1), loaded once."""
    names: list[str] = []
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            value = getattr(country, attribute, None)
            if isinstance(value, str) and "," not in value:
                names.append(value)
    return tuple(names)
