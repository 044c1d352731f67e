"""Rendered replies kept by reply: rendered once per reply, meeting and language, never mixed up."""

from __future__ import annotations

from adapters.render_memo import RenderMemo
from bot.reply import simple


def test_the_same_reply_is_rendered_once_per_language(meeting):
    memo: RenderMemo[str] = RenderMemo()
    reply = simple("Deadlines", "24 July")
    made: list[str] = []

    def render(lang: str):
        return lambda: made.append(lang) or f"{reply.title} ({lang})"

    assert memo.rendered(reply, meeting, "en", render("en")) == "Deadlines (en)"
    assert memo.rendered(reply, meeting, "en", render("en")) == "Deadlines (en)"
    assert memo.rendered(reply, meeting, "fr", render("fr")) == "Deadlines (fr)"
    assert made == ["en", "fr"]


def test_an_equal_but_different_reply_or_a_reloaded_meeting_is_rendered_again(meeting):
    memo: RenderMemo[int] = RenderMemo()
    first, second = simple("Now", "3 h)"), simple("Now", "3 h)")
    assert memo.rendered(first, meeting, "en", lambda: 1) == 1
    assert memo.rendered(second, meeting, "en", lambda: 2) == 2
    reloaded = meeting.model_copy(update={"title": "renamed"})
    assert memo.rendered(first, reloaded, "en", lambda: 3) == 3


def test_at_most_the_limit_is_kept():
    memo: RenderMemo[str] = RenderMemo(limit=4)
    replies = [simple(f"reply {n}") for n in range(10)]
    for reply in replies:
        memo.rendered(reply, None, "en", lambda: "x")  # type: ignore[arg-type]
    assert len(memo._kept) <= 4
    assert memo.rendered_count == 10
