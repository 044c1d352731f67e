"""The Discord command tree derived from the registry: payload, options back to text, autocomplete."""

from __future__ import annotations

import pytest

from adapters.discord.commands import (MANAGE_EVENTS, NAME, agenda_choices, autocomplete, command_payload,
                                       payload_hash, request_text, zone_choices)
from bot.agenda import AgendaIndex
from bot.registry import REGISTRY, Registry
from bot.reply import simple
from bot.request import Asker, Request


@pytest.fixture
def payload(meeting):
    return {c["name"]: c for c in command_payload(REGISTRY, meeting)}


def test_every_registry_command_is_a_slash_command(payload):
    assert list(payload) == REGISTRY.names()
    for body in payload.values():
        assert NAME.match(body["name"]) and 1 <= len(body["description"]) <= 100
        assert "`" not in body["description"]
        assert all(1 <= len(o["description"]) <= 100 and o["type"] == 3 for o in body["options"])


def test_chair_commands_carry_default_member_permissions(payload):
    chairs = {c.name for c in REGISTRY.all() if c.chair_only}
    assert chairs == {"item", "next", "prev", "break", "resume", "adjourn", "session"}
    for name, body in payload.items():
        if name in chairs:
            assert body["default_member_permissions"] == str(MANAGE_EVENTS) and body["dm_permission"] is False
        else:
            assert "default_member_permissions" not in body and body["dm_permission"] is True


def test_item_takes_a_required_autocompleted_ref_and_a_budget(payload):
    ref, budget = payload["item"]["options"]
    assert (ref["name"], ref["required"], ref["autocomplete"]) == ("ref", True, True)
    assert (budget["name"], budget["required"]) == ("budget", False)


def test_rules_topics_are_choices_from_the_meeting(payload, meeting):
    [topic] = payload["rules"]["options"]
    values = [c["value"] for c in topic["choices"]]
    assert {rule.topic for rule in meeting.rules} <= set(values)
    assert {"floor", "registration", "documents"} <= set(values)


def test_required_options_come_first(payload):
    for body in payload.values():
        flags = [o["required"] for o in body["options"]]
        assert flags == sorted(flags, reverse=True)


def test_a_command_without_a_table_entry_gets_a_text_option(meeting):
    registry = Registry()
    registry.command("echo", "/echo WORDS")(lambda ctx, args: simple("echo", args))
    registry.command("ping")(lambda ctx, args: simple("pong"))
    echo, ping = command_payload(registry, meeting)
    assert [o["name"] for o in echo["options"]] == ["text"] and ping["options"] == []
    assert request_text({"name": "echo", "options": [{"name": "text", "value": "hi there"}]}, registry,
                        meeting) == "/echo hi there"


def test_the_hash_changes_with_the_commands_and_the_scope(meeting):
    payload = command_payload(REGISTRY, meeting)
    assert payload_hash(payload, "1:42") == payload_hash(command_payload(REGISTRY, meeting), "1:42")
    assert payload_hash(payload, "1:42") != payload_hash(payload, "1:global")
    assert payload_hash(payload, "1:42") != payload_hash(payload[:-1], "1:42")


@pytest.mark.parametrize("name, options, text", [
    ("agenda", {}, "/agenda"),
    ("agenda", {"ref": "3h"}, "/agenda 3h"),
    ("item", {"ref": "3h", "budget": "15m"}, "/item 3h 15m"),
    ("floor", {"entity": "Republic of Korea"}, "/floor Republic of Korea"),
    ("floor", {"action": "list", "entity": "France"}, "/floor list"),
    ("session", {"action": "start", "name": "Plenary, day 1"}, "/session start Plenary, day 1"),
    ("rules", {"topic": "floor"}, "/rules floor"),
], ids=["no option", "ref", "ref and budget", "entity", "action wins", "two options", "choice"])
def test_options_become_the_text_the_core_reads(meeting, name, options, text):
    data = {"name": name, "options": [{"name": k, "type": 3, "value": v} for k, v in options.items()]}
    assert request_text(data, REGISTRY, meeting) == text


@pytest.mark.parametrize("command", REGISTRY.all(), ids=lambda c: c.name)
def test_every_command_reaches_its_handler(bot, meeting, command):
    text = request_text({"name": command.name, "options": []}, REGISTRY, meeting)
    reply = bot.handle(Request(text, Asker("1", "chair", is_chair=True), platform="discord"))
    assert "There is no command" not in str(reply.segments())


def test_agenda_autocomplete_by_number(meeting):
    choices = agenda_choices(AgendaIndex(meeting.agenda), "3")
    assert choices[0] == ("3. Coordination, collaboration and cooperation", "3")
    assert ("3 h) Collaboration with IEC, ISO and ISO/IEC JTC 1", "3h") in choices
    assert all(value.startswith("3") for _, value in choices) and len(choices) <= 25


@pytest.mark.parametrize("typed", ["3h", "3 h", "3.h", "item 3h", "3(h)"])
def test_agenda_autocomplete_reads_every_reference_form(meeting, typed):
    assert agenda_choices(AgendaIndex(meeting.agenda), typed)[0][1] == "3h"


def test_agenda_autocomplete_by_title_words_and_when_empty(meeting):
    index = AgendaIndex(meeting.agenda)
    assert "3h" in [v for _, v in agenda_choices(index, "jtc")]
    assert [v for _, v in agenda_choices(index, "")] == [e.ref for e in index.items()]
    assert agenda_choices(index, "fu")[0] == ("full — the whole agenda", "full")


def test_agenda_autocomplete_in_french(meeting):
    index = AgendaIndex(meeting.agenda)
    choices = agenda_choices(index, "3", "fr")
    assert choices[0] == ("3. Coordination, collaboration et coopération", "3")
    assert ("3 h) Collaboration avec la CEI, l'ISO et le JTC 1 de l'ISO/CEI", "3h") in choices
    assert agenda_choices(index, "fu", "fr")[0] == ("full — tout l'ordre du jour", "full")
    assert [v for _, v in agenda_choices(index, "clôture", "fr")] == ["10"]
    data = {"name": "agenda", "options": [{"name": "ref", "value": "6k", "focused": True}]}
    assert autocomplete(data, REGISTRY, meeting, index, "fr")[0] == ("6 k) Déclarations de liaison", "6k")


def test_zone_autocomplete():
    assert ("Asia/Seoul", "Asia/Seoul") in zone_choices("seoul")
    assert zone_choices("UTC+9")[0] == ("UTC+9", "UTC+9")
    assert len(zone_choices("a")) == 25


def test_autocomplete_answers_the_focused_option_only(meeting):
    index = AgendaIndex(meeting.agenda)
    data = {"name": "item", "options": [{"name": "ref", "value": "3h", "focused": True}]}
    assert autocomplete(data, REGISTRY, meeting, index)[0][1] == "3h"
    data = {"name": "timezone", "options": [{"name": "zone", "value": "seoul", "focused": True}]}
    assert autocomplete(data, REGISTRY, meeting, index) == [("Asia/Seoul", "Asia/Seoul")]
    assert autocomplete({"name": "item", "options": [{"name": "budget", "value": "1", "focused": True}]},
                        REGISTRY, meeting, index) == []


def test_french_help_becomes_the_french_description(meeting):
    registry = Registry()
    registry.command("ping", help_fr="Répond pong.")(lambda ctx, args: simple("pong"))
    registry.command("pong")(lambda ctx, args: simple("ping"))
    with_french, without = command_payload(registry, meeting)
    assert with_french["description_localizations"] == {"fr": "Répond pong."}
    assert "description_localizations" not in without
