"""Parsing YAML text safely: plain data and its node tree (for line numbers), or one :class:`TextProblem`.

The safe loader (libyaml's when installed: about ten times faster) with three refusals more than
YAML's own: a key written twice, a list or mapping as a key, and more values than a meeting
could hold (counted before any is built, aliases ``*name`` counted each time they are used).
Dates and times stay text, so that pydantic validates them with a field path.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from bot.meeting_file.text import TextProblem

MAX_VALUES = 200_000  # ~100 MB of nodes; a meeting file holds ~2,000, a 2 MB one of long lines ~150,000

_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def one_line(text: str) -> str:
    """Text that cannot break the one-problem-a-line form (newlines and controls written as escapes)."""
    return _UNPRINTABLE.sub(lambda m: repr(m.group())[1:-1], text)


_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: ~10 times faster


class _TextLoader(_Base):  # type: ignore[misc, valid-type]
    """SafeLoader that leaves dates and times as text, so pydantic validates them with a field path."""

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        """Construct one value; a value Python cannot hold (a 5,000-digit number, a bad date) is a YAML error."""
        try:
            return super().construct_object(node, deep=deep)
        except (ValueError, OverflowError, TypeError, LookupError, AttributeError) as error:
            reason = one_line(str(error))[:200]
            if "digits" in reason:
                reason = "a number of too many digits"
            elif isinstance(error, LookupError):
                reason = f"not a {node.tag.rsplit(':', 1)[-1]}"
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read this value ({reason})", node.start_mark) from None


def _construct_unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    """Build a mapping, refusing a key written twice (YAML would silently keep the last) or a list or mapping as key."""
    seen: dict[Any, int] = {}
    for key_node, _ in node.value:
        if not isinstance(key_node, yaml.ScalarNode):
            raise yaml.constructor.ConstructorError(
                "while reading a mapping", node.start_mark,
                "a key must be a name, not a list or a mapping", key_node.start_mark)
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


def _refuse(message: str, event: yaml.Event) -> yaml.constructor.ConstructorError:
    return yaml.constructor.ConstructorError(None, None, message, event.start_mark)


def count_values(text: str) -> int:
    """How many values the text stands for, every alias (``*name``) counted as a copy of what it names.

    Read from the parser's events, before any node is built, so that neither a file of a million
    one-letter values nor ten nested aliases of ten (validated as ten billion copies) costs more
    than the counting: beyond :data:`MAX_VALUES`, or an alias inside what it names, is an error.
    """
    named: dict[str, int] = {}  # anchor -> values it stands for, once its value is complete
    open_counts: list[list[Any]] = [[0, None]]  # [values so far, anchor] of each open collection
    total = 0
    for event in yaml.parse(text, Loader=_Base):
        if isinstance(event, yaml.AliasEvent):
            if event.anchor not in named:
                if any(anchor == event.anchor for _, anchor in open_counts):
                    raise _refuse(f"the alias *{event.anchor} is inside the value it names", event)
                continue  # an unknown alias: the composer says so
            size = named[event.anchor]
        elif isinstance(event, (yaml.ScalarEvent, yaml.CollectionStartEvent)):
            size = 1
        elif isinstance(event, yaml.CollectionEndEvent):
            count, anchor = open_counts.pop()
            if anchor is not None:
                named[anchor] = count
            open_counts[-1][0] += count
            continue
        else:
            continue
        total += size
        if total > MAX_VALUES:
            raise _refuse(f"more than {MAX_VALUES:,} values (aliases *name count each time)", event)
        if isinstance(event, yaml.CollectionStartEvent):
            open_counts.append([1, event.anchor])
        else:
            open_counts[-1][0] += size
            if isinstance(event, yaml.ScalarEvent) and event.anchor is not None:
                named[event.anchor] = 1
    return total


#: Said after a problem found where the text ends: a file cut off, or a bracket or quote never closed.
_ENDS_EARLY = " (the file ends there: is it cut off, or a bracket or quote left open?)"


def _line_count(text: str) -> int:
    """How many lines ``text`` has, a last line without its newline included (a problem past the end is on it)."""
    return max(text.count("\n") + (0 if text.endswith("\n") else 1), 1)


def _at_the_end(text: str, index: int) -> bool:
    """Whether a problem at character ``index`` is where the text ends (blank space after it aside)."""
    return index >= len(text.rstrip())


def parse(text: str) -> tuple[Any, yaml.Node | None]:
    """Parse YAML text into plain data and its node tree; :class:`TextProblem` on any problem."""
    try:
        loader = _TextLoader(text)
        try:
            count_values(text)
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise TextProblem(min(mark.line + 1, _line_count(text)) if mark else 0, "yaml",
                          f"{error.problem or error.context}" + (_ENDS_EARLY if mark and _at_the_end(text, mark.index)
                                                                  else "")) from None
    except yaml.reader.ReaderError as error:  # what decode_text let through and libyaml still refuses
        raise TextProblem(text.count("\n", 0, max(error.position, 0)) + 1, "yaml", error.reason) from None
    except yaml.YAMLError as error:
        raise TextProblem(0, "yaml", str(error)) from None
    except RecursionError:
        raise TextProblem(1, "yaml", "nested too deeply to be a meeting file") from None
    return data, node
