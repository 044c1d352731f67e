"""Who asks on Slack: users.info read once an hour, and only what an asker is made of kept."""

from __future__ import annotations

import asyncio
from typing import Any

from adapters.slack.people import People
from bot.config import SlackConfig

FULL_RECORD = {
    "id": "UKIM", "name": "kim", "real_name": "Kim Min-jun", "tz": "Asia/Seoul", "tz_label": "Korea Standard Time",
    "tz_offset": 32400, "locale": "fr-FR", "is_admin": False, "updated": 1598259600,
    "profile": {"display_name": "Kim", "title": "Rapporteur Q4/17", "phone": "+82 2 0000 0000",
                "status_text": "In the plenary", **{f"image_{size}": f"https://avatars.example/{size}.png"
                                                    for size in (24, 32, 48, 72, 192, 512, 1024)}},
}


class UsersInfoOnly:
    """The part of the Web API client People uses, answering from a table and counting calls."""

    def __init__(self, users: dict[str, dict[str, Any]]) -> None:
        self.users = users
        self.calls = 0

    async def users_info(self, user: str, include_locale: bool = False) -> dict[str, Any]:
        self.calls += 1
        return {"ok": True, "user": self.users[user]}


def test_an_asker_keeps_name_zone_and_language_but_not_the_whole_record():
    client = UsersInfoOnly({"UKIM": FULL_RECORD})
    people = People(client, SlackConfig(chairs=["UKIM"]))  # type: ignore[arg-type]
    asker = asyncio.run(people.asker("UKIM"))
    assert (asker.name, asker.tz, asker.lang, asker.is_chair) == ("Kim", "Asia/Seoul", "fr", True)
    assert people.cached_asker("UKIM") == asker
    kept = asyncio.run(people.profile("UKIM"))
    assert kept == {"name": "kim", "real_name": "Kim Min-jun", "tz": "Asia/Seoul", "locale": "fr-FR",
                    "profile": {"display_name": "Kim"}}
    assert client.calls == 1


def test_without_a_display_name_the_real_name_is_used():
    record = {**FULL_RECORD, "profile": {"display_name": ""}}
    people = People(UsersInfoOnly({"UKIM": record}), SlackConfig())  # type: ignore[arg-type]
    assert asyncio.run(people.asker("UKIM")).name == "Kim Min-jun"


def test_a_changed_record_after_the_hour_gives_the_new_zone_at_once():
    now = [0.0]
    client = UsersInfoOnly({"UKIM": FULL_RECORD})
    people = People(client, SlackConfig(), clock=lambda: now[0])  # type: ignore[arg-type]
    asyncio.run(people.asker("UKIM"))
    assert people.cached_asker("UKIM").tz == "Asia/Seoul"
    assert people.cached_asker("UKIM") is people.cached_asker("UKIM")  # built once while nothing changes
    client.users["UKIM"] = {**FULL_RECORD, "tz": "Europe/Zurich"}  # the delegate flew to Geneva
    now[0] = 3601.0
    assert people.cached_asker("UKIM") is None  # stale: the bot acks and asks users.info again
    asyncio.run(people.asker("UKIM"))
    assert people.cached_asker("UKIM").tz == "Europe/Zurich"


class WithGroups(UsersInfoOnly):
    """Also answers ``usergroups.users.list`` from a table, recording which groups were asked for."""

    def __init__(self, users: dict[str, dict[str, Any]], groups: dict[str, list[str]]) -> None:
        super().__init__(users)
        self.groups = groups
        self.groups_asked: list[str] = []

    async def usergroups_users_list(self, usergroup: str) -> dict[str, Any]:
        self.groups_asked.append(usergroup)
        return {"ok": True, "users": self.groups[usergroup]}


def test_a_chair_listed_by_id_is_known_after_the_first_request_though_chair_groups_are_configured():
    client = WithGroups({"UKIM": FULL_RECORD}, {"SCHAIRS": ["UOTHER"]})
    people = People(client, SlackConfig(chairs=["UKIM"], chair_groups=["SCHAIRS"]))  # type: ignore[arg-type]
    asker = asyncio.run(people.asker("UKIM"))
    assert asker.is_chair
    assert people.cached_asker("UKIM") == asker  # the next command is answered in the ack
    assert client.groups_asked == []  # a listed chair costs no group look-up


def test_a_member_of_the_first_chair_group_is_known_without_the_later_groups():
    client = WithGroups({"UKIM": FULL_RECORD}, {"SFIRST": ["UKIM"], "SSECOND": ["UOTHER"]})
    people = People(client, SlackConfig(chair_groups=["SFIRST", "SSECOND"]))  # type: ignore[arg-type]
    asker = asyncio.run(people.asker("UKIM"))
    assert asker.is_chair and client.groups_asked == ["SFIRST"]
    assert people.cached_asker("UKIM") == asker


def test_a_non_chair_is_known_once_every_chair_group_is():
    client = WithGroups({"UKIM": FULL_RECORD}, {"SFIRST": ["UOTHER"], "SSECOND": ["UOTHER"]})
    people = People(client, SlackConfig(chairs=["UCHAIR"], chair_groups=["SFIRST", "SSECOND"]))  # type: ignore[arg-type]
    asker = asyncio.run(people.asker("UKIM"))
    assert not asker.is_chair and client.groups_asked == ["SFIRST", "SSECOND"]
    assert people.cached_asker("UKIM") == asker
