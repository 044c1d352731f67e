"""The read-only web face: the live page of each meeting, its calendar feed and its JSON API (aiohttp)."""
