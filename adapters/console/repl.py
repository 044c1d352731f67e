"""The interactive console: a prompt with line editing and history, talking to the core."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable, TextIO


QUIT_WORDS = {"/quit", "/exit", "quit", "exit"}
HISTORY_FILE = Path(os.path.expanduser("~")) / ".meetingbot_history"


def _enable_line_editing() -> None:
    """Arrow keys and a persistent history where the terminal supports readline."""
    try:
        import readline
    except ImportError:  # Windows without pyreadline: plain input still works
        return
    try:
        readline.read_history_file(HISTORY_FILE)
    except OSError:
        pass
    readline.set_history_length(1000)
    import atexit

    def save() -> None:
        try:
            readline.write_history_file(HISTORY_FILE)
        except OSError:
            pass

    atexit.register(save)


def run_console(respond: Callable[[str], str], banner: str,
                stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    """Read lines until Ctrl-D or /quit, and print the rendered answer to each."""
    interactive = stdin.isatty() and stdout.isatty()
    if interactive:
        _enable_line_editing()
    print(banner, file=stdout, flush=True)
    while True:
        try:
            if interactive:
                text = input("you> ")
            else:
                print("you> ", end="", file=stdout, flush=True)
                text = stdin.readline()
                if not text:
                    raise EOFError
        except EOFError:
            print("\nBye.", file=stdout)
            return 0
        except KeyboardInterrupt:
            print("\n(Ctrl-D or /quit to leave)", file=stdout)
            continue
        text = text.strip()
        if not text:
            continue
        if text.lower() in QUIT_WORDS:
            print("Bye.", file=stdout)
            return 0
        print(respond(text), file=stdout, end="\n\n", flush=True)
