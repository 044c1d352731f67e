"""The agenda index over the bundled SG17 agenda: lookup, order, search and "did you mean"."""

from __future__ import annotations

import pytest

from bot.agenda import AgendaIndex
from bot.agenda_ref import AgendaRef


@pytest.fixture(scope="module")
def index(meeting) -> AgendaIndex:
    return AgendaIndex(meeting.agenda)


def refs(entries) -> list[str]:
    return [entry.ref for entry in entries]


def test_ten_top_level_items_in_order(index):
    assert refs(index.items()) == [str(n) for n in range(1, 11)]


@pytest.mark.parametrize("text, ref, title", [
    ("3h", "3h", "Collaboration with IEC, ISO and ISO/IEC JTC 1"),
    ("item 3 (h)", "3h", "Collaboration with IEC, ISO and ISO/IEC JTC 1"),
    ("3", "3", "Coordination, collaboration and cooperation"),
    ("10", "10", "Closing"),
    ("6R", "6r", "Highlights of achievements"),
    ("2 f)", "2f", "Reports from the Correspondence Groups"),
], ids=["3h", "item 3 (h)", "item 3", "item 10", "6R upper case", "label 2 f)"])
def test_lookup_finds_entry(index, text, ref, title):
    found = index.lookup(text)
    assert found.problem is None
    assert found.entry is not None
    assert (found.entry.ref, found.entry.title) == (ref, title)


def test_get_accepts_ref_or_text(index):
    assert index.get(AgendaRef(5, "f")).title == "Kaleidoscope"
    assert index.get("5f").title == "Kaleidoscope"
    assert index.get("5z") is None


def test_lookup_of_item_11_says_there_are_10_items(index):
    found = index.lookup("11")
    assert found.entry is None
    assert found.ref == AgendaRef(11)
    assert found.problem == "There is no item 11: the agenda has 10 items (1–10)."


def test_lookup_of_3z_names_the_sub_items_of_3(index):
    found = index.lookup("3z")
    assert found.entry is None
    assert found.problem == "Item 3 has sub-items a–n; there is no 3 z)."


def test_lookup_of_sub_item_of_item_without_any(index):
    assert index.lookup("1a").problem == "Item 1 has no sub-items."


def test_lookup_of_words_is_not_a_reference(index):
    found = index.lookup("jtc")
    assert (found.entry, found.ref, found.problem) == (None, None, "not a reference")


@pytest.mark.parametrize("item, expected", [
    ("1", ""),
    ("2", "abcdefg"),
    ("3", "abcdefghijklmn"),
    ("4", "abcdefghi"),
    ("5", "abcdefg"),
    ("6", "abcdefghijklmnopqr"),
    ("7", ""), ("8", ""), ("9", ""), ("10", ""),
], ids=lambda v: f"item {v}" if v and v.isdigit() else (v or "none"))
def test_children_are_the_lettered_sub_items(index, item, expected):
    assert "".join(child.parsed.letter for child in index.children(index.get(item))) == expected


def test_children_of_item_1_do_not_include_item_10_sub_items(index):
    assert all(child.parsed.number == 1 for child in index.children(index.get("1")))


@pytest.mark.parametrize("sub, parent", [("3h", "3"), ("2a", "2"), ("6r", "6"), ("4f", "4")])
def test_parent_of_sub_item(index, sub, parent):
    assert index.parent(index.get(sub)).ref == parent


def test_item_has_no_parent(index):
    assert index.parent(index.get("3")) is None


@pytest.mark.parametrize("ref, step, expected", [
    ("3h", 1, "3i"), ("3h", -1, "3g"), ("2g", 1, "3"), ("3", -1, "2g"), ("6r", 1, "7"), ("9", 1, "10"),
    ("1", -1, None), ("10", 1, None), ("1", 1, "2"), ("10", -1, "9"),
], ids=["3h next", "3h previous", "2g next is item 3", "3 previous is 2g", "6r next is 7", "9 next",
        "before the first", "after the last", "first next", "last previous"])
def test_neighbour(index, ref, step, expected):
    found = index.neighbour(index.get(ref), step)
    assert (found.ref if found else None) == expected


@pytest.mark.parametrize("words, expected", [
    ("jtc", ["3h"]),
    ("JTC 1", ["3h"]),
    ("IETF", ["3i"]),
    ("ietf", ["3i"]),
    ("Kaleidoscope", ["5f"]),
    ("JCA-IdM", ["4f"]),
    ("jca-cop", ["4f"]),
    ("CG-xss", ["2f"]),
    ("CG-SECAD", ["2f"]),
    ("SG17RG-AFR", ["4g"]),
    ("e-plenary", ["2b"]),
    ("TAP", ["2d"]),
    ("UPU", ["3l"]),
], ids=lambda v: v if isinstance(v, str) else None)
def test_search(index, words, expected):
    assert refs(index.search(words)) == expected


def test_search_for_collaboration_finds_every_collaboration_entry(index):
    assert refs(index.search("collaboration")) == ["3", "3c", "3d", "3e", "3h", "3i", "3j", "3k", "3n"]


@pytest.mark.parametrize("words", ["", "   ", "zzzqqq", "blockchain"], ids=["empty", "blank", "junk", "absent word"])
def test_search_finds_nothing(index, words):
    assert index.search(words) == []


@pytest.mark.parametrize("typo, expected", [
    ("Kaleidoskope", "5f"),
    ("Colaboration with IETF", "3i"),
    ("CG-xsss", "2f"),
    ("JCA-IDN", "4f"),
    ("Any other busines", "9"),
    ("Closng", "10"),
], ids=lambda v: v)
def test_closest_puts_the_intended_entry_first(index, typo, expected):
    found = index.closest(typo)
    assert found and found[0].ref == expected


def test_closest_returns_at_most_limit_distinct_entries(index):
    found = index.closest("Collaboration with ITU", limit=3)
    assert 1 <= len(found) <= 3
    assert len(set(refs(found))) == len(found)


def test_closest_of_junk_is_empty(index):
    assert index.closest("qqqqqqqqqq") == []
