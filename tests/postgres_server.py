"""A throwaway PostgreSQL server for the tests: Debian's binaries, a temp folder, a free port on 127.0.0.1.

``initdb`` and ``postgres`` refuse to run as root, so as root they run as the ``postgres``
user (``runuser -u postgres --``) in a folder that user owns. Each test gets a database of
its own (:meth:`PostgresServer.new_database`); a test that stops and restarts the server
starts a server of its own.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg

from fakes.ports import free_port

INSTALL_HINT = "PostgreSQL's server binaries are missing: run `apt-get install -y postgresql` (Debian/Ubuntu)"
_numbers = itertools.count(1)


def server_binaries() -> Path:
    """The ``bin`` folder of the newest PostgreSQL installed the Debian way; RuntimeError (one line) when none."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parts[-3]))
    if not found:
        raise RuntimeError(INSTALL_HINT)
    return Path(found[-1]).parent


class PostgresServer:
    """One PostgreSQL server of the tests' own: :meth:`start`, :meth:`stop`, :meth:`kill`, :meth:`url`."""

    def __init__(self) -> None:
        self.bin = server_binaries()
        self.folder = Path(tempfile.mkdtemp(prefix="meetingbot-pg-"))
        self.data = self.folder / "data"
        self.port = free_port()
        self._as_postgres: list[str] = []
        if os.geteuid() == 0:
            try:
                user = pwd.getpwnam("postgres")
            except KeyError:
                raise RuntimeError("there is no `postgres` user to run PostgreSQL as: "
                                   "`apt-get install -y postgresql` creates it") from None
            os.chown(self.folder, user.pw_uid, user.pw_gid)
            self._as_postgres = ["runuser", "-u", "postgres", "--"]
        self.folder.chmod(0o755)
        self._run([str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust",
                   "--encoding=UTF8", "--locale=C", "--no-sync"])
        self.process: subprocess.Popen | None = None

    def _run(self, command: list[str]) -> None:
        done = subprocess.run(self._as_postgres + command, capture_output=True, text=True, timeout=120)
        if done.returncode:
            raise RuntimeError(f"{command[0]} failed: {done.stderr.strip() or done.stdout.strip()}")

    def url(self, database: str = "postgres") -> str:
        """The URL of a database of this server."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def start(self, timeout: float = 30.0) -> None:
        """Start the server (again, on the same port and data) and wait until it accepts connections."""
        settings = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
                    "-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200", "-c", "shared_buffers=16MB"]
        self.process = subprocess.Popen(
            self._as_postgres + [str(self.bin / "postgres"), "-D", str(self.data), "-p", str(self.port),
                                 "-k", str(self.folder)] + settings,
            stdout=subprocess.DEVNULL, stderr=open(self.folder / "server.log", "ab"))
        deadline = time.monotonic() + timeout
        while True:
            try:
                psycopg.connect(self.url(), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    log = (self.folder / "server.log").read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"PostgreSQL did not start: {log}") from None
                time.sleep(0.05)

    def stop(self) -> None:
        """Stop the server the fast way (clients are told, transactions rolled back)."""
        if self.process is not None and self.process.poll() is None:
            self._signal("INT")
            self.process.wait(30)
        self.process = None

    def crash(self) -> None:
        """Stop the server at once, as a crash would (immediate shutdown: no checkpoint; the next start recovers)."""
        if self.process is not None and self.process.poll() is None:
            self._signal("QUIT")
            self.process.wait(30)
        self.process = None

    def _signal(self, name: str) -> None:
        assert self.process is not None
        # runuser forwards signals to its child; signal the postmaster itself by its pid file to be sure
        pid_file = self.data / "postmaster.pid"
        try:
            pid = int(pid_file.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pid = self.process.pid
        subprocess.run(["kill", f"-{name}", str(pid)], check=False)

    def new_database(self) -> str:
        """A fresh, empty database of this server; its URL."""
        name = f"test_{os.getpid()}_{next(_numbers)}"
        with psycopg.connect(self.url(), autocommit=True) as connection:
            connection.execute(f"CREATE DATABASE {name}")  # type: ignore[arg-type]  (a name made here)
        return self.url(name)

    def close(self) -> None:
        """Stop the server and remove its folder."""
        self.stop()
        shutil.rmtree(self.folder, ignore_errors=True)
