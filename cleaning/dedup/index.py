"""The persistent dedup index: every document already admitted, in the output folder's SQLite state, committed with the output."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

import numpy as np

from cleaning.dedup.candidates import NUMBER, PREFIX_BANDS, BandIndex, band_keys, pairs_within
from cleaning.dedup.clusters import (
    Match,
    Similarity,
    UnionFind,
    compare,
    completeness_rank,
    describe_match,
    is_same_article,
)
from cleaning.dedup.config import DedupConfig
from cleaning.dedup.sketch import sketch_text
from cleaning.errors import RunError
from cleaning.models import Document, Duplicate, Source

# Version of the table layout below; an index written in another layout is refused with a way out.
LAYOUT = "2"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS dedup_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dedup_batches (
    first_number INTEGER PRIMARY KEY, -- one row per admitted batch, read whole when the index loads
    documents INTEGER NOT NULL,
    fresh INTEGER NOT NULL,           -- documents with band keys (those that were not exact copies)
    columns BLOB NOT NULL,            -- COLUMNS, one entry per document, as written with the batch
    band_numbers BLOB NOT NULL,       -- int32[fresh]
    band_keys BLOB NOT NULL           -- uint64[fresh x (bands + prefix bands)]
);
CREATE TABLE IF NOT EXISTS dedup_changes (
    number INTEGER PRIMARY KEY,       -- a document of an earlier batch whose parent or kept flag changed since
    parent INTEGER NOT NULL,
    kept INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS dedup_docs (
    number INTEGER PRIMARY KEY,       -- arrival order over all runs, from 0; read by number, a few rows a batch
    id TEXT NOT NULL,
    exact_key INTEGER NOT NULL,       -- hash of the folded text
    shingles INTEGER NOT NULL,
    sample BLOB NOT NULL,             -- sorted uint32 shingle hashes divisible by sample_modulus
    signature BLOB NOT NULL,          -- uint32[num_perm], datasketch affine32
    prefix_signature BLOB NOT NULL,
    path TEXT, url TEXT, line INTEGER, offset INTEGER, title TEXT  -- where a person finds the document
);
"""
# dedup_bands held layout 1's band keys; it is dropped with the rest when an index is reset.
TABLES = ("dedup_meta", "dedup_batches", "dedup_changes", "dedup_docs", "dedup_bands")
# What the index loads of every document, little-endian so a folder moves between machines.
COLUMNS = np.dtype([("parent", "<i8"), ("exact_key", "<i8"), ("chars", "<i4"), ("flags", "u1")])
KEPT, TRUNCATED = 1, 2  # bits of COLUMNS["flags"]


@dataclass
class Item:
    """What dedup needs of a document, and where a person finds it again if it is later superseded."""

    id: str
    text: str
    chars: int
    truncated: bool = False
    source: Source | None = None
    title: str | None = None


@dataclass(frozen=True)
class Stored:
    """What the index keeps of a document beyond its columns: read by number when a batch needs it."""

    id: str
    sample: np.ndarray
    shingles: int
    exact_key: int
    where: tuple[str | None, str | None, int | None, int | None]  # path, url, line, offset
    title: str | None

    @property
    def source(self) -> Source:
        # built on demand: most stored rows are read to verify a pair, and validating a Source for each of them
        # cost more than the verification (~0.2 ms a page on a corpus full of candidate pairs)
        path, url, line, offset = self.where
        return Source(path=path, url=url, line=line, offset=offset)


@dataclass
class Decision:
    """What happened to one admitted item (kept, or a copy of `duplicate_of`), or to an earlier kept copy."""

    number: int
    id: str
    duplicate_of: str | None = None
    match: Match | None = None
    similarity: float = 1.0


@dataclass
class Admission:
    """The outcome of admitting a batch: documents to write, and copies to list in duplicates.jsonl."""

    kept: list[Document] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)


class DedupIndex:
    """Clusters documents against everything admitted before, in this run and in earlier runs of the folder.

    Rows are written with the caller's connection and never committed here: the output store commits them in
    the transaction that commits the output lines, so the index and the files never disagree. Loading reads one
    row per committed batch (its COLUMNS and band keys as numpy blobs) plus the few later changes; a document's
    own row is read only when a batch verifies a pair with it or names it.
    """

    def __init__(self, conn: sqlite3.Connection, config: DedupConfig):
        self.conn = conn
        self.config = config
        self._load()

    @classmethod
    def open(cls, conn: sqlite3.Connection, config: DedupConfig) -> "DedupIndex":
        """Create the tables if needed, check the pinned parameters, and load the index."""
        conn.executescript(_SCHEMA)
        meta = dict(conn.execute("SELECT key, value FROM dedup_meta").fetchall())
        wanted = config.pinned()
        if not meta:
            meta = {**wanted, "layout": LAYOUT}
            conn.executemany("INSERT INTO dedup_meta (key, value) VALUES (?, ?)", sorted(meta.items()))
            if not conn.in_transaction:
                conn.commit()
        elif meta.get("layout", "1") != LAYOUT:
            raise RunError(
                f"the dedup index of this folder is stored in layout {meta.get('layout', '1')}, this qingwen reads "
                f"layout {LAYOUT}: run `qingwen index reset --out DIR` to rebuild it from the next run's documents "
                "(the output files stay), or use another --out"
            )
        else:
            differ = {k: (meta.get(k), v) for k, v in wanted.items() if meta.get(k) != v}
            if differ:
                listed = ", ".join(f"{k} is {old} in the index but {new} now" for k, (old, new) in differ.items())
                raise RunError(
                    f"the dedup index of this folder was built with other parameters ({listed}); signatures made "
                    "with different parameters cannot be compared: use the same options, another --out, or "
                    "`qingwen index reset` to rebuild the index from scratch"
                )
        return cls(conn, config)

    def _load(self) -> None:
        columns = load_columns(self.conn)
        self.union_find = UnionFind(columns["parent"].tolist())
        self.truncated = (columns["flags"] & TRUNCATED).astype(bool).tolist()
        self.chars = columns["chars"].tolist()
        # the first document with each exact key answers for it
        exact_keys, first = np.unique(columns["exact_key"], return_index=True)
        self.exact: dict[int, int] = dict(zip(exact_keys.tolist(), first.tolist()))
        kept = np.flatnonzero(columns["flags"] & KEPT)
        self.kept_of: dict[int, int] = dict(zip(roots(columns["parent"])[kept].tolist(), kept.tolist()))
        self.bands = BandIndex()
        keys, numbers = load_band_keys(self.conn, self.config)
        if numbers.size:
            self.bands.add(keys, numbers)

    def __len__(self) -> int:
        return len(self.union_find.parent)

    def rollback_memory(self) -> None:
        """Forget what was admitted since the last commit (the store's commit failed): reload the committed state."""
        self._load()

    def admit(self, docs: list[Document]) -> Admission:
        """Decide which documents of this batch are new articles; the rest become Duplicate records."""
        by_number: dict[int, Document] = {}
        decisions = self.admit_items([Item(d.id, d.text, d.chars, d.truncated, d.source, d.title) for d in docs])
        first = len(self) - len(docs)
        stored = self.stored({d.number for d in decisions if d.number < first})
        for offset, doc in enumerate(docs):
            by_number[first + offset] = doc
        admission = Admission()
        for decision in decisions:
            doc = by_number.get(decision.number)
            if decision.duplicate_of is None:
                admission.kept.append(doc)
                continue
            if doc is None:  # an earlier run's kept copy, superseded by a more complete one
                earlier = stored[decision.number]
                admission.duplicates.append(
                    Duplicate(
                        id=decision.id,
                        duplicate_of=decision.duplicate_of,
                        similarity=decision.similarity,
                        match="superseded",
                        source=earlier.source,
                        title=earlier.title,
                        chars=self.chars[decision.number],
                    )
                )
                continue
            admission.duplicates.append(
                Duplicate(
                    id=doc.id,
                    duplicate_of=decision.duplicate_of,
                    similarity=decision.similarity,
                    match=decision.match,
                    source=doc.source,
                    title=doc.title,
                    chars=doc.chars,
                )
            )
        return admission

    def admit_items(self, items: list[Item]) -> list[Decision]:
        """Admit a batch: one decision per item in input order, then one per earlier kept copy now superseded."""
        config = self.config
        first = len(self)
        sketches = [
            sketch_text(
                item.text,
                shingle_size=config.shingle_size,
                num_perm=config.num_perm,
                seed=config.seed,
                prefix_chars=config.prefix_chars,
                sample_modulus=config.sample_modulus,
            )
            for item in items
        ]
        numbers = [first + offset for offset in range(len(items))]
        for item in items:
            self.union_find.add()
            self.truncated.append(item.truncated)
            self.chars.append(item.chars)

        # exact copies are caught by hash first and need no band lookup
        exact_of: dict[int, int] = {}
        fresh: list[int] = []
        for offset, sketch in enumerate(sketches):
            holder = self.exact.setdefault(sketch.exact_key, numbers[offset])
            if holder != numbers[offset]:
                exact_of[offset] = holder
            else:
                fresh.append(offset)

        old_roots = {}  # roots of earlier clusters touched by this batch -> their kept copy
        touched = []
        for offset, holder in exact_of.items():
            touched.append((holder, numbers[offset]))
        keys = np.empty((0, 0), dtype=np.uint64)
        if fresh:
            keys = band_keys(
                np.stack([sketches[o].signature for o in fresh]),
                np.stack([sketches[o].prefix_signature for o in fresh]),
                config.bands,
                config.band_rows,
            )
            old_pairs = self.bands.lookup(keys)
            new_pairs = pairs_within(keys)
            earlier = self.stored({int(n) for n in old_pairs[:, 1].tolist()}) if old_pairs.size else {}
            samples = {n: (row.sample, row.shingles) for n, row in earlier.items()}
            for offset, sketch in enumerate(sketches):
                samples[numbers[offset]] = (sketch.sample, sketch.shingles)
            candidates = [(int(n), numbers[fresh[r]]) for r, n in old_pairs.tolist()]
            candidates += [(numbers[fresh[i]], numbers[fresh[j]]) for i, j in new_pairs.tolist()]
            for a, b in candidates:
                if is_same_article(compare(*samples[a], *samples[b]), config):
                    touched.append((a, b))
            self.bands.add(keys, np.array([numbers[o] for o in fresh], dtype=np.int64))

        for a, b in touched:
            for number in (a, b):
                if number < first:
                    root = self.union_find.find(number)
                    if root in self.kept_of:
                        old_roots[root] = self.kept_of[root]
        absorbed = []
        for a, b in touched:
            joined = self.union_find.union(a, b)
            if joined:
                absorbed.append(joined)
        return self._decide(items, sketches, numbers, first, exact_of, old_roots, absorbed, keys, fresh)

    def _decide(self, items, sketches, numbers, first, exact_of, old_roots, absorbed, keys, fresh) -> list[Decision]:
        find = self.union_find.find
        contenders: dict[int, list[int]] = {}
        for root, kept in old_roots.items():
            contenders.setdefault(find(root), []).append(kept)
        for number in numbers:
            contenders.setdefault(find(number), []).append(number)
        best_of = {
            root: min(group, key=lambda n: completeness_rank(self.truncated[n], self.chars[n], n))
            for root, group in contenders.items()
        }
        for old_root in old_roots:
            self.kept_of.pop(old_root, None)
        self.kept_of.update(best_of)

        old_involved = {n for n in best_of.values() if n < first} | set(old_roots.values())
        stored = self.stored(old_involved)
        sample_of = {numbers[o]: (s.sample, s.shingles) for o, s in enumerate(sketches)}
        sample_of.update({n: (row.sample, row.shingles) for n, row in stored.items()})
        exact_key_of = {numbers[o]: s.exact_key for o, s in enumerate(sketches)}
        exact_key_of.update({n: row.exact_key for n, row in stored.items()})
        id_of = {numbers[o]: item.id for o, item in enumerate(items)}
        id_of.update({n: row.id for n, row in stored.items()})

        def copy_of(number: int, best: int) -> Decision:
            similarity: Similarity = compare(*sample_of[number], *sample_of[best])
            match, value = describe_match(similarity, exact_key_of[number] == exact_key_of[best], self.config)
            return Decision(number, id_of[number], id_of[best], match, value)

        decisions = []
        for number in numbers:
            best = best_of[find(number)]
            decisions.append(Decision(number, id_of[number]) if best == number else copy_of(number, best))
        superseded = []
        for old_kept in sorted(old_roots.values()):
            best = best_of[find(old_kept)]
            if best != old_kept:
                decision = copy_of(old_kept, best)
                superseded.append(old_kept)
                decisions.append(Decision(old_kept, decision.id, decision.duplicate_of, decision.match, decision.similarity))
        self._write(items, sketches, numbers, best_of, absorbed, superseded, keys, fresh)
        return decisions

    def _write(self, items, sketches, numbers, best_of, absorbed, superseded, keys, fresh) -> None:
        if not numbers:
            return
        kept = set(best_of.values())
        source_of = [item.source or Source() for item in items]
        self.conn.executemany(
            "INSERT INTO dedup_docs (number, id, exact_key, shingles, sample, signature, prefix_signature, "
            "path, url, line, offset, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    number,
                    item.id,
                    sketch.exact_key,
                    sketch.shingles,
                    sketch.sample.tobytes(),
                    sketch.signature.tobytes(),
                    sketch.prefix_signature.tobytes(),
                    source.path,
                    source.url,
                    source.line,
                    source.offset,
                    item.title,
                )
                for number, item, sketch, source in zip(numbers, items, sketches, source_of)
            ],
        )
        columns = np.empty(len(numbers), dtype=COLUMNS)
        columns["parent"] = [self.union_find.parent[n] for n in numbers]
        columns["exact_key"] = [sketch.exact_key for sketch in sketches]
        columns["chars"] = [item.chars for item in items]
        columns["flags"] = [KEPT * (n in kept) | TRUNCATED * item.truncated for n, item in zip(numbers, items)]
        band_numbers = np.array([numbers[o] for o in fresh], dtype="<i4")
        self.conn.execute(
            "INSERT INTO dedup_batches (first_number, documents, fresh, columns, band_numbers, band_keys) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (numbers[0], len(numbers), len(fresh), columns.tobytes(), band_numbers.tobytes(), keys.astype("<u8").tobytes()),
        )
        # earlier documents this batch changed: roots absorbed into an earlier cluster, kept copies superseded
        changed = sorted({old_root for old_root, _ in absorbed if old_root < numbers[0]} | set(superseded))
        find = self.union_find.find
        self.conn.executemany(
            "INSERT OR REPLACE INTO dedup_changes (number, parent, kept) VALUES (?, ?, ?)",
            [(n, self.union_find.parent[n], int(self.kept_of.get(find(n)) == n)) for n in changed],
        )

    def stored(self, wanted: set[int]) -> dict[int, Stored]:
        """What is stored of these documents beyond their columns, fetched in chunks of SQLite's parameter limit."""
        found = {}
        ordered = sorted(wanted)
        for start in range(0, len(ordered), 900):
            chunk = ordered[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for number, doc_id, sample, shingles, exact_key, path, url, line, offset, title in self.conn.execute(
                "SELECT number, id, sample, shingles, exact_key, path, url, line, offset, title "
                f"FROM dedup_docs WHERE number IN ({marks})",
                chunk,
            ):
                # a writable copy: numba compiles (and caches) a kernel once per array type, and a read-only
                # buffer is another type than the samples sketched in this batch
                sample = np.frombuffer(sample, dtype=np.uint32).copy()
                found[number] = Stored(doc_id, sample, shingles, exact_key, (path, url, line, offset), title)
        return found


def warm_up(config: DedupConfig) -> None:
    """Load every compiled kernel an admission uses, by admitting two copies of a text into a throwaway index.

    The first admission of a process pays ~0.3-0.5 s for numba to load its compiled kernels: called where that
    wait overlaps other work (worker processes cleaning the first pages) or precedes it (a crawl before its first
    request), rather than in the middle of a run's first commit.
    """
    text = "卫生局深入学习实践科学发展观活动整改落实阶段工作总结" * 4
    index = DedupIndex.open(sqlite3.connect(":memory:"), config)
    # a near copy, not an exact one (punctuation folds away): the band lookup and the pair verification run too
    index.admit_items([Item("a", text, len(text)), Item("b", text + "再总结", len(text) + 3)])


def load_columns(conn: sqlite3.Connection) -> np.ndarray:
    """COLUMNS of every admitted document in number order, with the later changes applied."""
    (documents,) = conn.execute("SELECT COALESCE(SUM(documents), 0) FROM dedup_batches").fetchone()
    columns = np.empty(documents, dtype=COLUMNS)
    at = 0
    for count, blob in conn.execute("SELECT documents, columns FROM dedup_batches ORDER BY first_number"):
        columns[at : at + count] = np.frombuffer(blob, dtype=COLUMNS)
        at += count
    changes = np.array(conn.execute("SELECT number, parent, kept FROM dedup_changes").fetchall(), dtype=np.int64)
    if changes.size:
        numbers = changes[:, 0]
        columns["parent"][numbers] = changes[:, 1]
        columns["flags"][numbers] = (columns["flags"][numbers] & ~np.uint8(KEPT)) | changes[:, 2].astype(np.uint8)
    return columns


def load_band_keys(conn: sqlite3.Connection, config: DedupConfig) -> tuple[np.ndarray, np.ndarray]:
    """Band keys (documents x key columns) and their document numbers, copied batch by batch into two arrays."""
    width = config.bands + min(PREFIX_BANDS, config.bands)
    (fresh,) = conn.execute("SELECT COALESCE(SUM(fresh), 0) FROM dedup_batches").fetchone()
    keys = np.empty((fresh, width), dtype=np.uint64)
    numbers = np.empty(fresh, dtype=NUMBER)
    at = 0
    for count, band_numbers, band_keys in conn.execute(
        "SELECT fresh, band_numbers, band_keys FROM dedup_batches ORDER BY first_number"
    ):
        numbers[at : at + count] = np.frombuffer(band_numbers, dtype="<i4")
        keys[at : at + count] = np.frombuffer(band_keys, dtype="<u8").reshape(count, width)
        at += count
    return keys, numbers


def roots(parents: np.ndarray) -> np.ndarray:
    """The root of every document's set, by following all parents at once until they point to themselves."""
    current = np.ascontiguousarray(parents)
    while True:
        following = current[current]
        if np.array_equal(following, current):
            return current
        current = following
