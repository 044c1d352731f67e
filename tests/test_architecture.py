"""House rules of DESIGN.md §2: the core imports no platform SDK or adapter, and documents itself."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

BOT = Path(__file__).resolve().parent.parent / "bot"
FORBIDDEN = {"slack_bolt", "slack_sdk", "discord", "aiohttp", "adapters"}
MODULES = sorted(BOT.rglob("*.py"))


def forbidden_imports(source: str) -> list[str]:
    """Top-level packages from FORBIDDEN that the source imports (plain, from-, or importlib by name)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__"):
                names = [node.args[0].value]
        found += [name for name in names if name.split(".")[0] in FORBIDDEN]
    return found


def undocumented(source: str) -> list[str]:
    """Public module-level functions and classes, and public methods of public classes, without a docstring."""
    missing = []
    tree = ast.parse(source)
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and not node.name.startswith("_"):
            if ast.get_docstring(node) is None:
                missing.append(node.name)
            if isinstance(node, ast.ClassDef):
                for member in node.body:
                    if isinstance(member, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                            and not member.name.startswith("_") and ast.get_docstring(member) is None:
                        missing.append(f"{node.name}.{member.name}")
    return missing


def test_the_core_has_modules_to_check():
    names = {path.relative_to(BOT).as_posix() for path in MODULES}
    assert {"core.py", "agenda.py", "agenda_ref.py", "timefmt.py", "answers/agenda.py"} <= names


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(BOT).as_posix())
def test_core_module_imports_no_platform_sdk_or_adapter(path):
    assert forbidden_imports(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("path", MODULES, ids=lambda p: p.relative_to(BOT).as_posix())
def test_public_functions_and_classes_have_docstrings(path):
    assert undocumented(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("source", [
    "import slack_bolt",
    "import slack_sdk.web",
    "from discord import Client",
    "import aiohttp as http",
    "from adapters.console.render import TextRenderer",
    "def f():\n    import discord.ext.commands\n",
    "import importlib\nimportlib.import_module('slack_sdk')",
    "__import__('aiohttp')",
], ids=["slack_bolt", "slack_sdk submodule", "from discord", "aliased aiohttp", "adapters",
        "nested in a function", "importlib", "__import__"])
def test_the_import_check_catches_each_form(source):
    assert forbidden_imports(source) != []


def test_the_import_check_allows_the_core_and_the_standard_library():
    assert forbidden_imports("import datetime\nfrom bot.reply import Reply\nfrom . import agenda\nimport pytz") == []


def test_the_docstring_check_catches_missing_ones():
    source = 'def public():\n    pass\n\ndef _private():\n    pass\n\nclass A:\n    """Doc."""\n    def m(self):\n        pass\n'
    assert undocumented(source) == ["public", "A.m"]


def environment_reads(source: str) -> list[str]:
    """Reads of the environment (``os.environ``, ``os.getenv``, ``environ[...]``) in the source."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Attribute) and node.attr in ("environ", "getenv", "environb"):
            found.append(node.attr)
        elif isinstance(node, ast.ImportFrom) and node.module == "os" \
                and any(alias.name in ("environ", "getenv") for alias in node.names):
            found.append("from os import environ/getenv")
    return found


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(BOT)))
def test_core_module_reads_no_environment_variable(path):
    """DESIGN.md §2 rule 6: only the composition root reads the environment."""
    assert environment_reads(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("source", ["import os\nos.environ['X']", "import os\nos.getenv('X')",
                                    "from os import environ\nenviron.get('X')"])
def test_the_environment_check_catches_each_form(source):
    assert environment_reads(source)
