"""Parsing YAML text safely: plain data and its node tree (for line numbers), or one :class:`TextProblem`.

The safe loader (libyaml's when installed: about ten times faster) with three refusals more than
YAML's own: a key written twice, a list or mapping as a key, and aliases (``*name``) that
expand the file beyond what a meeting could hold. Dates and times stay text, so that
pydantic validates them with a field path.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from bot.file_text import TextProblem

MAX_EXPANDED_VALUES = 400_000  # what aliases (*name) may expand the file to: a 2 MB file holds ~250,000 values

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
        except (ValueError, OverflowError, TypeError) as error:
            raise yaml.constructor.ConstructorError(
                None, None, f"cannot read this value ({one_line(str(error))[:200]})", node.start_mark) from None


def _construct_unique_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    """Build a mapping, refusing a key written twice (YAML would silently keep the last) or a list or mapping as a key."""
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


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _check_expansion(root: yaml.Node) -> None:
    """Refuse aliases that expand the file beyond :data:`MAX_EXPANDED_VALUES` values, or that hold themselves.

    Each alias is one shared value once constructed, but validation walks every copy: ten nested
    aliases of ten would be ten billion values to check.
    """
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    open_nodes: set[int] = set()
    while stack:
        node, done = stack.pop()
        if done:
            open_nodes.discard(id(node))
            size = 1 + sum(sizes[id(child)] for child in _children(node))
            if size > MAX_EXPANDED_VALUES:
                raise yaml.constructor.ConstructorError(
                    None, None, f"aliases (*name) expand this to more than {MAX_EXPANDED_VALUES:,} values",
                    node.start_mark)
            sizes[id(node)] = size
            continue
        if id(node) in sizes:
            continue
        if id(node) in open_nodes:
            raise yaml.constructor.ConstructorError(None, None, "an alias (*name) holds the value it names",
                                                    node.start_mark)
        open_nodes.add(id(node))
        stack.append((node, True))
        stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def parse(text: str) -> tuple[Any, yaml.Node | None]:
    """Parse YAML text into plain data and its node tree; :class:`TextProblem` on any problem."""
    try:
        loader = _TextLoader(text)
        try:
            node = loader.get_single_node()
            if node is not None and "*" in text:
                _check_expansion(node)
            data = loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise TextProblem(mark.line + 1 if mark else 0, "yaml", f"{error.problem or error.context}") from None
    except yaml.reader.ReaderError as error:  # what decode_text let through and libyaml still refuses
        raise TextProblem(text.count("\n", 0, max(error.position, 0)) + 1, "yaml", error.reason) from None
    except yaml.YAMLError as error:
        raise TextProblem(0, "yaml", str(error)) from None
    except RecursionError:
        raise TextProblem(1, "yaml", "nested too deeply to be a meeting file") from None
    return data, node
