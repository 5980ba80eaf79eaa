"""The per-profile SQLite store of article URLs already collected, their validators and what changed in each run.

A URL is recorded only after the output store has committed the documents of its page, so a crawl killed in
between fetches that page again next time; the output store's journal (keyed by URL and content hash) then
skips it, which keeps the two stores consistent without a shared transaction.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from cleaning.store import STATE_DIR

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    url TEXT PRIMARY KEY,
    final_url TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    content_hash TEXT NOT NULL,
    first_collected TEXT NOT NULL,
    last_checked TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS changes (
    run_id TEXT NOT NULL,
    url TEXT NOT NULL,
    change TEXT NOT NULL,
    at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class CollectedPage:
    """An article page whose documents are committed: the link it was found under, and what the server said."""

    url: str
    final_url: str
    content_hash: str
    etag: str | None = None
    last_modified: str | None = None


def collected_path(out_dir: Path, profile_name: str) -> Path:
    return out_dir / STATE_DIR / f"crawl-{profile_name}.sqlite"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class CollectedStore:
    """Article URLs collected by earlier runs of one profile into one output folder."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(path, isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.executescript(_SCHEMA)

    def is_collected(self, url: str) -> bool:
        return self.conn.execute("SELECT 1 FROM articles WHERE url = ?", (url,)).fetchone() is not None

    def validators(self, url: str) -> tuple[str | None, str | None]:
        """The ETag and Last-Modified the server gave for this URL, for a conditional request."""
        row = self.conn.execute("SELECT etag, last_modified FROM articles WHERE url = ?", (url,)).fetchone()
        return (row[0], row[1]) if row else (None, None)

    def record(self, pages: list[CollectedPage], run_id: str) -> dict[str, int]:
        """Mark these pages collected, in one transaction; returns how many were new, changed or unchanged."""
        counts = {"new": 0, "changed": 0, "unchanged": 0}
        now = _now()
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for page in pages:
                row = self.conn.execute("SELECT content_hash FROM articles WHERE url = ?", (page.url,)).fetchone()
                change = "new" if row is None else ("unchanged" if row[0] == page.content_hash else "changed")
                counts[change] += 1
                self.conn.execute(
                    "INSERT INTO articles (url, final_url, etag, last_modified, content_hash, first_collected,"
                    " last_checked) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(url) DO UPDATE SET"
                    " final_url = excluded.final_url, etag = excluded.etag, last_modified = excluded.last_modified,"
                    " content_hash = excluded.content_hash, last_checked = excluded.last_checked",
                    (page.url, page.final_url, page.etag, page.last_modified, page.content_hash, now, now),
                )
                self.conn.execute(
                    "INSERT INTO changes (run_id, url, change, at) VALUES (?, ?, ?, ?)", (run_id, page.url, change, now)
                )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return counts

    def record_not_modified(self, url: str, run_id: str) -> None:
        """The server answered 304 to a conditional request: the article is as collected."""
        now = _now()
        self.conn.execute("UPDATE articles SET last_checked = ? WHERE url = ?", (now, url))
        self.conn.execute(
            "INSERT INTO changes (run_id, url, change, at) VALUES (?, ?, 'not_modified', ?)", (run_id, url, now)
        )

    def changes(self, run_id: str) -> list[tuple[str, str]]:
        return self.conn.execute(
            "SELECT url, change FROM changes WHERE run_id = ? ORDER BY rowid", (run_id,)
        ).fetchall()

    def count(self) -> int:
        return self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def close(self) -> None:
        self.conn.close()
