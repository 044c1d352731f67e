"""Text a user gives that the bot repeats to others (a speaker's entity, a session's name): read as shown.

Compatibility forms are folded (a full-width "＠everyone" is "@everyone"), control characters such as terminal escapes
or a NUL byte are read as spaces, runs of spaces become one, and a mention of people or channels is found wherever
it stands, so that the caller can refuse it rather than post it to a whole channel.
"""

from __future__ import annotations

import re
import unicodedata

#: A mention or a platform's broadcast token ("@everyone", "@here", "<!channel>", "<@U123>").
MENTION = re.compile(r"@(?:everyone|here|channel)\b|<[!@#][^>]*>|@\w")


def printable(text: str, keep: str = "") -> str:
    """The text without control characters (terminal escapes such as ``\\x1b[31m``, NUL), each read as a space; the
    characters in ``keep`` (new lines and tabs, say) stay."""
    return "".join(ch if ch.isprintable() or ch in keep else " " for ch in text)


def as_shown(text: str, limit: int) -> str:
    """The text as it will be shown: compatibility forms folded, control characters and runs of spaces as one
    space, at most ``limit`` characters."""
    return " ".join(printable(unicodedata.normalize("NFKC", text)).split())[:limit]


def mentions(text: str) -> bool:
    """Whether the text holds a mention of people or channels."""
    return MENTION.search(text) is not None
