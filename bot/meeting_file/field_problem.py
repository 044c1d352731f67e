"""A problem found across fields of a model, naming the field at fault so that the loader can give its line.

Raised by the models' validators (a duplicate id, a date that does not fit the others); pydantic
keeps it in the error's context, where :mod:`bot.loader` finds the field path below the model.
"""

from __future__ import annotations


class FieldProblem(ValueError):
    """A problem found across fields, naming the field at fault (``path`` below the model), and maybe more of them."""

    def __init__(self, path: tuple[str | int, ...], message: str,
                 more: tuple[tuple[tuple[str | int, ...], str], ...] = ()) -> None:
        super().__init__(message)
        self.path = path
        self.more = more

    def all(self) -> list[tuple[tuple[str | int, ...], str]]:
        """Every (field path, message) this problem stands for, the first one first."""
        return [(self.path, str(self))] + list(self.more)
