"""The output folder as a growing corpus: JSON Lines files plus a journal that commits with them, atomically.

Lines are appended to documents.jsonl and duplicates.jsonl and fsynced; then one SQLite transaction records the pages
they came from and the new committed length of each file. On open, each file is cut back to its committed length, so
a run killed at any moment leaves no half-written or uncommitted line behind, and a rerun redoes exactly the pages whose
lines were cut. Pages already in the journal with the same content hash are skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from cleaning.errors import RunError
from cleaning.models import Document, Duplicate, RunReport

if TYPE_CHECKING:
    from cleaning.dedup import DedupConfig, DedupIndex
    from cleaning.pipeline import PageResult

DOCUMENTS = "documents.jsonl"
DUPLICATES = "duplicates.jsonl"
REPORT = "report.json"
STATE_DIR = ".qingwen"
STATE_DB = "state.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS journal (
    source_key TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL,
    status TEXT NOT NULL,
    documents INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS committed_files (
    name TEXT PRIMARY KEY,
    bytes INTEGER NOT NULL
);
"""


@dataclass
class CommitSummary:
    documents: int = 0
    duplicates: int = 0


def state_path(out_dir: Path) -> Path:
    return out_dir / STATE_DIR / STATE_DB


def reset_output(out_dir: Path) -> None:
    """Start the folder over: the JSON Lines files, the report and the journal (with the dedup index) go."""
    for name in (DOCUMENTS, DUPLICATES, REPORT):
        (out_dir / name).unlink(missing_ok=True)
    shutil.rmtree(out_dir / STATE_DIR, ignore_errors=True)


class OutputStore:
    """Appends documents and duplicates to the output folder, committing them with the journal of pages done."""

    def __init__(self, out_dir: Path, *, fresh: bool = False, dedup: "DedupConfig | None" = None):
        self.out_dir = out_dir
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            if fresh:
                reset_output(out_dir)
            (out_dir / STATE_DIR).mkdir(exist_ok=True)
        except OSError as error:
            raise RunError(f"cannot write to the output folder {out_dir}: {error.strerror}; choose another --out") from error
        self.conn = sqlite3.connect(state_path(out_dir), isolation_level=None)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=FULL")
        self.conn.executescript(_SCHEMA)
        self._recover()
        # is_done is asked by the worker pool's feeder thread while this thread commits: a reader connection of
        # its own (WAL lets it read the last commit while a write is under way)
        self._reader = sqlite3.connect(state_path(out_dir), check_same_thread=False)
        self._files = {name: open(out_dir / name, "ab") for name in (DOCUMENTS, DUPLICATES)}
        self.dedup: "DedupIndex | None" = None
        if dedup is not None:
            from cleaning.dedup import DedupIndex

            self.dedup = DedupIndex.open(self.conn, dedup)

    def _committed_bytes(self, name: str) -> int:
        row = self.conn.execute("SELECT bytes FROM committed_files WHERE name = ?", (name,)).fetchone()
        return row[0] if row else 0

    def _recover(self) -> None:
        for name in (DOCUMENTS, DUPLICATES):
            path = self.out_dir / name
            committed = self._committed_bytes(name)
            size = path.stat().st_size if path.exists() else 0
            if size < committed:
                raise RunError(
                    f"{path} has {size} bytes but the journal committed {committed}: the file was edited or "
                    "truncated by hand; run again with --fresh to start the folder over"
                )
            if size > committed:
                # lines written by a run that was killed before its journal commit: that run's pages are redone
                with open(path, "r+b") as handle:
                    handle.truncate(committed)

    def is_done(self, source_key: str, content_hash: str) -> bool:
        row = self._reader.execute("SELECT content_hash FROM journal WHERE source_key = ?", (source_key,)).fetchone()
        return row is not None and row[0] == content_hash

    def commit(self, results: list["PageResult"]) -> tuple[CommitSummary, list[Document], list[Duplicate]]:
        """Write the documents of these pages (after dedup, when enabled) and journal the pages, in one commit."""
        documents = [doc for result in results for doc in result.documents]
        duplicates: list[Duplicate] = []
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self.dedup is not None:
                admission = self.dedup.admit(documents)
                documents, duplicates = admission.kept, admission.duplicates
            self._append(DOCUMENTS, (doc.model_dump_json() for doc in documents))
            self._append(DUPLICATES, (dup.model_dump_json() for dup in duplicates))
            self.conn.executemany(
                "INSERT OR REPLACE INTO journal (source_key, content_hash, status, documents) VALUES (?, ?, ?, ?)",
                [
                    (r.origin.key, r.content_hash, "failed" if r.failure else "done", len(r.documents))
                    for r in results
                ],
            )
            self.conn.executemany(
                "INSERT OR REPLACE INTO committed_files (name, bytes) VALUES (?, ?)",
                [(name, handle.tell()) for name, handle in self._files.items()],
            )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            if self.dedup is not None:
                self.dedup.rollback_memory()
            raise
        return CommitSummary(len(documents), len(duplicates)), documents, duplicates

    def _append(self, name: str, lines) -> None:
        handle = self._files[name]
        payload = "".join(line + "\n" for line in lines).encode("utf-8")
        if payload:
            handle.write(payload)
        handle.flush()
        os.fsync(handle.fileno())

    def write_report(self, report: RunReport) -> Path:
        path = self.out_dir / REPORT
        tmp = path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(report.model_dump(mode="json"), ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)
        return path

    def close(self) -> None:
        for handle in self._files.values():
            handle.close()
        self._reader.close()
        self.conn.close()

    def __enter__(self) -> "OutputStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
