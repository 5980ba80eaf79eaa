"""What the spider hands to the pipeline: a fetched article page as bytes, a 304, or a fetch that failed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass
class FetchedPage:
    """An article response, untouched: cleaning decodes the bytes itself."""

    url: str  # the link as found on the listing page (the key of the collected store)
    final_url: str  # after redirects (the page's origin in the output)
    body: bytes
    header_charset: str | None
    etag: str | None
    last_modified: str | None
    status: int
    fetched_at: datetime
    headers: list[tuple[str, str]]  # kept for the optional WARC copy


@dataclass
class NotModified:
    """A conditional request answered 304: the collected copy is current."""

    url: str


@dataclass
class FetchFailed:
    """A listing or article page that could not be fetched, with a reason a person can act on."""

    url: str
    reason: str
    status: int | None = None  # the HTTP status, when the server answered
