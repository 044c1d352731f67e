"""Text in and out of Slack: undo Slack's entity encoding on the way in, escape for mrkdwn on the way out.

Slack sends ``&``, ``<`` and ``>`` as ``&amp;``, ``&lt;`` and ``&gt;``, and reads
``<!channel>``, ``<!here>``, ``<!everyone>``, ``<@U…>``, ``<#C…>`` and ``<!subteam^…>``
as mentions. Every piece of user or meeting-file text we send goes through
:func:`escape`, so none of it can become a mention or a link.
"""

from __future__ import annotations

import re

_MENTION = re.compile(r"<@[UW][A-Z0-9]+(?:\|[^>]*)?>")
_BROADCAST = re.compile(r"@(channel|here|everyone)\b", re.IGNORECASE)
_SPECIAL = re.compile(r"<([!@#])")
ZERO_WIDTH = "\u2060"  # word joiner: keeps "@here" readable but never a broadcast


def unescape(text: str) -> str:
    """Slack's entity-encoded text as typed: ``&lt;`` → ``<``, ``&gt;`` → ``>``, then ``&amp;`` → ``&``."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def escape(text: str) -> str:
    """Text safe to put in mrkdwn: ``& < >`` encoded, bare ``@here``/``@channel``/``@everyone`` disarmed."""
    encoded = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _BROADCAST.sub(lambda match: "@" + ZERO_WIDTH + match[1], encoded)


def plain(text: str) -> str:
    """Text for a ``plain_text`` object or a channel topic: it reads the same, but ``<!…>``, ``<@…>``,
    ``<#…>`` and bare broadcasts are broken by an invisible word joiner, so none can ever be parsed."""
    text = _SPECIAL.sub(lambda match: "<" + ZERO_WIDTH + match[1], text)
    return _BROADCAST.sub(lambda match: "@" + ZERO_WIDTH + match[1], text)


def strip_mentions(text: str, user_id: str | None = None) -> str:
    """A message without the bot's own mention (``<@UBOT> when is …`` → ``when is …``); all when no id."""
    if user_id:
        cleaned = re.sub(rf"<@{re.escape(user_id)}(?:\|[^>]*)?>", " ", text)
    else:
        cleaned = _MENTION.sub(" ", text)
    return " ".join(cleaned.split())


def incoming(text: str, bot_user_id: str | None = None) -> str:
    """What the person typed: the bot's mention removed, then Slack's entities decoded."""
    return unescape(strip_mentions(text, bot_user_id))
