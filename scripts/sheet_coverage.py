"""Report, for each fact of the vetted sheet, the sheet's key terms that our knowledge texts lack.

Test writers word their expected answers in the sheet's own terms. A knowledge text that
paraphrases a term away ("heads of the member states" for "heads of member states") makes a
right answer fail, and hides the sheet's wording from readers. For every `fact` of the sheet this
finds the knowledge statements built from it (the ones citing all of its sources, closest in
wording first) and lists the key terms none of them contains: dates and numbers, proper names,
quoted words, rare words and noun phrases.

    .venv/bin/python scripts/sheet_coverage.py            # report
    .venv/bin/python scripts/sheet_coverage.py --summary  # counts only
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
SHEET = ROOT / "tests" / "fixtures" / "reference" / "csto_facts.yaml"
KNOWLEDGE = ROOT / "knowledge"
SEED = "seed-article-2016"
# Word lists the term finder reads (stopwords, shorthand...): data, kept beside the script.
WORDS: dict[str, Any] = yaml.safe_load((Path(__file__).with_suffix(".yaml")).read_text("utf-8"))

MONTHS = {
    "jan": "January",
    "feb": "February",
    "mar": "March",
    "apr": "April",
    "may": "May",
    "jun": "June",
    "jul": "July",
    "aug": "August",
    "sep": "September",
    "oct": "October",
    "nov": "November",
    "dec": "December",
}
MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
}
# Words that carry no term of their own: function words, and the sheet's note-taking verbs.
STOPWORDS = frozenset(WORDS["stopwords"])
# Ordinary words too common to be a reader's key term however rarely the sheet uses them.
COMMON = frozenset(WORDS["common"])
# The sheet's note-taking shorthand: a text states it by the shorthand or by its long form.
SHORTHAND: dict[str, str] = WORDS["shorthand"]
# Past tenses that end no '-ed', and '-ing' words that are nouns: the first end a noun phrase,
# the second do not.
IRREGULAR_PAST = frozenset(WORDS["irregular_past"])
NOUNS_IN_ING = frozenset(WORDS["nouns_in_ing"])
# Words that stand beside a name without being part of it ("Kazakh President Nazarbayev").
JUXTAPOSED = frozenset(WORDS["juxtaposed"])
RARE_MIN_LENGTH = 8  # a word this long used at most twice in the sheet is a distinctive term
RARE_MAX_USES = 2


@dataclass
class Statement:
    """One sourced statement of knowledge/: its text, sources and where it lives."""

    where: str
    text: str
    sources: set[str]
    aliases: list[str] = field(default_factory=list)


@dataclass
class Coverage:
    """A sheet fact, the statements built from it, and the key terms they lack."""

    path: str
    fact: str
    carriers: list[Statement]
    missing: list[str]


# --- the sheet -------------------------------------------------------------------------------


def sheet_facts(node: object, path: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every entry of the sheet that states a fact, with its path in the sheet."""
    if isinstance(node, dict):
        if "fact" in node:
            yield path, node
        label = node.get("country") or node.get("name") or node.get("date")
        for key, value in node.items():
            inner = f"{path}[{label}]" if label and not path.endswith(f"[{label}]") else path
            yield from sheet_facts(value, f"{inner}.{key}" if inner else key)
    elif isinstance(node, list):
        for item in node:
            yield from sheet_facts(item, path)


def source_resolver(sources: list[dict[str, Any]]) -> dict[str, str]:
    """A function's worth of lookup: each registry url and title, longest first."""
    table = [(s["url"], s["id"]) for s in sources if s.get("url")]
    table.sort(key=lambda pair: -len(pair[0]))
    table += [(s["title"], s["id"]) for s in sources if s.get("title")]
    return dict(table)


def resolve(text: str, table: dict[str, str]) -> str:
    """The registry id a sheet source string stands for ("" when none)."""
    if text.startswith("seed article"):
        return SEED
    return next((source_id for key, source_id in table.items() if key in text), "")


# --- knowledge/ ------------------------------------------------------------------------------


def load_knowledge(directory: Path) -> tuple[list[Statement], list[dict[str, Any]]]:
    """Every sourced statement with text in knowledge/*.yaml, and the source registry."""
    statements: list[Statement] = []
    registry: list[dict[str, Any]] = []
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        registry += data.get("sources", [])
        body = {key: value for key, value in data.items() if key != "sources"}
        statements += _statements(body, path.name, [])
    return statements, registry


def _statements(node: object, where: str, aliases: list[str]) -> Iterator[Statement]:
    if isinstance(node, dict):
        if "id" in node and "name" in node:
            where = f"{where.split(':', maxsplit=1)[0]}:{node['id']}"
            aliases = [node["name"], *node.get("aliases", []), *_abbreviation(node)]
        text = node.get("text") or node.get("title")
        if "sources" in node and isinstance(text, str):
            yield Statement(where, " ".join(text.split()), set(node["sources"]), aliases)
        for value in node.values():
            yield from _statements(value, where, aliases)
    elif isinstance(node, list):
        for item in node:
            yield from _statements(item, where, aliases)


def _abbreviation(node: dict[str, Any]) -> list[str]:
    return [node["abbreviation"]] if node.get("abbreviation") else []


# --- key terms -------------------------------------------------------------------------------


def _month(word: str) -> str:
    return MONTHS[word[:3].casefold()]


def date_terms(text: str) -> tuple[list[tuple[str, list[str]]], str]:
    """The dates of a text, each with the forms that render it, and the text without them."""
    terms: list[tuple[str, list[str]]] = []

    def take(match: re.Match[str], forms: list[str]) -> str:
        terms.append((match.group(0), forms))
        return " "

    iso_day = r"\b(\d{4})-(\d{2})-(\d{2})\b"
    text = re.sub(iso_day, lambda m: take(m, _day_forms(m[3], m[2], m[1])), text)
    iso_month = r"\b(\d{4})-(0\d|1[0-2])\b(?!-)"
    text = re.sub(
        iso_month, lambda m: take(m, [f"{list(MONTHS.values())[int(m[2]) - 1]} {m[1]}"]), text
    )
    day_range = rf"\b(\d{{1,2}})\s*[-\u2013]\s*(\d{{1,2}})\s+({MONTH})\s+(\d{{4}})"
    text = re.sub(day_range, lambda m: take(m, _range_forms(m)), text)
    day = rf"\b(\d{{1,2}})\s+({MONTH})\s+(\d{{4}})"
    text = re.sub(day, lambda m: take(m, _day_forms(m[1], m[2], m[3])), text)
    day_no_year = rf"\b(\d{{1,2}})\s+({MONTH})(?![a-z])"
    text = re.sub(day_no_year, lambda m: take(m, [f"{int(m[1])} {_month(m[2])}"]), text)
    month_year = rf"\b({MONTH})\s+(\d{{4}})"
    text = re.sub(month_year, lambda m: take(m, [f"{_month(m[1])} {m[2]}"]), text)
    return terms, text


def _day_forms(day: str, month: str, year: str) -> list[str]:
    name = list(MONTHS.values())[int(month) - 1] if month.isdigit() else _month(month)
    return [f"{int(day)} {name} {year}"]


def _range_forms(match: re.Match[str]) -> list[str]:
    first, last, month, year = match[1], match[2], _month(match[3]), match[4]
    return [f"{first}-{last} {month} {year}", f"{first} and {last} {month} {year}"]


def number_terms(text: str) -> list[tuple[str, list[str]]]:
    """Numbers (years, counts, ordinals, spelled-out small numbers) with their usual forms."""
    terms: list[tuple[str, list[str]]] = []
    for match in re.finditer(r"\b\d[\d,.]*(?:st|nd|rd|th)?\b", text):
        token = match.group(0).rstrip(".,")
        plain = token.replace(",", "")
        forms = [token, plain]
        word = next((w for w, d in NUMBER_WORDS.items() if d == plain), None)
        forms += [word] if word else []
        terms.append((token, forms))
    for word, digit in NUMBER_WORDS.items():
        if re.search(rf"\b{word}\b", text, re.IGNORECASE) and word != "one":
            terms.append((word, [word, digit]))
    return terms


def _segments(text: str) -> list[list[str]]:
    """The text cut at punctuation into runs of words (hyphenated words kept whole)."""
    parts = re.split(r"[;:,()\[\]\"/?!]|\.(?:\s|$)|\s[-\u2013]\s|->", text)
    return [re.findall(r"[\w'\u2019.-]+", part) for part in parts if part.strip()]


def name_terms(text: str, capitalised_mid: set[str]) -> list[str]:
    """Proper names: runs of capitalised words, joined by 'of', 'the', 'and' or 'for'."""
    names = []
    for words in _segments(text):
        run: list[str] = []
        for index, word in enumerate([*words, "."]):
            capital = word[:1].isupper()
            if word.rstrip(".") in SHORTHAND:
                capital = False
            if (capital and (index > 0 or word in capitalised_mid or _starts_name(words))) or (
                run and word in {"of", "the", "for"} and index + 1 < len(words)
            ):
                run.append(word)
            else:
                while run and run[-1] in {"of", "the", "for"}:
                    run.pop()
                names += [" ".join(run)] if run else []
                run = []
    return [name.strip("'\u2019.") for name in names if len(name) > 1]


def _starts_name(words: list[str]) -> bool:
    """A segment's capitalised first word is a name if an acronym or a name's first word."""
    first, after = words[0], words[1] if len(words) > 1 else ""
    verb = first.casefold().endswith("ed") or first.casefold() in IRREGULAR_PAST
    plain = first.casefold() not in STOPWORDS
    return first.isupper() or (after[:1].isupper() and not after.isupper() and not verb and plain)


def shorthand_terms(text: str) -> list[tuple[str, list[str]]]:
    """The sheet's shorthand (PM, CSC, Art.), stated by either form."""
    found = re.findall(r"(?<![\w-])([A-Za-z][\w-]*)\.?(?![\w-])", text)
    return [(word, [word, SHORTHAND[word]]) for word in dict.fromkeys(found) if word in SHORTHAND]


def _name_forms(name: str) -> list[str]:
    """A one-word name is stated by its country's name too ('Russian' by 'Russia')."""
    if " " in name:
        return [name]
    if name.endswith("i"):  # Azerbaijani
        return [name, name[:-1]]
    if not name.endswith(("ian", "ean", "ese")):
        return [name]
    return [name, name.removesuffix("n"), name.removesuffix("ian") + "ia", name[:-3]]


def quoted_terms(text: str) -> list[str]:
    """Words the sheet puts in quotes: the sources' own terms."""
    return [
        q.strip()
        for q in re.findall(
            r"(?<![\w])['\"\u2018\u201c]([^'\"\u2019\u201d]{3,60})['\"\u2019\u201d](?![\w])", text
        )
    ]


def phrase_terms(text: str, rare: set[str]) -> list[str]:
    """Lower-case noun phrases (two content words or more, 'of' allowed inside) and rare words."""
    terms = []
    for words in _segments(text):
        run: list[str] = []
        for word in [*words, "the"]:
            lower = word.casefold()
            # A participle or past tense ends a phrase: the sheet's verbs are not its terms.
            verb = lower.endswith("ed") or lower in IRREGULAR_PAST
            verb = verb or (lower.endswith("ing") and lower not in NOUNS_IN_ING)
            content = lower not in STOPWORDS and word[:1].islower() and not lower.isdigit()
            content = content and not verb
            if content or (lower == "of" and run):
                run.append(word)
                continue
            while run and run[-1] == "of":
                run.pop()
            if len(run) >= 2:
                terms.append(" ".join(run))
            terms += [w for w in run if w.casefold() in rare]
            run = []
    return terms


def rare_words(sheet_text: str) -> set[str]:
    """Long lower-case words the sheet uses at most twice: distinctive terms."""
    counts = Counter(w.casefold() for w in re.findall(r"[A-Za-z][a-z-]+", sheet_text))
    return {
        word
        for word, count in counts.items()
        if count <= RARE_MAX_USES and len(word) >= RARE_MIN_LENGTH and word not in COMMON
    }


# --- matching --------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Case-folded, dashes unified, apostrophes plain, thousands separators kept as in text."""
    text = text.casefold().replace("\u2013", "-").replace("\u2019", "'")
    return " ".join(text.split())


def _word_stem(word: str) -> str:
    word = word.casefold()
    for suffix in ("ies", "es", "s"):
        if word.endswith(suffix) and len(word) > len(suffix) + 3:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def contains(haystack: str, term: str) -> bool:
    """Whether a text holds a term as the tests look for it (a substring), or its plural."""
    if normalise(term) in normalise(haystack):
        return True
    words = [re.escape(_word_stem(w)) for w in re.findall(r"[\w'.,-]+", normalise(term))]
    if not words:
        return True
    pattern = r"\b" + r"\s+".join(rf"{w}(?:e?s)?" for w in words) + r"(?![\w])"
    return re.search(pattern, normalise(haystack).replace("ies ", "ys ")) is not None


def stems(text: str) -> set[str]:
    """Content-word stems, for ranking which statements a sheet fact became."""
    words = re.findall(r"[a-z0-9]+", normalise(text).replace(",", ""))
    return {_word_stem(w)[:6] for w in words if w not in STOPWORDS}


# --- coverage --------------------------------------------------------------------------------


def carriers(
    fact: dict[str, Any], statements: list[Statement], table: dict[str, str]
) -> list[Statement]:
    """The statements built from a sheet fact: they cite its sources; closest wording first.

    Those citing all the fact's sources come first; a fact split over several statements with
    fewer sources each is found through the statements citing any of them.
    """
    needed = {resolve(fact["source"], table), *(resolve(s, table) for s in fact.get("also", []))}
    needed.discard("")
    words = stems(fact["fact"])
    found: list[Statement] = []
    for cited in (
        [s for s in statements if needed <= s.sources],
        [s for s in statements if needed & s.sources],
    ):
        scored = sorted(((len(words & stems(s.text)), s) for s in cited), key=lambda p: -p[0])
        if scored and scored[0][0] > 0:
            best = scored[0][0]
            found += [s for score, s in scored if score >= max(2, best // 2) and s not in found]
            found += [] if found else [scored[0][1]]
    return found


def key_terms(fact: str, capitalised_mid: set[str], rare: set[str]) -> list[tuple[str, list[str]]]:
    """The sheet fact's key terms, each with the forms that count as stating it."""
    dates, rest = date_terms(fact)
    terms = dates + number_terms(rest)
    terms += shorthand_terms(rest)
    terms += [(name, _name_forms(name)) for name in name_terms(rest, capitalised_mid)]
    terms += [(quote, [quote]) for quote in quoted_terms(fact)]
    terms += [(phrase, [phrase]) for phrase in phrase_terms(rest, rare)]
    seen: set[str] = set()
    return [t for t in terms if not (t[0].casefold() in seen or seen.add(t[0].casefold()))]


def _stated(text: str, term: str, forms: list[str]) -> bool:
    """A term is stated by a form of it; a run of names ("Uzbek President Mirziyoyev") by each."""
    if any(contains(text, form) for form in forms):
        return True
    words = term.split()
    juxtaposed = len(words) > 1 and any(
        w.isupper() or w in JUXTAPOSED or _name_forms(w)[1:] for w in words
    )
    return juxtaposed and all(any(contains(text, f) for f in _name_forms(w)) for w in words)


def coverage(sheet_path: Path = SHEET, knowledge: Path = KNOWLEDGE) -> list[Coverage]:
    """For every sheet fact, its carriers in knowledge/ and the key terms they lack."""
    sheet = yaml.safe_load(sheet_path.read_text(encoding="utf-8"))
    body = {key: value for key, value in sheet.items() if key != "meta"}
    statements, registry = load_knowledge(knowledge)
    table = source_resolver(registry)
    facts = list(sheet_facts(body))
    all_text = ". ".join(fact["fact"] for _, fact in facts)
    capitalised_mid = set(re.findall(r"(?<=[a-z,] )([A-Z][\w-]+)", all_text))
    rare = rare_words(all_text)
    report = []
    for path, fact in facts:
        found = carriers(fact, statements, table)
        text = (
            " ".join(s.text for s in found)
            + " "
            + " ".join(a for s in found[:1] for a in s.aliases)
        )
        lacking = [
            term
            for term, forms in key_terms(fact["fact"], capitalised_mid, rare)
            if not _stated(text, term, forms)
        ]
        report.append(Coverage(path, fact["fact"], found, lacking))
    return report


def main(argv: list[str] | None = None) -> int:
    """Print the report; exit 0 (it is a report, not a gate)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--summary", action="store_true", help="print the counts only")
    parser.add_argument("--knowledge", type=Path, default=KNOWLEDGE)
    parser.add_argument("--sheet", type=Path, default=SHEET)
    args = parser.parse_args(argv)
    report = coverage(args.sheet, args.knowledge)
    lacking = [entry for entry in report if entry.missing]
    if not args.summary:
        for entry in lacking:
            print(f"{entry.path}\n  sheet: {entry.fact}")
            for statement in entry.carriers[:2]:
                print(f"  ours ({statement.where}): {statement.text}")
            if not entry.carriers:
                print("  ours: NO STATEMENT FOUND")
            print(f"  missing: {entry.missing}\n")
    terms = sum(len(entry.missing) for entry in lacking)
    orphans = sum(1 for entry in report if not entry.carriers)
    print(
        f"{len(lacking)} of {len(report)} sheet facts lack key terms ({terms} terms);"
        f" {orphans} have no statement"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
