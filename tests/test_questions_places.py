"""City names in English and French resolve to the most populous city's zone."""

import pytest

from bot.questions.places import find_place, places_in


@pytest.mark.parametrize("name, zone", [
    ("Pékin", "Asia/Shanghai"), ("Genève", "Europe/Zurich"), ("Los Angeles", "America/Los_Angeles"),
    ("New Delhi", "Asia/Kolkata"), ("Londres", "Europe/London"), ("Le Caire", "Africa/Cairo"),
    ("Sydney", "Australia/Sydney"),
])
def test_names(name, zone):
    assert find_place(name).timezone == zone


@pytest.mark.parametrize("name, zone", [
    ("Kiritimati", "Pacific/Kiritimati"), ("Chatham", "Pacific/Chatham"), ("Chatham Islands", "Pacific/Chatham"),
    ("Marquesas", "Pacific/Marquesas"), ("Nuku Hiva", "Pacific/Marquesas"), ("Rarotonga", "Pacific/Rarotonga"),
    ("Norfolk", "America/New_York"), ("Auckland", "Pacific/Auckland"),
])
def test_ocean_zones_name_their_own_places_unless_a_large_town_holds_the_name(name, zone):
    assert find_place(name).timezone == zone


@pytest.mark.parametrize("word", ["Christmas", "Easter", "Wake"])
def test_ocean_zone_names_that_are_words_are_no_places(word):
    assert find_place(word) is None


def test_unknown_names_and_common_words_are_not_places():
    assert find_place("Narnia") is None and find_place("the") is None


def test_the_longest_name_wins_and_is_not_split():
    tokens = ["is", "it", "2", "am", "in", "los", "angeles"]
    found = places_in(tokens, {5, 6})
    assert [p.name for _, _, p in found] == ["Los Angeles"]


def test_the_packed_index_survives_the_trip_from_the_child_process():
    from bot.questions.place_index import Place, PlaceIndex
    places = [Place("Genève", "Europe/Zurich", 183981), Place("Seoul", "Asia/Seoul", 10349312)]
    index = PlaceIndex.build([("seoul", 1), ("geneve", 0), ("geneva", 0), ("séoul", 1)], places)
    again = PlaceIndex.from_bytes(index.to_bytes())
    assert len(again) == 4
    assert again.get("geneva") == again.get("geneve") == places[0]
    assert again.get("séoul") == places[1] and again.get("seoul") == places[1]
    assert again.get("genev") is None and again.get("zzz") is None and again.get("") is None
    assert PlaceIndex.from_bytes(PlaceIndex.empty().to_bytes()).get("seoul") is None


@pytest.mark.parametrize("data", [b"", b"\x05\x00\x00\x00\x00\x00\x00\x00abc", b"not an index at all"])
def test_bytes_that_are_not_an_index_are_refused(data):
    from bot.questions.place_index import PlaceIndex
    with pytest.raises(ValueError):
        PlaceIndex.from_bytes(data)


def test_when_city_names_cannot_be_built_questions_go_on_without_them(monkeypatch, caplog):
    from bot.questions import places
    monkeypatch.setattr(places, "_built", None)
    monkeypatch.setattr(places, "BUILD_TIMEOUT_SECONDS", 0.001)
    assert places.find_place("Seoul") is None
    assert "city names unavailable" in caplog.text


def test_building_the_table_leaves_the_process_only_a_few_mb_larger():
    """86,000 names packed: it used to leave the process some 70 MB larger (a dict of objects, GeoNames' parse)."""
    import subprocess
    import sys
    code = ("import adapters.cli\n"
            "import bot.questions\n"  # the question engine, loaded by the first question: not the table's cost
            "def rss():\n"
            "    return int(next(l for l in open('/proc/self/status') if l.startswith('VmRSS')).split()[1]) / 1024\n"
            "before = rss()\n"
            "from bot.questions.places import place_table\n"
            "table = place_table()\n"
            "print(len(table), round(rss() - before, 1))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    names, grown_mb = done.stdout.split()
    assert int(names) > 80_000
    assert float(grown_mb) < 10
