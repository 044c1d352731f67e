"""Load YAML files safely and validate them, reporting problems as ``file:line: field: problem``.

Used for meeting files (:class:`bot.models.Meeting`) and deployment configs
(:class:`bot.config.Config`). Nothing here raises anything but :class:`LoadError`, and a
LoadError says at most :data:`MAX_PROBLEMS` problems, then how many more there are.
"""

from __future__ import annotations

import difflib
import gc
import re
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, TypeVar, get_args

import yaml
from pydantic import BaseModel, ValidationError

from bot.french_coverage import missing_french, writes_french
from bot.meeting_file.dates import date_findings
from bot.meeting_file.field_problem import FieldProblem
from bot.meeting_file.text import TextProblem, read_text
from bot.meeting_file.yaml_safe import one_line, parse
from bot.models import Meeting

Model = TypeVar("Model", bound=BaseModel)

MAX_FILE_BYTES = 2_000_000
MAX_PROBLEMS = 50


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, with the line it is on when known (0: the file as a whole); a warning does not
    stop loading."""

    path: str
    line: int
    field: str
    message: str
    warning: bool = False

    def __str__(self) -> str:
        message = f"warning: {self.message}" if self.warning else self.message
        where = f"{self.path}:{self.line}" if self.line > 0 else self.path  # the whole file (cannot read it): no line
        return one_line(f"{where}: {self.field}: {message}")


class LoadError(Exception):
    """A file could not be loaded; ``problems`` says the reasons found (the first fifty, then a count)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems


def capped(problems: list[Problem], total: int | None = None) -> list[Problem]:
    """The first :data:`MAX_PROBLEMS` of ``total`` problems, then one line counting the rest from where they start."""
    total = len(problems) if total is None else total
    if total <= MAX_PROBLEMS:
        return problems
    hidden = total - MAX_PROBLEMS
    first = problems[MAX_PROBLEMS] if len(problems) > MAX_PROBLEMS else problems[-1]
    return problems[:MAX_PROBLEMS] + [Problem(first.path, first.line, first.field,
                                              f"and {hidden:,} more problem{'s' if hidden > 1 else ''} "
                                              f"from here on (fix these first)")]


@contextmanager
def collector_paused() -> Iterator[None]:
    """No cyclic garbage collection while a file is parsed and validated.

    The young node tree and models made the collector walk a growing heap over and over: a 2 MB
    file took twice as long with it. Reference counting still frees all of it.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _read_yaml(path: Path) -> tuple[Any, yaml.Node | None]:
    """Read a file and parse it into plain data and its node tree (for line numbers)."""
    try:
        with collector_paused():
            return parse(read_text(path, MAX_FILE_BYTES))
    except TextProblem as problem:
        raise LoadError([Problem(str(path), problem.line, problem.field, problem.message)]) from None


def line_of(node: yaml.Node | None, location: tuple[int | str, ...]) -> int:
    """The line of the deepest node that exists along a pydantic error location."""
    line = node.start_mark.line + 1 if node is not None else 1
    for key in location:
        if isinstance(node, yaml.MappingNode):
            pair = next(((k, v) for k, v in node.value if isinstance(k, yaml.ScalarNode) and k.value == key), None)
            if pair is None:
                break
            line = pair[0].start_mark.line + 1  # the key's own line
            node = pair[1]
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and 0 <= key < len(node.value):
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
            parts.append(("." if parts else "") + str(key))
    return "".join(parts) or "(top level)"


def _field_names(model: type[BaseModel]) -> frozenset[str]:
    """Every field name of ``model`` and of the models nested in it (for "did you mean" on a typo)."""
    names: set[str] = set()
    seen: set[type] = set()

    def walk(annotation: Any) -> None:
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            if annotation in seen:
                return
            seen.add(annotation)
            for name, info in annotation.model_fields.items():
                names.add(info.alias or name)
                walk(info.annotation)
        for argument in get_args(annotation):
            walk(argument)

    walk(model)
    return frozenset(names)


#: What a value of the wrong kind should look like, by the validator's error type (its own wording is for
#: programmers: "Input should be a valid date or datetime, input is too short").
_PLAIN_KINDS: dict[str, str] = {
    **dict.fromkeys(("date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact", "date_type"),
                    "not a date: write it as YYYY-MM-DD, e.g. 2020-08-24"),
    **dict.fromkeys(("datetime_parsing", "datetime_from_date_parsing", "datetime_type", "datetime_object_invalid"),
                    "not a date and time: write it as YYYY-MM-DDTHH:MM in meeting time, e.g. 2020-08-24T11:00"),
    **dict.fromkeys(("string_type", "string_unicode"), "should be text (in quotes if it looks like a number or a date)"),
    **dict.fromkeys(("int_parsing", "int_type", "int_from_float"), "should be a whole number"),
    **dict.fromkeys(("bool_parsing", "bool_type"), "should be true or false"),
    **dict.fromkeys(("list_type", "tuple_type"), "should be a list (one line per entry, each starting with “- ”)"),
    **dict.fromkeys(("dict_type", "model_type", "model_attributes_type"),
                    "should be a group of fields (name: value lines, indented under it)"),
}


#: The forms a text field must have, said in words (the validator shows the regular expression).
_PLAIN_PATTERNS: dict[str, str] = {
    r"^[a-z0-9][a-z0-9-]*$": "should be lower-case letters, digits and hyphens, e.g. remote-participation",
    r"^[a-z]+$": "should be lower-case letters only, e.g. floor",
}


def _message(error: dict[str, Any], model: type[BaseModel] | None = None) -> str:
    message = error["msg"]
    if message.startswith("Value error, "):
        message = message[len("Value error, "):]
    if error["type"] == "string_pattern_mismatch":
        pattern = str((error.get("ctx") or {}).get("pattern", ""))
        message = _PLAIN_PATTERNS.get(pattern, f"does not have the expected form (pattern {pattern})")
    plain = _PLAIN_KINDS.get(error["type"])
    if plain:  # the validator's detail kept when it says more than the kind ("month value is outside …")
        detail = message.partition(", ")[2] if message.startswith("Input should be") else ""
        message = f"{plain} ({detail})" if detail else plain
    if error["type"] == "extra_forbidden":
        message = "unknown field (check the spelling)"
        typed = str(error["loc"][-1]) if error["loc"] else ""
        close = difflib.get_close_matches(typed, sorted(_field_names(model)), n=1, cutoff=0.75) if model else []
        if close:
            message = f"unknown field; did you mean {close[0]}?"
    if error["type"] == "missing":
        message = "required field is missing"
    return message


def _problems_of(shown: str, node: yaml.Node | None, error: ValidationError,
                 model: type[BaseModel] | None = None) -> list[Problem]:
    """The problems of a validation error, lines looked up only for those that will be shown."""
    problems: list[Problem] = []
    total = 0
    for item in error.errors(include_url=False, include_input=False):
        location = tuple(k for k in item["loc"] if not str(k).startswith("function-"))
        cause = (item.get("ctx") or {}).get("error")
        found = [(location, _message(item, model))]
        if isinstance(cause, FieldProblem):
            found = [(location + path, message) for path, message in cause.all()]
        for place, message in found:
            total += 1
            if len(problems) <= MAX_PROBLEMS:  # one past the shown ones: the count of the rest starts there
                problems.append(Problem(shown, line_of(node, place), _field_path(place), message))
    return capped(problems, total)


def validate(path: Path | str, data: Any, node: yaml.Node | None, model: type[Model]) -> Model:
    """Validate parsed YAML against ``model``; raise :class:`LoadError` with lines."""
    shown = str(path)
    if not isinstance(data, dict):
        kind = "empty" if data is None else f"a {type(data).__name__}, not a mapping of fields"
        line = node.start_mark.line + 1 if node is not None else 1
        raise LoadError([Problem(shown, line, "(top level)", f"the file is {kind}")])
    try:
        with collector_paused():
            return model.model_validate(data)
    except RecursionError:
        raise LoadError([Problem(shown, 1, "(top level)", "nested too deeply to be a meeting file")]) from None
    except ValidationError as error:
        with collector_paused():
            problems = _problems_of(shown, node, error, model)
        raise LoadError(problems) from None


def meeting_warnings(path: Path | str, meeting: Meeting, node: yaml.Node | None) -> list[Problem]:
    """What looks wrong in a valid meeting but a real meeting might do (a deadline after it ends, a text
    that French askers would read in English for want of its French twin, ...)."""
    found = [Problem(str(path), line_of(node, finding.path), _field_path(finding.path), finding.message, warning=True)
             for finding in date_findings(meeting) if not finding.error]
    for field_path in missing_french(meeting) if writes_french(meeting) else ():  # an English-only file is a choice
        location = _location(field_path)
        found.append(Problem(str(path), line_of(node, location[:-1]), field_path,
                             "no French text: French askers read the English one", warning=True))
    return capped(found)


def _location(field_path: str) -> tuple[int | str, ...]:
    """``agenda.items[3].title_fr`` → ``("agenda", "items", 3, "title_fr")``."""
    return tuple(int(part) if part.isdigit() else part for part in re.findall(r"[^.\[\]]+", field_path))


def load_model(path: Path | str, model: type[Model]) -> Model:
    """Read and validate a YAML file as ``model``."""
    data, node = _read_yaml(Path(path))
    return validate(path, data, node, model)


def load_meeting(path: Path | str) -> Meeting:
    """Read and validate a meeting file."""
    return load_model(path, Meeting)


def load_meeting_and_warnings(path: Path | str) -> tuple[Meeting, list[Problem]]:
    """Read and validate a meeting file; also what looks wrong in it without stopping it."""
    data, node = _read_yaml(Path(path))
    meeting = validate(path, data, node, Meeting)
    return meeting, meeting_warnings(path, meeting, node)


def read_yaml(path: Path | str) -> tuple[Any, yaml.Node | None]:
    """Parse a YAML file safely; raise :class:`LoadError` on any problem."""
    return _read_yaml(Path(path))
