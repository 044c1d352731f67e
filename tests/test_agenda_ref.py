"""Agenda references: every way a delegate writes "item 3, sub-item h" reads as the same reference."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.agenda_ref import AgendaRef, parse_ref

H3 = AgendaRef(3, "h")


@pytest.mark.parametrize("text", [
    "3h", "3 h", "3.h", "3(h)", "3h)", "3 (h)", "3. h", "3 h)",
    "item 3h", "Item 3 (H)", "ITEM 3H", "point 3h)", "agenda item 3h", "sub-item 3h",
    "  3h  ", "3H",
], ids=lambda text: repr(text))
def test_sub_item_forms_name_3h(text):
    assert parse_ref(text) == H3


@pytest.mark.parametrize("text", ["3", " 3 ", "3.", "item 3", "Item 3", "point 3"],
                         ids=lambda text: repr(text))
def test_item_forms_name_item_3(text):
    assert parse_ref(text) == AgendaRef(3)


@pytest.mark.parametrize("text, expected", [
    ("10", AgendaRef(10)),
    ("6r", AgendaRef(6, "r")),
    ("2 a)", AgendaRef(2, "a")),
    ("999z", AgendaRef(999, "z")),
], ids=["two-digit item", "last sub-item of 6", "label form 2 a)", "three digits"])
def test_other_references(text, expected):
    assert parse_ref(text) == expected


@pytest.mark.parametrize("text", [
    "", "   ", "jtc", "0", "0a", "3hh", "h3", "3 h i", "item", "1000", "3-h", "IETF",
], ids=["empty", "blank", "word jtc", "zero", "zero with letter", "two letters", "letter first",
        "two letters spaced", "item alone", "four digits", "dash", "word IETF"])
def test_non_references_are_none(text):
    assert parse_ref(text) is None


def test_str_is_compact_and_label_is_agenda_style():
    assert str(H3) == "3h"
    assert str(AgendaRef(10)) == "10"
    assert H3.label == "3 h)"
    assert AgendaRef(3).label == "3."


def test_parent_of_sub_item_is_the_item():
    assert H3.parent == AgendaRef(3)
    assert AgendaRef(3).parent is None


# --- property-based ---------------------------------------------------------------------------

numbers = st.integers(min_value=1, max_value=999)
letters = st.sampled_from("abcdefghijklmnopqrstuvwxyz")
spaces = st.text(alphabet=" \t", max_size=3)
SUB_FORMS = ["{n}{l}", "{n} {l}", "{n}.{l}", "{n}({l})", "{n}{l})", "item {n}{l}", "Item {n} ({l})",
             "point {n}{l})", "item {n}.{l}"]
ITEM_FORMS = ["{n}", "{n}.", "item {n}", "point {n}"]


def _random_case(text: str, flips: list[bool]) -> str:
    return "".join(c.upper() if flip else c.lower() for c, flip in zip(text, flips + [False] * len(text)))


@given(number=numbers, letter=letters, form=st.sampled_from(SUB_FORMS), before=spaces, after=spaces,
       flips=st.lists(st.booleans(), max_size=20))
def test_any_sub_item_form_round_trips(number, letter, form, before, after, flips):
    text = before + _random_case(form.format(n=number, l=letter), flips) + after
    assert parse_ref(text) == AgendaRef(number, letter)


@given(number=numbers, form=st.sampled_from(ITEM_FORMS), before=spaces, after=spaces,
       flips=st.lists(st.booleans(), max_size=12))
def test_any_item_form_round_trips(number, form, before, after, flips):
    text = before + _random_case(form.format(n=number), flips) + after
    assert parse_ref(text) == AgendaRef(number)


@given(number=numbers, letter=st.one_of(st.none(), letters))
def test_str_of_a_ref_parses_back_to_itself(number, letter):
    ref = AgendaRef(number, letter)
    assert parse_ref(str(ref)) == ref
    assert parse_ref(ref.label) == ref


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=2, max_size=8))
def test_letters_alone_are_never_a_reference(word):
    assert parse_ref(word) is None
