"""The fingerprint of readings asked back together: what a button on Slack or Discord carries, so that a click
answers only while those very readings are on offer (see :mod:`adapters.asked_back`).

Kept apart from the question engine (:mod:`bot.questions`) so that the renderers never load it.
"""

from __future__ import annotations

import hashlib
import re
from typing import Sequence

from bot.reply import Reply

MARK_LENGTH = 12
MARK = re.compile(rf"[0-9a-f]{{{MARK_LENGTH}}}")


def mark(keys: Sequence[str]) -> str:
    """A short fingerprint of readings offered together (their keys, in order): what a button carries."""
    return hashlib.sha256("\n".join(keys).encode("utf-8")).hexdigest()[:MARK_LENGTH]


def mark_of(reply: Reply) -> str:
    """The fingerprint of the readings a reply offers."""
    return mark([choice.key for choice in reply.choices])
