"""Load YAML files safely and validate them, reporting problems as ``file:line: field: problem``.

Used for meeting files (:class:`bot.models.Meeting`) and deployment configs
(:class:`bot.config.Config`). Nothing here raises anything but :class:`LoadError`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from bot.models import FieldProblem, Meeting

Model = TypeVar("Model", bound=BaseModel)

MAX_FILE_BYTES = 2_000_000


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, with the line it is on when known."""

    path: str
    line: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.field}: {self.message}"


class LoadError(Exception):
    """A file could not be loaded; ``problems`` says every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


class _TextLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates and times as text, so pydantic validates them with a field path."""


def _construct_unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    """Build a mapping, refusing a key written twice (YAML would silently keep the last)."""
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                "while reading a mapping", node.start_mark,
                f"key {key!r} appears twice (first on line {seen[key]})", key_node.start_mark)
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node)


_TextLoader.add_constructor("tag:yaml.org,2002:map", _construct_unique_mapping)
_TextLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    """Parse a file into plain data and its node tree (for line numbers)."""
    shown = str(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise LoadError([Problem(shown, 0, "file", f"cannot read: {error.strerror or error}")]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise LoadError([Problem(shown, 0, "file", f"too large ({len(raw)} bytes)")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise LoadError([Problem(shown, line, "file", "not UTF-8 text (is it a binary file?)")]) from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise LoadError([Problem(shown, line, "file", "not a text file (contains NUL bytes)")])
    try:
        loader = _TextLoader(text)
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 0
        raise LoadError([Problem(shown, line, "yaml", f"{error.problem or error.context}")]) from None
    except yaml.YAMLError as error:
        raise LoadError([Problem(shown, 0, "yaml", str(error))]) from None
    except RecursionError:
        raise LoadError([Problem(shown, 1, "yaml", "nested too deeply to be a meeting file")]) from None
    return data, node


def _line_of(node: yaml.Node | None, location: tuple[int | str, ...]) -> int:
    """The line of the deepest node that exists along a pydantic error location."""
    line = node.start_mark.line + 1 if node is not None else 1
    for key in location:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if k.value == key), None)
            if pair is None:
                break
            line = pair[0].start_mark.line + 1  # the key's own line
            node = pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return line


def _field_path(location: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    for key in location:
        if isinstance(key, int):
            parts.append(f"[{key}]")
        else:
            parts.append(("." if parts else "") + key)
    return "".join(parts) or "(top level)"


def _message(error: dict[str, Any]) -> str:
    message = error["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    if error["type"] == "extra_forbidden":
        message = "unknown field (check the spelling)"
    if error["type"] == "missing":
        message = "required field is missing"
    return message


def validate(path: Path | str, data: Any, node: yaml.Node | None, model: type[Model]) -> Model:
    """Validate parsed YAML against ``model``; raise :class:`LoadError` with lines."""
    shown = str(path)
    if not isinstance(data, dict):
        kind = "empty" if data is None else f"a {type(data).__name__}, not a mapping of fields"
        line = node.start_mark.line + 1 if node is not None else 1
        raise LoadError([Problem(shown, line, "(top level)", f"the file is {kind}")])
    try:
        return model.model_validate(data)
    except RecursionError:
        raise LoadError([Problem(shown, 1, "(top level)", "nested too deeply to be a meeting file")]) from None
    except ValidationError as error:
        problems = []
        for item in error.errors(include_url=False):
            location = tuple(k for k in item["loc"] if not str(k).startswith("function-"))
            cause = (item.get("ctx") or {}).get("error")
            if isinstance(cause, FieldProblem):
                location += cause.path
            problems.append(Problem(shown, _line_of(node, location), _field_path(location), _message(item)))
        raise LoadError(problems) from None


def load_model(path: Path | str, model: type[Model]) -> Model:
    """Read and validate a YAML file as ``model``."""
    data, node = _read_yaml(Path(path))
    return validate(path, data, node, model)


def load_meeting(path: Path | str) -> Meeting:
    """Read and validate a meeting file."""
    return load_model(path, Meeting)


def read_yaml(path: Path | str) -> tuple[Any, yaml.Node | None]:
    """Parse a YAML file safely; raise :class:`LoadError` on any problem."""
    return _read_yaml(Path(path))
