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


def test_unknown_names_and_common_words_are_not_places():
    assert find_place("Narnia") is None and find_place("the") is None


def test_the_longest_name_wins_and_is_not_split():
    tokens = ["is", "it", "2", "am", "in", "los", "angeles"]
    found = places_in(tokens, {5, 6})
    assert [p.name for _, _, p in found] == ["Los Angeles"]
