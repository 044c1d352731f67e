"""missing_french: the meeting-file fields a French answer shows whose French text is still missing."""

from __future__ import annotations

from typing import Any

import pytest

from bot.french_coverage import missing_french
from bot.loader import load_meeting
from bot.models import Meeting
from conftest import DATA


def test_the_bundled_meeting_is_french_throughout(meeting: Meeting) -> None:
    assert missing_french(meeting) == []


def test_a_meeting_translated_in_part_names_each_missing_field_in_file_order() -> None:
    assert missing_french(load_meeting(DATA / "french_coverage" / "partial.yaml")) == [
        "chairman.country_fr",
        "addressed_to_fr[1]",
        "sessions[0].note_fr",
        "deadlines[0].how_fr",
        "agenda.note_fr",
        "agenda.items[3].title_fr",
        "faq[0].question_fr",
        "faq[0].answer_fr",
    ]


def test_a_meeting_without_any_french_names_every_shown_field() -> None:
    missing = missing_french(load_meeting(DATA / "minimal_valid.yaml"))
    assert missing[:5] == ["body_fr", "field_fr", "title_fr", "reference_fr", "timezone_label_fr"]
    assert "addressed_to_fr" in missing and "agenda.title_fr" in missing
    assert [p for p in missing if p.startswith("agenda.items")] == [f"agenda.items[{i}].title_fr" for i in range(4)]
    assert "chairman.country_fr" not in missing  # no country in English: nothing to translate
    assert not any(p.startswith(("contacts", "remote_tool", "working_language", "id")) for p in missing)


def _without(meeting: Meeting, path: str) -> Meeting:
    """The meeting with one French field emptied, ``path`` as missing_french writes it."""
    *parents, leaf = path.replace("]", "").replace("[", ".").split(".")

    def rebuild(thing: Any, keys: list[str]) -> Any:
        if not keys:
            return thing.model_copy(update={leaf: None})
        key, *rest = keys
        if isinstance(thing, list):
            index = int(key)
            return thing[:index] + [rebuild(thing[index], rest)] + thing[index + 1:]
        return thing.model_copy(update={key: rebuild(getattr(thing, key), rest)})

    return rebuild(meeting, parents)


@pytest.mark.parametrize("path", [
    "agenda.items[3].title_fr", "agenda.title_fr", "agenda.note_fr", "title_fr", "timezone_label_fr",
    "chairman.country_fr", "signed_by_fr", "schedule_note_fr", "sessions[1].title_fr", "sessions[0].note_fr",
    "deadlines[2].who_fr", "practical[4].text_fr", "rules[3].summary_fr", "faq[1].answer_fr",
])
def test_one_field_left_out_is_named_alone(meeting: Meeting, path: str) -> None:
    assert missing_french(_without(meeting, path)) == [path]


def test_addressees_left_out(meeting: Meeting) -> None:
    assert missing_french(meeting.model_copy(update={"addressed_to_fr": []})) == ["addressed_to_fr"]
    shorter = meeting.model_copy(update={"addressed_to_fr": meeting.addressed_to_fr[:2]})
    assert missing_french(shorter) == ["addressed_to_fr[2]", "addressed_to_fr[3]"]


def test_the_bundled_meeting_s_french_texts_keep_french_spacing_before_colons_and_semicolons() -> None:
    """A French answer reads "accordée : les réunions", never "accordée: les réunions"."""
    import re

    import yaml

    from bot.config import BUNDLED_MEETING

    data = yaml.safe_load(BUNDLED_MEETING.read_text(encoding="utf-8"))
    cramped: list[str] = []

    def walk(value: Any, french: bool) -> None:
        if isinstance(value, dict):
            for key, inner in value.items():
                walk(inner, french or str(key).endswith("_fr"))
        elif isinstance(value, list):
            for inner in value:
                walk(inner, french)
        elif isinstance(value, str) and french:
            cramped.extend(found[0] for found in re.finditer(r"\w[:;](?=\s)", value))

    walk(data, False)
    assert cramped == []
