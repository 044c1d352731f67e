"""The read-only routes of the web face, added to an aiohttp application (Slack's, or one of their own).

``/`` the meetings; ``/m/ID`` the live page; ``/m/ID/events`` its update stream (server-sent events);
``/m/ID.ics`` the calendar feed; ``/api/v1/…`` the same data as JSON (described by ``openapi.yaml``).
Only GET and HEAD: nothing changes state through here. Every other address or method gets a friendly
404 or 405 (:mod:`adapters.web.errors`) with the same security headers.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from importlib import resources

from aiohttp import web

from adapters.web import pages
from adapters.web.errors import friendly_errors
from adapters.web.feed import KEEPALIVE_SECONDS, LiveFeed, sse_event
from adapters.web.http import CALENDAR_CACHE, LIVE_CACHE, SECURITY_HEADERS, STATIC_CACHE, respond
from adapters.web.lang import reader_language
from adapters.web.snapshot import MeetingView, as_json, listing_order, meeting_view, summary
from adapters.web.source import MeetingSource, Meetings, live_rooms
from bot.store import StoreError

MEETING_ID = r"{meeting_id:[a-z0-9][a-z0-9-]*}"
STATIC = {"page.js": "text/javascript", "page.css": "text/css"}
RETRY_MILLISECONDS = 1000


def _lang(request: web.Request) -> str:
    return reader_language(request.query.get("lang"), request.headers.get("Accept-Language"))


def _vary(request: web.Request) -> str | None:
    return None if request.query.get("lang") else "Accept-Language"


class WebRoutes:
    """The pages, feeds and API of the meetings served, over one :class:`LiveFeed`."""

    def __init__(self, meetings: Meetings) -> None:
        self.meetings = meetings
        self.feed = LiveFeed(meetings, self._render_update)
        self._calendars: dict[tuple[str, str], tuple[object, bytes, dt.datetime]] = {}
        self._static = {name: resources.files("adapters.web").joinpath("static", name).read_bytes()
                        for name in STATIC}
        self._openapi = resources.files("adapters.web").joinpath("openapi.yaml").read_bytes()

    def add_to(self, app: web.Application) -> None:
        """Add every route to ``app`` and end the open streams when it shuts down."""
        app.router.add_get("/", self.index)
        app.router.add_get(f"/m/{MEETING_ID}.ics", self.calendar)
        app.router.add_get(f"/m/{MEETING_ID}/events", self.events)
        app.router.add_get(f"/m/{MEETING_ID}", self.page)
        app.router.add_get("/api/v1/meetings", self.api_meetings)
        app.router.add_get(f"/api/v1/meetings/{MEETING_ID}", self.api_meeting)
        app.router.add_get(f"/api/v1/meetings/{MEETING_ID}/live", self.api_live)
        app.router.add_get("/api/v1/openapi.yaml", self.openapi)
        app.router.add_get("/static/{name}", self.static)
        app.middlewares.append(friendly_errors(self._now))
        app.on_shutdown.append(self._shutdown)

    async def _shutdown(self, app: web.Application) -> None:
        self.feed.close()

    # --- the data -------------------------------------------------------------------------------------------

    @staticmethod
    def _view(source: MeetingSource, lang: str) -> MeetingView:
        return meeting_view(source.meeting, source.agenda, live_rooms(source), source.clock.now(), lang)

    def _render_update(self, source: MeetingSource, lang: str, version: int) -> bytes:
        view = self._view(source, lang)
        data = {"version": version, "now": as_json(view.now),
                "current": [line.ref for line in view.agenda if line.current],  # the meeting's agenda marked
                "html": pages.rooms_fragment(view, source.meeting.tz)}
        return sse_event("live", data, version)

    def _source(self, request: web.Request) -> MeetingSource | None:
        return self.meetings.find(request.match_info["meeting_id"])

    def _now(self) -> dt.datetime:
        sources = self.meetings.sources
        if sources:
            return sources[0].clock.now()
        return dt.datetime.now(dt.timezone.utc)

    # --- pages ----------------------------------------------------------------------------------------------

    async def index(self, request: web.Request) -> web.Response:
        """The meetings, current and coming first."""
        lang, now = _lang(request), self._now()
        listed = listing_order([summary(s.meeting, s.clock.now(), lang) for s in self.meetings.sources])
        body = pages.index_page(listed, lang, now).encode("utf-8")
        return respond(request, body, "text/html", LIVE_CACHE, vary=_vary(request))

    def _missing_page(self, request: web.Request, lang: str) -> web.Response:
        body = pages.not_found_page(request.match_info["meeting_id"], lang, self._now()).encode("utf-8")
        return respond(request, body, "text/html", LIVE_CACHE, status=404, vary=_vary(request))

    async def page(self, request: web.Request) -> web.Response:
        """The live page of one meeting."""
        lang = _lang(request)
        source = self._source(request)
        if source is None:
            return self._missing_page(request, lang)
        try:
            view = self._view(source, lang)
        except StoreError as error:
            return _unavailable(request, error)
        body = pages.meeting_page(view, source.meeting.tz, request.host).encode("utf-8")
        return respond(request, body, "text/html", LIVE_CACHE, vary=_vary(request))

    async def events(self, request: web.Request) -> web.StreamResponse:
        """The page's update stream: the rooms now, then again after each change; a comment now and then."""
        lang = _lang(request)
        source = self._source(request)
        if source is None:
            return self._missing_page(request, lang)
        response = web.StreamResponse(headers={**SECURITY_HEADERS, "Content-Type": "text/event-stream",
                                               "Cache-Control": "no-cache, no-transform",
                                               "X-Accel-Buffering": "no"})
        await response.prepare(request)
        self.feed.streams += 1
        try:
            await response.write(f"retry: {RETRY_MILLISECONDS}\n\n".encode())
            meeting_id = source.meeting.id
            version = self.feed.version(meeting_id)
            sent = -1
            while not self.feed.closed:
                if version != sent:
                    source = self.meetings.find(meeting_id)
                    if source is None:
                        break
                    try:
                        await response.write(self.feed.update(source, lang))
                    except StoreError:
                        break
                    sent = version
                if not await self.feed.changed(meeting_id, version, KEEPALIVE_SECONDS):
                    if not self.feed.closed:
                        await response.write(b": keep-alive\n\n")
                version = self.feed.version(meeting_id)
        except (ConnectionResetError, asyncio.CancelledError):
            pass
        finally:
            self.feed.streams -= 1
        return response

    async def calendar(self, request: web.Request) -> web.Response:
        """The meeting's sessions and deadlines as iCalendar, to subscribe to."""
        lang = _lang(request)
        source = self._source(request)
        if source is None:
            return self._missing_page(request, lang)
        body, modified = self._calendar(source, lang)
        return respond(request, body, "text/calendar", CALENDAR_CACHE, last_modified=modified, vary=_vary(request),
                       extra={"Content-Disposition": f'inline; filename="{source.meeting.id}.ics"'})

    def _calendar(self, source: MeetingSource, lang: str) -> tuple[bytes, dt.datetime]:
        """The calendar of this version of the meeting file, made once: same bytes, same Last-Modified."""
        from bot.calendar_ics import build_calendar  # icalendar only when a calendar is asked for

        key = (source.meeting.id, lang)
        cached = self._calendars.get(key)
        if cached is None or cached[0] is not source.meeting:
            modified = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)  # HTTP validators run on real time
            cached = self._calendars[key] = (source.meeting, build_calendar(source.meeting, modified, lang), modified)
        return cached[1], cached[2]

    # --- API ------------------------------------------------------------------------------------------------

    async def api_meetings(self, request: web.Request) -> web.Response:
        """Every meeting served, current and coming first."""
        lang = _lang(request)
        listed = listing_order([summary(s.meeting, s.clock.now(), lang) for s in self.meetings.sources])
        return _json(request, {"meetings": as_json(listed)})

    async def api_meeting(self, request: web.Request) -> web.Response:
        """One meeting whole: rooms, agenda, deadlines and sessions."""
        source = self._source(request)
        if source is None:
            return _json(request, _missing(request), status=404)
        try:
            return _json(request, as_json(self._view(source, _lang(request))))
        except StoreError as error:
            return _unavailable(request, error)

    async def api_live(self, request: web.Request) -> web.Response:
        """Only what changes during a session: each room's state."""
        source = self._source(request)
        if source is None:
            return _json(request, _missing(request), status=404)
        try:
            view = self._view(source, _lang(request))
        except StoreError as error:
            return _unavailable(request, error)
        return _json(request, {"meeting_id": view.meeting.id, "now": as_json(view.now), "rooms": as_json(view.rooms)})

    async def openapi(self, request: web.Request) -> web.Response:
        """The API's description (OpenAPI 3.1)."""
        return respond(request, self._openapi, "application/yaml", STATIC_CACHE)

    async def static(self, request: web.Request) -> web.Response:
        """The page's script and style sheet."""
        name = request.match_info["name"]
        if name not in self._static:
            raise web.HTTPNotFound()
        return respond(request, self._static[name], STATIC[name], STATIC_CACHE)


def _missing(request: web.Request) -> dict[str, str]:
    return {"error": "not_found", "message": f"no meeting {request.match_info['meeting_id']} here"}


def _json(request: web.Request, data: object, status: int = 200) -> web.Response:
    body = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return respond(request, body, "application/json", LIVE_CACHE, status=status, vary=_vary(request))


def _unavailable(request: web.Request, error: StoreError) -> web.Response:
    body = json.dumps({"error": "unavailable", "message": "the live state cannot be read just now"}).encode()
    return respond(request, body, "application/json", "no-store", status=503)
