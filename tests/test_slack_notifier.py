"""Slack announcements and reminders: the right channels, paced, ``@here`` only when configured, failures raised."""

from __future__ import annotations

import asyncio

import pytest

from bot.notifier import Announcement, Audience
from bot.reply import Reply, Visibility, simple
from fakes.slack_harness import CONFIG, Harness, header, run


def test_reminders_go_to_the_reminder_channel_paced_and_with_here_only_when_configured():
    async def scenario(h: Harness) -> None:
        poster = h.service.poster
        assert poster.channels() == ["slack:C0GENERAL"]
        await poster.post("slack:C0GENERAL", simple("Registration closes today", "Register now."))
        await poster.post("slack:C0GENERAL", simple("Second", "x"))
        first, second = h.fake.called("chat.postMessage")
        assert first["channel"] == "C0GENERAL" and header(first) == "Registration closes today"
        assert "<!here>" not in str(first)
        times = [c.at for c in h.fake.calls if c.method == "chat.postMessage"]
        assert times[1] - times[0] >= 0.9
    run(scenario)



def test_mention_here_when_the_config_says_so():
    async def scenario(h: Harness) -> None:
        await h.service.poster.post("slack:C0GENERAL", simple("Session in 15 minutes"))
        posted = h.fake.called("chat.postMessage")[0]
        assert posted["text"].startswith("<!here> ") and posted["blocks"][0]["text"]["text"] == "<!here>"
    run(scenario, config=CONFIG.model_copy(update={"mention_here": True}))



def test_a_failed_reminder_post_raises_so_the_runner_retries():
    async def scenario(h: Harness) -> None:
        h.fake.fail("chat.postMessage", 500)
        with pytest.raises(Exception):
            await h.service.poster.post("slack:C0GENERAL", simple("Reminder"))
    run(scenario)



def test_chair_messages_go_to_one_chair_or_every_chair_by_dm():


    async def scenario(h: Harness) -> None:
        await h.service.notifier.deliver(Announcement(Audience.CHAIRS, simple("Time is up"), user_id="UCHAIR"))
        assert [c["channel"] for c in h.fake.called("chat.postMessage")] == ["UCHAIR"]
        await h.service.poster.post_to_chairs(simple("Missed reminders"))
        assert [c["channel"] for c in h.fake.called("chat.postMessage")][1:] == ["UCHAIR", "UGROUPCHAIR"]
    run(scenario)



def test_announce_from_another_thread_is_delivered_on_the_loop():


    async def scenario(h: Harness) -> None:
        reply = Reply(title="Break", visibility=Visibility.PUBLIC)
        await asyncio.to_thread(h.service.notifier.announce, Announcement(Audience.SESSION, reply))
        assert header((await h.fake.wait_for("chat.postMessage"))[0]) == "Break"
        assert h.fake.called("conversations.setTopic") == []
    run(scenario)


