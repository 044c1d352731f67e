"""Who is asking on Slack: name, zone and language from ``users.info``, chairs from the config; both cached."""

from __future__ import annotations

import logging
import time
from typing import Any, Callable

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient

from bot.config import SlackConfig
from bot.request import Asker

log = logging.getLogger(__name__)

USER_TTL = 3600.0
KEPT_FIELDS = ("name", "real_name", "tz", "locale")  # of a users.info record: what an Asker is made of
GROUP_TTL = 300.0


def language_of(locale: str | None) -> str:
    """``fr-FR`` → ``fr``; anything else → ``en`` (the bot answers in English or French)."""
    return "fr" if (locale or "").lower().startswith("fr") else "en"


class People:
    """Askers built from ``users.info`` (with locale) and the config's chair users and user groups."""

    def __init__(self, client: AsyncWebClient, config: SlackConfig,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.client = client
        self.config = config
        self.clock = clock
        self._users: dict[str, tuple[float, dict[str, Any]]] = {}
        self._groups: dict[str, tuple[float, frozenset[str]]] = {}
        self._built: dict[str, tuple[dict[str, Any], tuple[bool, str], Asker]] = {}  # by user: record, Asker
        self.track_groups = False  # rooms with chairs of their own: every chair group of the asker is needed

    async def profile(self, user_id: str) -> dict[str, Any]:
        """What the bot uses of the user's ``users.info`` record (cached for an hour); empty when Slack cannot say.

        Only names, zone and locale are kept: a full record (images, status, custom fields) is
        several kilobytes, and a meeting has thousands of delegates.
        """
        cached = self._users.get(user_id)
        if cached and self.clock() - cached[0] < USER_TTL:
            return cached[1]
        try:
            response = await self.client.users_info(user=user_id, include_locale=True)
            user: dict[str, Any] = response.get("user") or {}
        except SlackApiError as error:
            log.warning("users.info failed for %s: %s", user_id, error.response.get("error"))
            return {}
        kept = {key: user[key] for key in KEPT_FIELDS if user.get(key)}
        display_name = (user.get("profile") or {}).get("display_name")
        if display_name:
            kept["profile"] = {"display_name": display_name}
        self._users[user_id] = (self.clock(), kept)
        return kept

    async def group_members(self, group_id: str) -> frozenset[str]:
        """The members of a user group (cached for five minutes); empty when Slack cannot say."""
        cached = self._groups.get(group_id)
        if cached and self.clock() - cached[0] < GROUP_TTL:
            return cached[1]
        try:
            response = await self.client.usergroups_users_list(usergroup=group_id)
            members = frozenset(response.get("users") or [])
        except SlackApiError as error:
            log.warning("usergroups.users.list failed for %s: %s", group_id, error.response.get("error"))
            return cached[1] if cached else frozenset()
        self._groups[group_id] = (self.clock(), members)
        return members

    async def chairs(self) -> list[str]:
        """Every chair's user ID: the configured users, then the members of the chair groups."""
        found = dict.fromkeys(self.config.chairs)
        for group in self.config.chair_groups:
            found.update(dict.fromkeys(sorted(await self.group_members(group))))
        return list(found)

    async def is_chair(self, user_id: str) -> bool:
        """Whether the user is a configured chair or in a chair user group."""
        if user_id in self.config.chairs:
            return True
        for group in self.config.chair_groups:
            if user_id in await self.group_members(group):
                return True
        return False

    def cached_asker(self, user_id: str, fallback_name: str = "") -> Asker | None:
        """The asker from what is already cached (no Web API call), or None when something is missing."""
        cached = self._users.get(user_id)
        now = self.clock()
        if not cached or now - cached[0] >= USER_TTL:
            return None
        # Stop where is_chair stops: a listed chair, or a member of an earlier group, needs no later group's
        # members, and is_chair never fetches them.
        is_chair = user_id in self.config.chairs
        held: list[str] = []
        for group in self.config.chair_groups:
            if is_chair and not self.track_groups:
                break
            members = self._groups.get(group)
            if not members or now - members[0] >= GROUP_TTL:
                return None
            if user_id in members[1]:
                is_chair = True
                if self.track_groups:
                    held.append(group)
        built = self._built.get(user_id)
        if built is not None and built[0] is cached[1] and built[1] == (is_chair, fallback_name) \
                and built[2].groups == frozenset(held):
            return built[2]  # the same record and chair status: the same Asker (a burst asks this often)
        asker = self._asker(user_id, cached[1], is_chair, fallback_name, frozenset(held))
        self._built[user_id] = (cached[1], (is_chair, fallback_name), asker)
        return asker

    @staticmethod
    def _asker(user_id: str, user: dict[str, Any], is_chair: bool, fallback_name: str,
               groups: frozenset[str] = frozenset()) -> Asker:
        profile = user.get("profile") or {}
        name = (profile.get("display_name") or user.get("real_name") or user.get("name")
                or fallback_name or user_id)
        return Asker(id=user_id, name=name, is_chair=is_chair, tz=user.get("tz") or None,
                     lang=language_of(user.get("locale")), groups=groups)

    async def asker(self, user_id: str, fallback_name: str = "") -> Asker:
        """The core's view of a Slack user: name, chair or not, zone and language."""
        user = await self.profile(user_id)
        if not self.track_groups:
            return self._asker(user_id, user, await self.is_chair(user_id), fallback_name)
        held = []
        for group in self.config.chair_groups:
            if user_id in await self.group_members(group):
                held.append(group)
        return self._asker(user_id, user, user_id in self.config.chairs or bool(held), fallback_name, frozenset(held))
