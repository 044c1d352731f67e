"""A meeting named in a question: "SG17", "SG 13", "study group 5", "CE 17", "commission d'études 13", or its id."""

from __future__ import annotations

import re
import unicodedata
from typing import Sequence

from bot.models import Meeting

GROUP = re.compile(r"\b(?:sg|study\s*group|ce|commission\s+d\s*etudes?|cg|com)\s*-?\s*(\d{1,2})\b")


def _folded(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in plain if not unicodedata.combining(c)).replace("'", " ").replace("’", " ")


def groups_named(text: str) -> set[int]:
    """The study-group numbers the text names."""
    return {int(number) for number in GROUP.findall(_folded(text))}


def named(text: str, meetings: Sequence[Meeting]) -> list[Meeting]:
    """The meetings the text names, by id or by study group (every meeting of that group)."""
    lowered = text.lower()
    by_id = [m for m in meetings if m.id in lowered]
    if by_id:
        return by_id
    numbers = groups_named(text)
    return [m for m in meetings if m.study_group in numbers] if numbers else []
