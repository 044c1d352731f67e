"""The one refusal a non-chair gets for a chair command (a whole command or a chair-only sub-command)."""

from __future__ import annotations

from bot.i18n_commands import COMMANDS
from bot.reply import Reply, simple


def chairs_only(lang: str, command: str) -> Reply:
    """"Only a chair can use /item. Nothing was changed." in the asker's language; ``command`` without slash."""
    return simple(COMMANDS(lang, "core.chairs_only.title"), COMMANDS(lang, "core.chairs_only", command=command),
                  ok=False)
