"""HTTP details the pages share: security headers, caching headers and conditional answers (304)."""

from __future__ import annotations

import datetime as dt
import hashlib

from aiohttp import web

CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
       "base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
"""Only the page's own script and style run; nothing is framed, posted or fetched elsewhere."""

SECURITY_HEADERS = {"Content-Security-Policy": CSP, "X-Content-Type-Options": "nosniff",
                    "Referrer-Policy": "no-referrer"}

LIVE_CACHE = "public, max-age=1, stale-while-revalidate=2"
"""Pages and API answers: a proxy may serve one copy to every reader for a second."""
CALENDAR_CACHE = "public, max-age=300"
STATIC_CACHE = "public, max-age=3600"


def etag_of(body: bytes) -> str:
    """A strong validator for a body: its SHA-256, shortened."""
    return '"' + hashlib.sha256(body).hexdigest()[:32] + '"'


def _not_modified(request: web.Request, etag: str, last_modified: dt.datetime | None) -> bool:
    match = request.headers.get("If-None-Match")
    if match is not None:
        return etag in [tag.strip() for tag in match.split(",")] or match.strip() == "*"
    since = request.if_modified_since
    return last_modified is not None and since is not None and last_modified.replace(microsecond=0) <= since


def respond(request: web.Request, body: bytes, content_type: str, cache: str, *, status: int = 200,
            last_modified: dt.datetime | None = None, vary: str | None = None,
            extra: dict[str, str] | None = None) -> web.Response:
    """An answer with its security and caching headers; 304 with no body when the reader's copy is current."""
    etag = etag_of(body)
    headers = dict(SECURITY_HEADERS)
    headers.update({"Cache-Control": cache, "ETag": etag})
    if vary:
        headers["Vary"] = vary
    if extra:
        headers.update(extra)
    if status == 200 and _not_modified(request, etag, last_modified):
        response = web.Response(status=304, headers=headers)
    else:
        response = web.Response(status=status, body=body, headers=headers, content_type=content_type,
                                charset="utf-8" if content_type.startswith(("text/", "application/json")) else None)
    if last_modified is not None:
        response.last_modified = last_modified
    return response
