"""A live page server for tests: the web face on its own event loop thread, on a free port of 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
import urllib.error
import urllib.request
from contextlib import contextmanager
from typing import Iterator

from adapters.web.run import PagesThread
from adapters.web.service import WebService
from adapters.web.source import MeetingSource, RouterLike


class PageServer:
    """A running :class:`WebService` and plain GET requests to it."""

    def __init__(self, service: WebService, loop: asyncio.AbstractEventLoop) -> None:
        self.service, self.loop = service, loop

    @property
    def url(self) -> str:
        """The base URL, ending without a slash."""
        return f"http://127.0.0.1:{self.service.port}"

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, dict[str, str], bytes]:
        """Status, headers and body of a GET."""
        request = urllib.request.Request(self.url + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, dict(response.headers), response.read()
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), error.read()

    def json(self, path: str) -> tuple[int, object]:
        """Status and decoded JSON of a GET."""
        status, _, body = self.get(path)
        return status, json.loads(body)


@contextmanager
def page_server(*sources: MeetingSource | RouterLike) -> Iterator[PageServer]:
    """Serve the pages of ``sources`` (cores, or one deployment's router) on 127.0.0.1 until the block ends."""
    served = sources[0] if len(sources) == 1 and hasattr(sources[0], "venues") else list(sources)
    pages = PagesThread(served, port=0, host="127.0.0.1")  # type: ignore[arg-type]
    pages.start()
    try:
        yield PageServer(pages.service, pages.loop)
    finally:
        pages.stop()
