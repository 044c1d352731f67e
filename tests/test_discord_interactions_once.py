"""An interaction delivered again (same id) is not acted on again: in the same client, or after a restart on
the same database file. The real discord.py client against the fake Discord."""

from __future__ import annotations

import asyncio
import logging
import time

import pytest

from bot.sqlite_store import SqliteStore
from fakes.discord_fake import CHAIR_ID, FakeDiscord
from test_discord_client import callback, embed_text, endpoints, make_core, running  # noqa: F401 (endpoints: autouse)

AGAIN = "delivered again"


async def copy_ignored(caplog: pytest.LogCaptureFixture, interaction: str, count: int = 1) -> None:
    """Wait until the client said it left ``count`` copies of the interaction alone."""
    deadline = time.monotonic() + 10
    while sum(AGAIN in r.getMessage() and interaction in r.getMessage() for r in caplog.records) < count:
        assert time.monotonic() < deadline, caplog.text
        await asyncio.sleep(0.01)


async def chair(fake: FakeDiscord, name: str, options: dict[str, str] | None = None,
                interaction_id: str | None = None) -> str:
    """A chair's slash command; the interaction id."""
    return await fake.interact(name, options, chair=True, user_id=CHAIR_ID, interaction_id=interaction_id)


async def now_says(fake: FakeDiscord) -> str:
    """What /now answers."""
    return embed_text((await callback(fake, await fake.interact("now"))).body)


def test_an_interaction_delivered_again_is_not_acted_on_again(meeting, caplog):
    caplog.set_level(logging.INFO, logger="adapters.discord.client")

    async def main() -> None:
        async with FakeDiscord() as fake:
            async with running(fake, make_core(meeting)):
                await callback(fake, await chair(fake, "session", {"action": "start", "name": "Plenary"}))
                await callback(fake, await chair(fake, "item", {"ref": "3h"}))
                nxt = await chair(fake, "next")
                first = await callback(fake, nxt)
                assert "Item changed" in embed_text(first.body)
                for _ in range(3):
                    await chair(fake, "next", interaction_id=nxt)
                await copy_ignored(caplog, nxt, 3)
                assert len(fake.sent("POST", f"/interactions/{nxt}/")) == 1
                assert "Under discussion: 3 i)" in await now_says(fake)
    asyncio.run(main())


def test_an_interaction_delivered_again_after_a_restart_is_not_acted_on(meeting, caplog, tmp_path):
    caplog.set_level(logging.INFO, logger="adapters.discord.client")
    path = tmp_path / "meetingbot.db"

    async def main() -> None:
        async with FakeDiscord() as fake:
            store = SqliteStore(path)
            async with running(fake, make_core(meeting, store)):
                await callback(fake, await chair(fake, "session", {"action": "start", "name": "Plenary"}))
                await callback(fake, await chair(fake, "item", {"ref": "3h"}))
                nxt = await chair(fake, "next")
                await callback(fake, nxt)
            store.close()
            reopened = SqliteStore(path)
            async with running(fake, make_core(meeting, reopened)):
                await chair(fake, "next", interaction_id=nxt)
                await copy_ignored(caplog, nxt)
                assert len(fake.sent("POST", f"/interactions/{nxt}/")) == 1
                assert "Under discussion: 3 i)" in await now_says(fake)
                fresh = await chair(fake, "next")  # a new interaction still acts
                assert "Item changed" in embed_text((await callback(fake, fresh)).body)
                assert "Under discussion: 3 j)" in await now_says(fake)
            reopened.close()
    asyncio.run(main())
