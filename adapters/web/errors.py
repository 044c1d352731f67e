"""Every 404 and 405 of the web face as a page a reader can use, with the same security headers as the rest.

An address that differs from a real one only by a trailing slash or capital letters (``/m/ITU-T-SG17-2020-08/``)
is sent on to the real one (301). Anything else unknown gets the friendly page: HTML, or JSON under ``/api/``.
A method other than GET or HEAD gets the same, as 405, with ``Allow``. Slack's own path is left as it is.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Awaitable, Callable

from aiohttp import web

from adapters.web import pages
from adapters.web.http import LIVE_CACHE, SECURITY_HEADERS, respond
from adapters.web.lang import reader_language

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
LEFT_ALONE = ("/slack/",)
LOWER_CASE = ("/m/", "/api/")


def canonical_path(path: str) -> str:
    """The address a near miss means: no trailing slash, and lower case where ids are lower case."""
    canonical = path.rstrip("/") or "/"
    if canonical.lower().startswith(LOWER_CASE):
        canonical = canonical.lower()
    return canonical


async def _resolves(request: web.Request, path: str) -> bool:
    """Whether ``path`` is served by some route of the application (GET)."""
    clone = request.clone(rel_url=path, method="GET")
    match = await request.app.router.resolve(clone)
    return match.http_exception is None


def friendly(request: web.Request, status: int, now: dt.datetime, allow: str | None = None) -> web.Response:
    """The 404 (no such page) or 405 (read only) answer for ``request``: JSON under ``/api/``, else HTML."""
    lang = reader_language(request.query.get("lang"), request.headers.get("Accept-Language"))
    extra = {"Allow": allow} if allow else None
    if request.path.lower() == "/api" or request.path.lower().startswith("/api/"):
        if status == 405:
            data = {"error": "method_not_allowed", "message": f"{request.method} is not answered: the API is read only"}
        else:
            data = {"error": "not_found", "message": f"no such address: {request.path} "
                                                     f"(the API is described at /api/v1/openapi.yaml)"}
        body = json.dumps(data, ensure_ascii=False).encode("utf-8")
        return respond(request, body, "application/json", LIVE_CACHE, status=status, extra=extra)
    body = pages.error_page(status, request.path, request.method, lang, now).encode("utf-8")
    return respond(request, body, "text/html", LIVE_CACHE, status=status, extra=extra,
                   vary=None if request.query.get("lang") else "Accept-Language")


def friendly_errors(now: Callable[[], dt.datetime]) -> Callable[[web.Request, Handler], Awaitable[web.StreamResponse]]:
    """The middleware that turns every bare 404 and 405 into :func:`friendly` (or a redirect to the real address)."""

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except web.HTTPException as error:
            if error.status not in (404, 405) or request.path.startswith(LEFT_ALONE):
                raise
            if error.status == 404:
                canonical = canonical_path(request.path)
                if canonical != request.path and await _resolves(request, canonical):
                    location = canonical + (f"?{request.query_string}" if request.query_string else "")
                    return web.Response(status=301, headers={**SECURITY_HEADERS, "Location": location,
                                                             "Cache-Control": "public, max-age=3600"})
            return friendly(request, error.status, now(), error.headers.get("Allow"))

    return middleware
