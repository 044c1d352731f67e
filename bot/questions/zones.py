"""Where a question asks about: "in Beijing", "à Pékin", "in Asia/Seoul", "in UTC+9", "for me"."""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re

import pytz
from dataclasses import dataclass

from bot.questions.normalize import Question, cased_words, fold
from bot.questions.place_index import Place
from bot.questions.places import places_in, respelled_place
from bot.questions.vocabulary import FOR_ME, MONTHS, STOPWORDS
from bot.timefmt import ZONE_ABBREVIATIONS, find_zone, zone_label

PREPOSITIONS = frozenset({"in", "at", "for", "to", "from", "a", "en", "pour", "au", "aux", "de", "dans", "vers"})
#: Words before a place whose clock is compared with another's ("between tonga and …", "diff fiji vs geneva").
_COMPARED_PLACE_BEFORE = frozenset({"between", "entre", "vs", "versus", "diff", "difference", "decalage"})
_IANA = re.compile(r"\b[A-Za-z]+/[A-Za-z_\-]+(?:/[A-Za-z_\-]+)?\b")
_UTC = re.compile(r"\b(?:utc|gmt)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?(?![\w+-])")
#: A zone abbreviation written in capitals ("in IST", "PST", "9am EDT"): three letters or more, so that no "ET" or
#: "PT" is read in a French "ET" or a "PT" of some name.
_ABBREVIATION = re.compile(r"\b[A-Z]{3,5}\b")


#: A zone named in words before "time" ("Eastern time", "pacific standard time", "Central European Summer Time",
#: "east coast time"): the zone of that name, in season.
_ZONE_IN_WORDS = re.compile(r"\b(eastern|pacific|mountain|central european|central|east coast|west coast)"
                            r"(?: (?:standard|daylight|summer|saving))? time\b")
#: The same word right after a clock, without "time" ("11am Eastern", "9:00 pacific").
_ZONE_AFTER_CLOCK = re.compile(r"\b\d{1,2}(?::\d{2})?\s*(?:am|pm|a m|p m|h)?\s+(eastern|pacific|mountain|central)\b")
_ZONES_IN_WORDS = {"central european": "Europe/Paris", "east coast": "America/New_York",
                   "west coast": "America/Los_Angeles"}


def _abbreviated_zone(name: str, asker_zone: dt.tzinfo | None) -> Target | None:
    """The zone an abbreviation names: the asker's own when it is theirs ("IST" from India, which is also Israel's
    and Ireland's), else one of the common ones in season ("PST" is Los Angeles, summer time included)."""
    if asker_zone is not None:
        year = dt.datetime.now(dt.timezone.utc).year
        own = {dt.datetime(year, month, 15, tzinfo=dt.timezone.utc).astimezone(asker_zone).tzname() for month in (1, 7)}
        if name in own:
            return Target(asker_zone, zone_label(asker_zone), mine=True)
    if name.lower() in ZONE_ABBREVIATIONS:
        zone = find_zone(name)
        return Target(zone, zone_label(zone)) if zone is not None else None
    return None


#: Abbreviations that several places use: each place's zone and its name (English, French), shown side by side.
_SEVERAL_PLACES = {
    "IST": (("Asia/Kolkata", ("Kolkata (India)", "Kolkata (Inde)")), ("Asia/Jerusalem", ("Jerusalem (Israel)", "Jérusalem (Israël)")),
            ("Europe/Dublin", ("Dublin (Ireland)", "Dublin (Irlande)"))),
    "CST": (("America/Chicago", ("Chicago", "Chicago")), ("Asia/Shanghai", ("Beijing (China)", "Pékin (Chine)"))),
}


@dataclass(frozen=True)
class Target:
    """A zone to show a time in, the name to show it under, and whether it is the asker's own."""

    zone: dt.tzinfo | None
    label: str
    mine: bool = False


def zone_name(zone: dt.tzinfo) -> str | None:
    """The IANA name of a pytz zone, when it has one."""
    return getattr(zone, "zone", None)


#: A city named in lower case, not after "in"/"à", counts only if it is a big one ("tokyo time?"): small towns
#: share their names with everyday words ("log", "time", "avan").
BIG_CITY = 1_000_000
OWN_NAME_CITY = 100_000


#: Words after which a lower-case word in "-ing" is a verb ("am i reading that wrong", "we re working"), not a town.
_BEFORE_A_VERB = frozenset("i you we they he she it am are is was were be been m re s".split())


def _names_a_place(start: int, place: Place, cased: list[str], after: set[int], tokens: list[str],
                   vocabulary: set[str], end: int | None = None) -> bool:
    if start < len(tokens) and tokens[start] in MONTHS and (end is None or end == start + 1):
        return False  # "the opening was 9:30 geneva in March": a month, never the town of March
    written_as_name = start < len(cased) and cased[start][:1].isupper()
    if not written_as_name and end is not None and end < len(tokens) and tokens[end] in ("in", "on", "into") \
            and start and tokens[start - 1] in ("to", "i", "we", "you", "can", "should", "must", "will", "do"):
        return False  # "when do I need to log in on day one?": a verb and its "in", not Łódź's alias "log"
    if not written_as_name and tokens[start].endswith("ing") and start and tokens[start - 1] in _BEFORE_A_VERB:
        return False  # "or am i reading that wrong": a verb, not Reading
    if written_as_name or place.population >= BIG_CITY:
        return True
    if end is not None and end < len(tokens) and tokens[end] in ("time", "tz") and tokens[start] not in vocabulary:
        return True  # "ulaanbaatar time for the start": a place's time
    if place.population >= OWN_NAME_CITY and start < len(tokens) and fold(place.name).startswith(tokens[start]):
        return True  # "kingston jamaica time": a real city under its own name, not an alias ("log" for Łódź)
    return start in after and tokens[start] not in vocabulary


def _as_written(cased: list[str], start: int, size: int, folded: str) -> str:
    """A name as the asker wrote it when written with a capital ("Sénégal"), else title-cased ("Kuwait")."""
    written = " ".join(cased[start:start + size])
    return written if written[:1].isupper() else folded.upper() if len(folded) <= 3 else folded.title()  # "uae": UAE


#: Countries whose clock is one by law or for nearly everyone, though the zone table lists a regional one beside it
#: (China's Ürümqi, Papua New Guinea's Bougainville, Chile's Magallanes).
_OFFICIAL_ZONE = {"CN": "Asia/Shanghai", "PG": "Pacific/Port_Moresby", "CL": "America/Santiago"}


def country_zone(code: str) -> list[str]:
    """A country's zones, as one when its others keep the same clock all year or lie offshore ("Spain" is Madrid,
    not the Canaries; "Papua New Guinea" is Port Moresby); all of them when its land has several clocks (the
    United States, Russia, Brazil)."""
    zones = pytz.country_timezones.get(code, [])
    if len(zones) <= 1 or code in _OFFICIAL_ZONE:
        return [_OFFICIAL_ZONE[code]] if code in _OFFICIAL_ZONE else list(zones)
    main, region = zones[0], zones[0].split("/")[0]

    def offsets(name: str) -> tuple[dt.timedelta | None, ...]:
        zone = pytz.timezone(name)
        return tuple(zone.utcoffset(dt.datetime(2021, month, 15)) for month in (1, 7))

    if all(offsets(other) == offsets(main) or other.split("/")[0] != region for other in zones[1:]):
        return [main]
    return list(zones)


def _countries_as_zones(tokens: list[str], cased: list[str],
                        places: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """A country named where a city could be ("kingston jamaica", "in Senegal"): a city of that name is not
    meant (Jamaica in New York); the country stands for its zone when it has only one, and a city already named
    in it is kept alone."""
    from bot.questions.lexicon import country_names  # Babel's territory names: loaded by time questions only

    countries = country_names()
    kept: list[tuple[int, int, Place]] = []
    for start, end, place in places:
        code = countries.get(" ".join(tokens[start:end]))
        if code is None:
            kept.append((start, end, place))
            continue
        zones = country_zone(code)
        if len(zones) != 1:
            kept.append((start, end, place))  # "Mexico": a country of several zones, so its city of that name
        elif not any(other.timezone in zones for _, _, other in kept):
            kept.append((start, end, Place(place.name if place.timezone == zones[0] else
                                           _as_written(cased, start, end - start, tokens[start]),
                                           zones[0], place.population)))
    return kept


def _in_the_country_named(tokens: list[str], cased: list[str],
                          places: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """A city followed by its country ("San José, Costa Rica", "Kingston (Jamaica)"): when the city of that name
    the table knows lies elsewhere, the country's own zone is meant (if it has only one), under the city's name."""
    from bot.questions.lexicon import country_names

    countries = country_names(every=True)
    kept: list[tuple[int, int, Place]] = []
    for start, end, place in places:
        after = end + 1 if end < len(tokens) and tokens[end] in ("in", "en", "au", "aux") else end  # "Sion en Suisse"
        for size in (3, 2, 1):
            code = countries.get(" ".join(tokens[after:after + size])) if after + size <= len(tokens) else None
            zones = pytz.country_timezones.get(code, []) if code else []
            if zones:
                if len(zones) == 1 and place.timezone not in zones:
                    place = Place(_as_written(cased, start, end - start, " ".join(tokens[start:end])), zones[0],
                                  place.population)
                break
        kept.append((start, end, place))
    return kept


def _without_the_region_after(tokens: list[str], places: list[tuple[int, int, Place]]
                              ) -> list[tuple[int, int, Place]]:
    """The places less a state or province named right after a town as where it lies ("adak in alaska", "Sitka,
    Alaska"): the town's own zone is meant, not the state's main city's."""
    from bot.questions.place_source import REGIONS

    dropped = {index + 1 for index, ((_, end, _), (start, last, _)) in enumerate(zip(places, places[1:]))
               if " ".join(tokens[start:last]) in REGIONS and (start == end or start == end + 1 and tokens[end] in (
                   "in", "en", "au", "dans"))}
    kept = []
    for index, (start, end, place) in enumerate(places):
        if index in dropped:
            continue
        region = places[index + 1][2] if index + 1 in dropped else None
        if region is not None and _country_of(region.timezone) != _country_of(place.timezone):  # "Saint John's
            # (Terre-Neuve)": the town of
            place = Place(name=place.name, timezone=region.timezone, population=place.population)  # that name there,
            # not the larger one elsewhere (Antigua's)
        kept.append((start, end, place))
    return kept


#: The asker's own time asked, then another's ("for me? and for my colleague in Malabo?", "pour moi ? et à Dakar ?").
_MINE_THEN_ANOTHER = re.compile(r"\b(?:for me|pour moi|chez moi|my time|mon heure)\b.*\b(?:and|et)\s+(?:for|pour|in|a|at|"
                                r"what about|quid de)\b")


#: Things one names by whose they are ("une contribution d'Orange", "a proposal from Nokia"): the name after them is
#: a company or a body, not a place asked.
_BELONGINGS = frozenset("contribution contributions document documents proposal proposals proposition propositions td "
                        "tds company companies societe entreprise operator operateur".split())  # not people: "un
# collègue de Moscou" is in Moscow


def _whose(tokens: list[str], start: int) -> bool:
    """Whether the name at ``start`` follows "of"/"de"/"from" after a thing named by whose it is."""
    return start >= 2 and tokens[start - 1] in ("d", "de", "du", "from", "of", "by", "par") \
        and tokens[start - 2] in _BELONGINGS


#: How large a town the asker names as theirs ("pour moi à Paita", "pour moi à Stephenville") may be and still be read
#: in their saved zone: below it, a town's name is often another town's too (Paita, Peru; Stephenville, Texas).
OWN_TOWN_AT_MOST = 200_000


#: The words before "à"/"in" that say the town after is where the asker is ("pour moi à X", "je suis à X", "i'm in X",
#: "we live in X", "j'habite à X").
_SAID_OF_ONESELF = frozenset("me moi nous here ici us suis sommes am m re based live living habite habitons vis "
                             "vivons".split())


#: The asker said to be away from home ("this week", "en vacances", "visiting"): a town named is where they are now.
_AWAY_FROM_HOME = re.compile(r"\b(?:this week|these days|for now|currently|at the moment|right now|on holiday|on vacation|"
                             r"travelling|traveling|visiting|on a trip|on mission|cette semaine|en ce moment|en vacances|"
                             r"en deplacement|en voyage|en mission|de passage|temporairement)\b")


def _the_askers_own_town(q: Question, tokens: list[str], asker_zone: dt.tzinfo | None,
                         places: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """A small town named as where the asker is ("pour moi à Stephenville") read in the asker's saved zone when the
    town found is in another: more likely a town of that name near the asker than the one the table knows."""
    own = zone_name(asker_zone) if asker_zone is not None else None
    if own is None or len(places) != 1 or not q.has(*FOR_ME):
        return places
    start, end, place = places[0]
    said_here = start >= 2 and tokens[start - 1] in ("a", "in", "at", "au", "en") \
        and tokens[start - 2] in _SAID_OF_ONESELF  # "pour moi à X", "for me in X", "je suis à X", "i'm in X"
    if place.population >= OWN_TOWN_AT_MOST or place.timezone == own or not said_here \
            or _AWAY_FROM_HOME.search(q.folded):  # "I'm in Bath this week": where the asker travels to; "pour moi à Paita" from
        # Nouméa: Païta, New Caledonia, not Paita, Peru (56 000); a big city said is where the asker says they are
        return places  # "pour moi à Stephenville": the asker says they are there ("et à Tahiti ?" after "… chez moi" is
        # another place)
    return [(start, end, Place(name=place.name, timezone=own, population=place.population))]


def _own_region_described(q: Question, tokens: list[str], asker_zone: dt.tzinfo | None,
                          places: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """Asked "for me" with the asker's own zone named among other places of the asker's country ("morning from Mary's
    Harbour, Labrador! we're on Newfoundland time … for me?"): the others say where the asker is, only their own zone
    is asked."""
    own = zone_name(asker_zone) if asker_zone is not None else None
    if own is None or len(places) < 2 or not q.has(*FOR_ME) or not any(p.timezone == own for _, _, p in places):
        return places
    from bot.questions.place_source import REGIONS

    country = _country_of(own)
    return [(start, end, p) for start, end, p in places if p.timezone == own or _country_of(p.timezone) != country
            or " ".join(tokens[start:end]) not in REGIONS or start > 0 and tokens[start - 1] in PREPOSITIONS]
    # a region said after a name ("Mary's Harbour, Labrador"), not one asked ("et à Tahiti ?" is another place)


def _the_askers_zone_named(tokens: list[str], asker_zone: dt.tzinfo | None,
                           places: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """A place found for words that are the asker's own zone's city, or a word of it ("in pago time" from
    Pacific/Pago_Pago: Pago Pago, not Fargo, of which "Pago" is an alternate name), read as the asker's zone."""
    own = zone_name(asker_zone) if asker_zone is not None else None
    if own is None or "/" not in own:
        return places
    city = own.rsplit("/", 1)[1].replace("_", " ")
    city_words = set(fold(city).split())
    return [(start, end, Place(name=city, timezone=own, population=place.population))
            if place.timezone != own and set(tokens[start:end]) <= city_words
            and fold(place.name) != " ".join(tokens[start:end]) and place.population < OWN_TOWN_AT_MOST
            else (start, end, place)  # "pago" found as another town's other name (Fargo), not "York", "Porto", "Man"
            for start, end, place in places]  # or "Rio", the names of towns of their own


@functools.lru_cache(maxsize=1)
def _countries_by_zone() -> dict[str, str]:
    """IANA zone → the country it lies in (from pytz)."""
    return {zone: country for country, zones in pytz.country_timezones.items() for zone in zones}


def _country_of(zone: str) -> str | None:
    """The country of an IANA zone, or None."""
    return _countries_by_zone().get(zone)


def _a_longer_name_cut(tokens: list[str], start: int, end: int, vocabulary: set[str], place: Place) -> bool:
    """Whether a place of one word is only the start of a longer name that ends the question ("for us in bay bulls":
    not Bay, a town elsewhere): the word after it is the question's last, unknown and no word of the meeting."""
    from bot.questions.lexicon import country_names
    from bot.questions.place_source import REGIONS

    return end - start == 1 and end == len(tokens) - 1 and tokens[end].isalpha() and len(tokens[end]) > 2 \
        and start >= 2 and tokens[start - 1] in ("in", "a", "at") and tokens[start - 2] in _SAID_OF_ONESELF \
        and tokens[end] not in vocabulary and tokens[end] not in STOPWORDS and tokens[end] not in _ISLAND_WORDS \
        and tokens[end] not in country_names(every=True) and tokens[end] not in REGIONS \
        and fold(place.name) == tokens[start]  # (only a town said as one's own: "for us in bay bulls")


#: The zones of islands in the oceans ("on Kiritimati", "on Rarotonga"): a place after "on" is one of these.
_ISLAND_ZONES = ("Pacific/", "Atlantic/", "Indian/")
#: Words that say a name is an island or atoll ("Midway Atoll", "Wake Island", "île de Pâques").
_ISLAND_WORDS = frozenset({"atoll", "atolls", "island", "islands", "isle", "ile", "iles", "archipelago", "archipel"})


def _islands_as_zones(tokens: list[str], places: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """A town found for a name that an island's or atoll's own time zone bears, when the island is said ("Midway
    Atoll" is Pacific/Midway, not Midway in Texas; "Wake Island" is Pacific/Wake)."""
    own = _zones_by_city()
    kept: list[tuple[int, int, Place]] = []
    for start, end, place in places:
        island = end < len(tokens) and tokens[end] in _ISLAND_WORDS or start > 0 and tokens[start - 1] in _ISLAND_WORDS
        zone = own.get(" ".join(tokens[start:end])) if island else None
        if zone is not None and zone != place.timezone:
            place = Place(name=zone.rsplit("/", 1)[-1].replace("_", " "), timezone=zone, population=0)
        kept.append((start, end, place))
    return kept


@functools.lru_cache(maxsize=1)
def _zones_by_city() -> dict[str, str]:
    """IANA zones by their city, folded ("midway" → Pacific/Midway)."""
    return {fold(zone.rsplit("/", 1)[-1].replace("_", " ")): zone for zone in pytz.common_timezones if "/" in zone}


def _countries_alone(tokens: list[str], cased: list[str], after: set[int],
                     places: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """Countries of one time zone named where no city of that name is known ("our HR in Kuwait", "au Koweït"):
    each stands for its zone. Only after a preposition or written with a capital, so that words are not read
    as countries."""
    from bot.questions.lexicon import country_names

    countries = country_names()
    taken = {i for start, end, _ in places for i in range(start, end)}
    found: list[tuple[int, int, Place]] = []
    for start in range(len(tokens)):
        if start in taken or not (start in after or (start < len(cased) and cased[start][:1].isupper())):
            continue
        for size in (3, 2, 1):
            name = " ".join(tokens[start:start + size])
            code = countries.get(name) if len(tokens[start:start + size]) == size else None
            zones = country_zone(code) if code else []
            if len(zones) == 1:
                if not any(place.timezone == zones[0] for _, _, place in [*places, *found]):  # "I'm from Lima, Peru …
                    # in Lima?": the country says where the city is, no second place
                    found.append((start, start + size, Place(_as_written(cased, start, size, name), zones[0], 0)))
                    taken.update(range(start, start + size))  # "Papua New Guinea": no Guinea after it
                break
    return found


#: La Réunion, whose name is also French for "the meeting": only with its capital after a place's preposition
#: ("à La Réunion", "depuis la Réunion") or as "Réunion Island".
_ISLAND_NAMED = re.compile(r"(?:(?<=\bà )|(?<=\ba )|(?<=\bde )|(?<=\bdepuis )|(?<=\bpour )|(?<=\bin )|(?<=\bfrom )|(?<=\bon ))"
                           r"(?:[Ll]a |l'île de la |l’île de la )?Réunion\b|\bR[ée]union [Ii]sland\b")


def _label(q: Question, named: list[str], place: Place) -> str:
    """How an answer names a place: the place's own name, or in French as the asker wrote it with a capital ("Alger",
    "Pékin", "Sénégal"), so that a French answer has no English name ("Algiers") in it."""
    if q.lang != "fr":
        return place.name
    written = _written(q.raw, named)
    if not written or not written[:1].isupper() or fold(written) == fold(place.name) \
            and fold(written, lower=False) == written:  # "Lome" is Lomé: the name with its accents; "ouaga" typed in
        return place.name  # haste is Ouagadougou; "Pékin", "Alger", "Sénégal" as written
    return written


def _written(raw: str, named: list[str]) -> str | None:
    """The stretch of ``raw`` whose words fold to ``named`` ("Sénégal" for ["senegal"]), or None."""
    found = list(re.finditer(r"\w+", raw))
    folded = [fold(m[0]) for m in found]
    for i in range(len(found) - len(named) + 1):
        if folded[i:i + len(named)] == named:
            return raw[found[i].start():found[i + len(named) - 1].end()]
    return None


_SAINT_WORDS = frozenset({"st", "saint", "ste", "sainte", "san", "santa", "sao", "sint"})


#: Words that begin an institution's name ("University of Hawaii", "Ministry of ICT"), never a town's.
_INSTITUTIONS = frozenset("university universite college ministry ministere institute institut department departement "
                          "school ecole office bureau academy academie agency agence".split())
#: Words that say the name before them is an island's ("on Pitcairn Island", "on Norfolk Island").
_ISLAND_WORDS = frozenset({"island", "islands", "isle", "atoll"})


def targets_in(q: Question, asker_zone: dt.tzinfo | None, vocabulary: set[str]) -> tuple[list[Target], str | None]:
    """Places the question names, in order; and the capitalised word after a preposition that
    names no place we know (``in Atlantis``), if any."""
    found: list[tuple[int, Target]] = []
    several: list[tuple[int, Target]] = []  # the places an abbreviation of several may mean
    abbreviated = set()
    for match in _IANA.finditer(q.raw):
        zone = find_zone(match[0])
        if zone is not None:
            found.append((match.start(), Target(zone, zone_label(zone))))
            abbreviated.add(match[0].split("/")[0].lower())  # "Asia/Kathmandu": no place called Asia
    for match in _ABBREVIATION.finditer(q.raw):
        if re.search(r"\b(?:of|for|du|de|des|d'|d’)\s*$", q.raw[:match.start()], re.IGNORECASE):
            continue  # "the Ministry of ICT in Rwanda": a name's part, not Indochina time
        target = _abbreviated_zone(match[0], asker_zone)
        if target is not None:
            found.append((match.start(), target))
            abbreviated.add(match[0].lower())
        elif match[0] in _SEVERAL_PLACES:  # "opening in IST?": India's, Israel's and Ireland's, each shown
            several += [(match.start(), Target(find_zone(name), label[q.lang == "fr"]))
                        for name, label in _SEVERAL_PLACES[match[0]]]
            abbreviated.add(match[0].lower())
    for match in [*_ZONE_IN_WORDS.finditer(q.folded), *_ZONE_AFTER_CLOCK.finditer(q.folded)]:
        zone = find_zone(_ZONES_IN_WORDS.get(match[1], match[1]))
        if zone is not None:
            found.append((q.raw.lower().find(match[1].split()[0]), Target(zone, zone_label(zone))))
            abbreviated.update(match[1].split())
    for match in _ISLAND_NAMED.finditer(q.raw):  # "pour nous à La Réunion": the island, not "la réunion" (the meeting)
        found.append((match.start(), Target(find_zone("Indian/Reunion"), "La Réunion")))
    for match in _UTC.finditer(q.folded):
        zone = find_zone(match[0].replace(" ", ""))
        if match[0] in ("utc", "gmt") and re.search(r"\b(?:ahead of|behind|than|de plus que)"
                                                    r"\s+(?:the\s+)?$", q.folded[:match.start()]):
            continue  # "we're like 12h45 ahead of utc": what an offset is counted from, no place asked
        if zone is not None:
            found.append((q.raw.lower().find(match[0][:3]), Target(zone, match[0].upper().replace(" ", ""))))
    tokens = list(q.tokens)
    cased = cased_words(q.raw)
    after = {i + 1 for i, t in enumerate(tokens) if t in PREPOSITIONS and not (t == "a" and q.lang == "en")}  # "a"
    # is French "à", an English article ("a professor at a university in Sapporo": no place "University")
    after |= {i + 1 for i, t in enumerate(tokens) if t in _COMPARED_PLACE_BEFORE}  # "time difference between tonga
    # and geneva", "diff fiji vs geneva?": the places compared
    after |= {i + 2 for i, t in enumerate(tokens[:-1]) if t in ("what", "how") and tokens[i + 1] == "about"}  # "what
    # about adak?": the place asked next
    after |= {i + 2 for i, t in enumerate(tokens[:-3]) if t in ("on", "in", "at", "from") and tokens[i + 1] == "the"
              and tokens[i + 3] in _ISLAND_WORDS}  # "my cousin is on the chatham islands", "in the chatham islands"
    after |= {i + 1 for i, t in enumerate(tokens[:-2]) if t == "on" and tokens[i + 2] in _ISLAND_WORDS}  # "my cuz
    # is on pitcairn island": an island's name after "on"
    named = _island_groups_as_named(tokens)  # "here on the chathams": the Chatham Islands
    after |= {i + 2 for i, t in enumerate(tokens[:-2]) if t in ("on", "in", "at", "from") and tokens[i + 1] == "the"
              and named[i + 2] != tokens[i + 2]}
    tokens = named
    loose = {i for i, t in enumerate(tokens) if t.isalpha() and (
        t not in vocabulary and t not in STOPWORDS
        or len(t) == 1 and i + 1 < len(tokens) and tokens[i + 1] not in vocabulary)}  # "N'Djamena": "n" "djamena"
    on_last = {i + 1 for i, t in enumerate(tokens[:-1]) if t == "on" and i + 2 >= len(tokens)} - after  # "what time
    # does it open on kiritimati": an island's name, last, after "on"
    places = [(start, end, place) for start, end, place in places_in(tokens, after | loose | on_last)
              if (start not in on_last or place.timezone.startswith(_ISLAND_ZONES))
              and not (_a_longer_name_cut(tokens, start, end, vocabulary, place)
                       and re.search(rf"\b{re.escape(tokens[start])} {re.escape(tokens[end])}\b", fold(q.raw)))
              # (written as one name: "bay bulls", not "horta (acores)")
              and _names_a_place(start, place, cased, after | on_last, tokens, vocabulary, end)
              and " ".join(tokens[start:end]) not in abbreviated]  # "in PET" is Peru time, not a city coded PET
    joined = {end + 1 for _, end, _ in places if end + 1 < len(tokens) and tokens[end] in ("and", "et", "or", "ou", "pis",
                                                                                         "puis", "plus", "n")}
    from bot.questions.place_source import REGIONS

    joined |= {end for _, end, _ in places if any(" ".join(tokens[end:end + size]) in REGIONS for size in (1, 2, 3))}
    # "st johns newfoundland": the province after the town, written in lower case, says where the town lies
    if joined - after:  # "in apia and nuku'alofa": the place after "and" is asked too
        after |= joined
        places = [(start, end, place) for start, end, place in places_in(tokens, after | loose)
                  if _names_a_place(start, place, cased, after, tokens, vocabulary, end)
                  and " ".join(tokens[start:end]) not in abbreviated]
    from bot.questions.lexicon import country_names  # Babel's territory names: loaded by time questions only
    places = [(start, end, place) for start, end, place in places  # "Marshall Islands here (Majuro)": a country's
              if not any(end + more <= len(tokens) and " ".join(tokens[start:end + more]) in country_names()
                         or start >= more and " ".join(tokens[start - more:end]) in country_names()
                         for more in (1, 2))]  # name, no city; "Papua New Guinea" is no Guinea
    places = _in_the_country_named(tokens, cased, places)
    places = _without_the_region_after(tokens, places)
    places = [(start, end, place) for start, end, place in places  # "Dumont d'Urville": a longer name than "Dumont"
              if not (end + 1 < min(len(tokens), len(cased)) and tokens[end] in ("d", "l", "s")
                      and cased[end + 1][:1].isupper())]  # "Mary's Harbour": a longer name than Mary
    places = [(start, end, place) for start, end, place in places if not _whose(tokens, start)
              and not (tokens[start] in _INSTITUTIONS and end < len(tokens) and tokens[end] in ("of", "de", "du", "d"))]
    # "I'm with the University of Hawaii": an institution's name, no town called University
    places = _islands_as_zones(tokens, places)
    places = _the_askers_own_town(q, tokens, asker_zone, places)
    places = _the_askers_zone_named(tokens, asker_zone, places)
    places = _countries_as_zones(tokens, cased, places)
    places = _own_region_described(q, tokens, asker_zone, places)
    after_the = after | {i + 1 for i in after if i < len(tokens) and (tokens[i] == "the" or tokens[i] in ("le", "la", "les", "l")
                                                                     and i > 0 and tokens[i - 1] == "entre")}
    # "in the UK", "in the UAE", "entre le Sénégal et Genève"
    places += _countries_alone(tokens, cased, after_the, places)
    named_zones = {p.timezone for _, _, p in places}
    if not any(zone_name(t.zone) in named_zones for _, t in several):  # "in Bangalore … what in IST?": Bangalore's
        found += several
    if q.has(*FOR_ME) and not (places or found):  # "I'm in Sydney … for me?": the place named is where they are
        found.append((len(q.raw), Target(asker_zone, zone_label(asker_zone) if asker_zone else "", mine=True)))
    elif asker_zone is not None and places and _MINE_THEN_ANOTHER.search(q.folded):  # "l'ouverture pour moi c'est à
        found.append((-1, Target(asker_zone, zone_label(asker_zone))))  # quelle heure ? et pour mon
        # collègue à Malabo ?": the asker's own time, then the other place's
    explicit = [t for _, t in sorted(found, key=lambda pair: pair[0])]
    covered = {i for start, end, _ in places for i in range(start, end)}
    unknown = _unknown_name(q, tokens, cased, sorted(i for i in after if i not in covered), vocabulary)
    respelled = next((place for size in range(len(unknown.split()), 0, -1)
                      if (place := respelled_place(" ".join(unknown.split()[:size]))) is not None), None) \
        if unknown else None  # "Opening in Valetta time?": Valletta, one letter short
    if places or explicit:  # "11 h de Genève, ça fait quelle heure à Abou Dhabi ?": Geneva, and Abu Dhabi respelled
        extra = [Target(respelled.zone, respelled.name)] if respelled is not None else []
        own_first = [t for at, t in found if at < 0]
        return own_first + [Target(p.zone, _label(q, tokens[start:end], p)) for start, end, p in places] + extra + [
            t for t in explicit if t not in own_first], None
    if respelled is not None:
        return [Target(respelled.zone, respelled.name)], None
    if unknown and asker_zone is not None and _names_the_zone(unknown, asker_zone):
        return [Target(asker_zone, zone_label(asker_zone), mine=True)], None  # "je suis à la base Dumont d'Urville":
    # the asker's own zone (Antarctica/DumontDUrville), which no city of the table is
    return [], unknown


def _island_groups_as_named(tokens: list[str]) -> list[str]:
    """The tokens with an island group said in the plural after "the" ("on the chathams") as its island's name, when
    only the singular is a place."""
    from bot.questions.places import find_place

    named = list(tokens)
    for i in range(1, len(tokens)):
        word = tokens[i]
        if tokens[i - 1] == "the" and len(word) > 4 and word.endswith("s") and find_place(word) is None \
                and find_place(word[:-1]) is not None:
            named[i] = word[:-1]
    return named


def _names_the_zone(name: str, zone: dt.tzinfo) -> bool:
    """Whether a name the table does not know begins the city part of a zone's name ("Dumont" for
    Antarctica/DumontDUrville)."""
    city = re.sub(r"[^a-z]", "", (zone_name(zone) or "").rsplit("/", 1)[-1].lower())
    written = re.sub(r"[^a-z]", "", fold(name))
    return len(written) >= 5 and city.startswith(written)


def _a_country_after(tokens: list[str], at: int) -> bool:
    """Whether a country's name follows, after "in", "au", "en" ("… au groenland", "… in greenland"): the word before
    it names a town, written in lower case or not."""
    from bot.questions.lexicon import country_names

    if at < len(tokens) and tokens[at] in ("in", "au", "en", "aux", "dans"):
        at += 1
    if at < len(tokens) and tokens[at] in ("the", "le", "la", "les", "l"):
        at += 1
    return any(" ".join(tokens[at:at + size]) in country_names() for size in (1, 2, 3) if at + size <= len(tokens))


def _unknown_name(q: Question, tokens: list[str], cased: list[str], after: list[int], vocabulary: set[str]) -> str | None:
    """The name written where a place is asked ("à Abou Dhabi", "in St-Martin") that no known word is, whole, or None."""
    at = next((i for i in after if i < min(len(cased), len(tokens))
               and (cased[i][:1].isupper() or _a_country_after(tokens, i + 1))  # "à ittoqqortoormiit au groenland"
               and tokens[i - 1] not in ("from", "de")  # "quick one from TDRA": who asks, not a place asked
               and not (tokens[i - 1] == "a" and q.lang == "en")  # "when a Recommendation is consented": an article
               and tokens[i] not in STOPWORDS and tokens[i] not in vocabulary and tokens[i].isalpha()), None)
    if at is None:
        return None
    if fold(cased[at]) in _SAINT_WORDS and at + 1 < len(cased) and cased[at + 1][:1].isupper():
        return f"{cased[at]}-{cased[at + 1]}"  # "St-Martin", named whole
    named = list(itertools.takewhile(lambda word: word[:1].isupper() and word.isalpha(), cased[at:at + 3]))
    return " ".join(named) or cased[at]  # "Abou Dhabi": the whole name written, up to three words
