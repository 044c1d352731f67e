"""What ``meetingbot check`` says of a PostgreSQL database: whether it can be reached now, in one line.

A config (or ``DATABASE_URL``) that names a server nobody listens on, a database that does not
exist or a user without a password would only fail later, at ``run``; ``check`` tries one short
connection and reports why it failed, without the password.
"""

from __future__ import annotations

from bot.config import url_problem

CHECK_TIMEOUT_SECONDS = 3


def reach_problem(url: str) -> str | None:
    """Why the database at ``url`` cannot be used right now, or None when a connection answers."""
    problem = url_problem(url)
    if problem:
        return problem
    try:
        import psycopg

        from bot.postgres_schema import shown
    except ImportError:
        return "PostgreSQL needs psycopg: pip install 'meetingbot[postgres]'"
    try:
        with psycopg.connect(url, autocommit=True, connect_timeout=CHECK_TIMEOUT_SECONDS) as connection:
            connection.execute("SELECT 1")
    except Exception as error:  # psycopg.Error, or a URL libpq cannot read
        reason = " ".join(str(error).split()) or type(error).__name__
        return f"{shown(url)}: cannot connect to the database ({reason})"
    return None
