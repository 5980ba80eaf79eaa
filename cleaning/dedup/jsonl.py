"""`qingwen dedup` and `qingwen index`: re-cluster an existing JSON Lines file, and inspect or reset a folder's index."""

from __future__ import annotations

import json
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from cleaning.dedup.clusters import compare, describe_match
from cleaning.dedup.config import DedupConfig
from cleaning.dedup.index import KEPT, TABLES, DedupIndex, Item, load_columns
from cleaning.errors import RunError
from cleaning.models import Document, Duplicate, Source

DOCUMENTS = "documents.jsonl"
DUPLICATES = "duplicates.jsonl"
REPORT = "report.json"
STATE = Path(".qingwen") / "state.sqlite"  # the output store's state database, shared with it
# Records admitted per transaction: ~30 MB of text for 3,000-character documents, a few seconds of work.
BATCH = 5_000


class LineProblem(BaseModel):
    line: int
    reason: str


class DedupSummary(BaseModel):
    """What `qingwen dedup` did; also written to DIR/report.json."""

    input: str
    records: int = 0
    documents: int = 0
    duplicates: int = 0
    by_match: dict[str, int] = Field(default_factory=dict)
    problems: list[LineProblem] = Field(default_factory=list)
    seconds: float = 0.0


def _records(path: Path, text_field: str, summary: DedupSummary | None) -> Iterator[tuple[int, str, dict]]:
    """(line number, raw line, record) for every usable line; unusable lines are noted in `summary`."""
    with open(path, encoding="utf-8", errors="strict") as handle:
        for line_number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as error:
                if summary:
                    summary.problems.append(LineProblem(line=line_number, reason=f"not JSON: {error.msg}"))
                continue
            if not isinstance(record, dict) or not isinstance(record.get(text_field), str):
                if summary:
                    summary.problems.append(
                        LineProblem(line=line_number, reason=f"no string field {text_field!r}; nothing to compare")
                    )
                continue
            yield line_number, line, record


def _item(record: dict, text_field: str, path: Path, line_number: int) -> Item:
    text = record[text_field]
    doc_id = record.get("id")
    return Item(
        id=str(doc_id) if doc_id not in (None, "") else Document.make_id(text),
        text=text,
        chars=len(text),
        truncated=bool(record.get("truncated", False)),
        source=_source(record, path, line_number),
        title=record.get("title") if isinstance(record.get("title"), str) else None,
    )


def _source(record: dict, path: Path, line_number: int) -> Source:
    """Where the record is: its line of the input file, and the page it came from when it names one."""
    url = record.get("url")
    return Source(path=str(path), line=line_number, url=url if isinstance(url, str) else None)


def dedup_jsonl(input_path: Path, out_dir: Path, config: DedupConfig, *, text_field: str = "text") -> DedupSummary:
    """Cluster the records of a JSON Lines file; write each article once (its most complete copy) and list the rest.

    Two passes over the input, so memory holds sketches, not texts: the first admits every record into a fresh
    index in DIR/.qingwen/state.sqlite, the second writes each record, unchanged (an `id` added when it had none),
    to documents.jsonl or a Duplicate to duplicates.jsonl. The index stays, so `qingwen clean --out DIR` later
    recognises these articles.
    """
    started = time.perf_counter()
    if not input_path.is_file():
        raise RunError(f"{input_path} is not a file; give a JSON Lines file with a {text_field!r} field per line")
    if (out_dir / DOCUMENTS).exists():
        raise RunError(f"{out_dir / DOCUMENTS} already exists; `qingwen dedup` writes a new folder: choose another --out")
    try:
        (out_dir / STATE.parent).mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise RunError(f"cannot write to the output folder {out_dir}: {error.strerror}; choose another --out") from error
    summary = DedupSummary(input=str(input_path))
    conn = sqlite3.connect(out_dir / STATE, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        _drop_index(conn)  # no documents.jsonl: whatever index is here belongs to no output
        index = DedupIndex.open(conn, config)
        lines: list[int] = []
        batch: list[Item] = []
        for line_number, _, record in _records(input_path, text_field, summary):
            lines.append(line_number)
            batch.append(_item(record, text_field, input_path, line_number))
            if len(batch) == BATCH:
                _admit(conn, index, batch)
                batch = []
        if batch:
            _admit(conn, index, batch)
        summary.records = len(lines)
        _write_outputs(input_path, out_dir, index, lines, text_field, summary)
        _record_committed_files(conn, out_dir)
    finally:
        conn.close()
    summary.seconds = round(time.perf_counter() - started, 3)
    (out_dir / REPORT).write_text(summary.model_dump_json(indent=2), encoding="utf-8")
    return summary


def _admit(conn: sqlite3.Connection, index: DedupIndex, batch: list[Item]) -> None:
    conn.execute("BEGIN IMMEDIATE")
    index.admit_items(batch)
    conn.execute("COMMIT")


def _write_outputs(
    input_path: Path, out_dir: Path, index: DedupIndex, lines: list[int], text_field: str, summary: DedupSummary
) -> None:
    """Second pass: each record to documents.jsonl if it is its cluster's kept copy, else a Duplicate."""
    find = index.union_find.find
    kept_of = [index.kept_of[find(number)] for number in range(len(lines))]
    involved = {n for n, kept in enumerate(kept_of) if kept != n}
    involved |= {kept_of[n] for n in involved}
    stored = index.stored(involved)
    by_match: Counter[str] = Counter()
    number_of_line = {line: number for number, line in enumerate(lines)}
    paths = {name: out_dir / f"{name}.tmp" for name in (DOCUMENTS, DUPLICATES)}
    with open(paths[DOCUMENTS], "w", encoding="utf-8") as documents, open(
        paths[DUPLICATES], "w", encoding="utf-8"
    ) as duplicates:
        for line_number, line, record in _records(input_path, text_field, None):
            number = number_of_line[line_number]
            kept = kept_of[number]
            if kept == number:
                if "id" not in record or record["id"] in (None, ""):
                    record["id"] = Document.make_id(record[text_field])  # the id it was admitted under
                    line = json.dumps(record, ensure_ascii=False) + "\n"
                documents.write(line if line.endswith("\n") else line + "\n")
                summary.documents += 1
                continue
            copy, original = stored[number], stored[kept]
            similarity = compare(copy.sample, copy.shingles, original.sample, original.shingles)
            match, value = describe_match(similarity, copy.exact_key == original.exact_key, index.config)
            by_match[match] += 1
            duplicate = Duplicate(
                id=copy.id,
                duplicate_of=original.id,
                similarity=value,
                match=match,
                source=copy.source,
                title=copy.title,
                chars=len(record[text_field]),
            )
            duplicates.write(duplicate.model_dump_json() + "\n")
            summary.duplicates += 1
        for handle in (documents, duplicates):
            handle.flush()
            os.fsync(handle.fileno())
    for name, path in paths.items():
        os.replace(path, out_dir / name)
    summary.by_match = dict(sorted(by_match.items()))



def _record_committed_files(conn: sqlite3.Connection, out_dir: Path) -> None:
    """Tell the output store how long the files are, so a later `qingwen clean --out DIR` appends to them."""
    conn.execute("CREATE TABLE IF NOT EXISTS committed_files (name TEXT PRIMARY KEY, bytes INTEGER NOT NULL)")
    conn.executemany(
        "INSERT OR REPLACE INTO committed_files (name, bytes) VALUES (?, ?)",
        [(name, (out_dir / name).stat().st_size) for name in (DOCUMENTS, DUPLICATES)],
    )


def _drop_index(conn: sqlite3.Connection) -> None:
    for table in TABLES:
        conn.execute(f"DROP TABLE IF EXISTS {table}")


def index_stats(out_dir: Path) -> dict:
    """Size and parameters of a folder's dedup index, for `qingwen index stats`."""
    path = out_dir / STATE
    if not path.exists():
        return {"path": str(path), "documents": 0, "kept": 0, "parameters": {}}
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "dedup_batches" not in present:
            return {"path": str(path), "documents": 0, "kept": 0, "parameters": {}}
        columns = load_columns(conn)
        documents, kept = len(columns), int(np.count_nonzero(columns["flags"] & KEPT))
        parameters = dict(conn.execute("SELECT key, value FROM dedup_meta ORDER BY key").fetchall())
    finally:
        conn.close()
    return {
        "path": str(path),
        "documents": documents,
        "kept": kept,
        "duplicates": documents - kept,
        "parameters": parameters,
        "bytes": path.stat().st_size,
    }


def index_reset(out_dir: Path) -> None:
    """Forget every sketch: the next run compares new documents only with each other (the output files stay)."""
    path = out_dir / STATE
    if not path.exists():
        return
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        _drop_index(conn)
        conn.execute("COMMIT")
    finally:
        conn.close()
