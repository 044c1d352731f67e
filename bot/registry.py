"""The command registry: one place that knows every command, its help and who may use it.

``/help``, the Slack manifest's command list and the Discord command tree are all
derived from it. A handler's docstring is its help text: the first line is the
summary, the rest the details. The French help is given at registration
(``help_fr=``), laid out the same way; without it, French askers get the English.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable

from bot.reply import Reply

if TYPE_CHECKING:
    from bot.context import Context

Handler = Callable[["Context", str], Reply]


@dataclass(frozen=True)
class Command:
    """A command: its name, usage, help text (English, and French when given), handler, and who may use it."""

    name: str
    usage: str
    handler: Handler
    chair_only: bool = False
    aliases: tuple[str, ...] = ()
    help_fr: str | None = None
    reads_only: bool = False  # never waits for a lock, never depends on who asks: see Registry.command

    @property
    def summary(self) -> str:
        """The first line of the handler's docstring."""
        return self.help.splitlines()[0] if self.help else self.name

    @property
    def help(self) -> str:
        """The handler's whole docstring, cleaned of indentation."""
        return inspect.cleandoc(self.handler.__doc__ or "")

    def help_in(self, lang: str) -> str:
        """The whole help text in ``lang`` (``fr`` when a French help was registered, else English)."""
        if lang == "fr" and self.help_fr:
            return inspect.cleandoc(self.help_fr)
        return self.help

    def summary_in(self, lang: str) -> str:
        """The first line of the help text in ``lang``."""
        text = self.help_in(lang)
        return text.splitlines()[0] if text else self.name


class Registry:
    """Commands by name and alias, in the order they were registered."""

    def __init__(self) -> None:
        self._commands: dict[str, Command] = {}
        self._names: dict[str, str] = {}

    def command(self, name: str, usage: str = "", *, chair_only: bool = False,
                aliases: tuple[str, ...] = (), help_fr: str | None = None,
                reads_only: bool = False) -> Callable[[Handler], Handler]:
        """Register the decorated function as the handler of ``/name``; ``help_fr`` is its French help.

        ``reads_only``: the handler reads the meeting and, at most, the store without its write lock, and
        its reply depends only on the meeting, the instant, its arguments, the store and the asker's
        language, zone and chair status: the core shares one reply among everyone asking the same
        within a second (:mod:`bot.answer_memo`).
        """

        def register(handler: Handler) -> Handler:
            if name in self._names:
                raise ValueError(f"command /{name} registered twice")
            self._commands[name] = Command(name, usage or f"/{name}", handler, chair_only, aliases, help_fr,
                                           reads_only)
            for key in (name, *aliases):
                self._names[key] = name
            return handler

        return register

    def find(self, name: str) -> Command | None:
        """The command called ``name`` (or one of its aliases), if any."""
        key = self._names.get(name.lower())
        return self._commands[key] if key else None

    def all(self) -> list[Command]:
        """Every command, in registration order."""
        return list(self._commands.values())

    def names(self) -> list[str]:
        """Every command name, in registration order."""
        return list(self._commands)


REGISTRY = Registry()
"""The registry every answer module registers into."""
