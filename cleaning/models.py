"""Typed records that flow through the cleaning pipeline: raw pages in, documents and failures out."""

from __future__ import annotations

import hashlib
from functools import cached_property
from datetime import date, datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

PageKind = Literal["html", "text"]


class Origin(BaseModel):
    """Where a raw page came from, precise enough to find it again."""

    model_config = ConfigDict(frozen=True)

    path: str | None = None
    url: str | None = None
    line: int | None = None  # 1-based line of a JSONL file
    offset: int | None = None  # byte offset of a WARC record

    @property
    def key(self) -> str:
        """A stable string naming this page, used by the journal to recognise pages already done."""
        place = self.path or self.url or "?"
        if self.line is not None:
            return f"{place}#L{self.line}"
        if self.offset is not None:
            return f"{place}@{self.offset}"
        if self.path and self.url:
            return f"{place}|{self.url}"
        return place


class RawPage(BaseModel):
    """One page as bytes, before any decoding. Loaders and the crawler both produce these."""

    origin: Origin
    body: bytes
    kind: PageKind = "html"
    # charset named by the transport (HTTP Content-Type header, a JSONL file's own UTF-8), if any
    transport_charset: str | None = None
    fetched_at: datetime | None = None
    site: str | None = None
    # a site profile's rule pack, applied after the built-in packs
    extra_pack: str | None = None

    @cached_property
    def content_hash(self) -> str:
        return hashlib.blake2b(self.body, digest_size=16).hexdigest()


class Removal(BaseModel):
    """One piece of text a rule took out, so that every removal can be audited."""

    rule: str
    text: str


class Source(BaseModel):
    path: str | None = None
    url: str | None = None
    line: int | None = None
    offset: int | None = None
    site: str | None = None
    encoding: str | None = None
    encoding_method: str | None = None
    fetched_at: datetime | None = None


class Document(BaseModel):
    """One clean article. `id` depends only on the clean text, so the same article gets the same id."""

    id: str
    source: Source
    canonical_url: str | None = None
    title: str | None = None
    published: date | None = None
    text: str
    chars: int
    converted_from_traditional: bool = False
    truncated: bool = False
    omitted_chars: int | None = None
    part: int = 1
    parts: int = 1
    removed: list[Removal] = Field(default_factory=list)

    @staticmethod
    def make_id(text: str) -> str:
        return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


class Failure(BaseModel):
    """A page that produced nothing, and why, in words a person can act on."""

    path: str | None = None
    url: str | None = None
    line: int | None = None
    offset: int | None = None
    stage: str
    reason: str

    @classmethod
    def at(cls, origin: Origin, stage: str, reason: str) -> "Failure":
        return cls(path=origin.path, url=origin.url, line=origin.line, offset=origin.offset, stage=stage, reason=reason)


class Duplicate(BaseModel):
    """A document that was not written because another copy of the same article is kept."""

    id: str
    duplicate_of: str
    similarity: float
    match: Literal["exact", "near_duplicate", "contained", "superseded"]
    source: Source
    title: str | None = None
    chars: int


class RunReport(BaseModel):
    """What a run did, for a person reading report.json."""

    started_at: datetime
    finished_at: datetime | None = None
    inputs: list[str] = Field(default_factory=list)
    pages_in: int = 0
    pages_skipped_done: int = 0
    documents_out: int = 0
    duplicates_out: int = 0
    failures: list[Failure] = Field(default_factory=list)
    counters: dict[str, int] = Field(default_factory=dict)
    seconds_per_stage: dict[str, float] = Field(default_factory=dict)
