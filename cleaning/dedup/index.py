"""The persistent dedup index: every document already admitted, in the output folder's SQLite state, committed with the output."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

import numpy as np

from cleaning.dedup.candidates import BandIndex, band_keys, pairs_within
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

_SCHEMA = """
CREATE TABLE IF NOT EXISTS dedup_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS dedup_docs (
    number INTEGER PRIMARY KEY,      -- arrival order over all runs, from 0
    id TEXT NOT NULL,
    parent INTEGER NOT NULL,         -- union-find parent (a number); roots point to themselves
    kept INTEGER NOT NULL,           -- 1 for the copy written for its cluster
    truncated INTEGER NOT NULL,
    chars INTEGER NOT NULL,
    exact_key INTEGER NOT NULL,      -- hash of the folded text
    shingles INTEGER NOT NULL,
    sample BLOB NOT NULL,            -- sorted uint32 shingle hashes divisible by sample_modulus
    signature BLOB NOT NULL,         -- uint32[num_perm], datasketch affine32
    prefix_signature BLOB NOT NULL
);
CREATE TABLE IF NOT EXISTS dedup_bands (
    first_number INTEGER PRIMARY KEY, -- one row per admitted batch: its documents' band keys, for a fast load
    numbers BLOB NOT NULL,
    keys BLOB NOT NULL
);
"""
TABLES = ("dedup_meta", "dedup_docs", "dedup_bands")


@dataclass
class Item:
    """What dedup needs of a document."""

    id: str
    text: str
    chars: int
    truncated: bool = False


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
    the transaction that commits the output lines, so the index and the files never disagree.
    """

    def __init__(self, conn: sqlite3.Connection, config: DedupConfig):
        self.conn = conn
        self.config = config
        self._load()

    @classmethod
    def open(cls, conn: sqlite3.Connection, config: DedupConfig) -> "DedupIndex":
        """Create the tables if needed, check the pinned parameters, and load the index."""
        conn.executescript(_SCHEMA)
        stored = dict(conn.execute("SELECT key, value FROM dedup_meta").fetchall())
        wanted = config.pinned()
        if not stored:
            conn.executemany("INSERT INTO dedup_meta (key, value) VALUES (?, ?)", sorted(wanted.items()))
            if not conn.in_transaction:
                conn.commit()
        else:
            differ = {k: (stored.get(k), v) for k, v in wanted.items() if stored.get(k) != v}
            if differ:
                listed = ", ".join(f"{k} is {old} in the index but {new} now" for k, (old, new) in differ.items())
                raise RunError(
                    f"the dedup index of this folder was built with other parameters ({listed}); signatures made "
                    "with different parameters cannot be compared: use the same options, another --out, or "
                    "`qingwen index reset` to rebuild the index from scratch"
                )
        return cls(conn, config)

    def _load(self) -> None:
        rows = self.conn.execute(
            "SELECT parent, kept, truncated, chars, exact_key FROM dedup_docs ORDER BY number"
        ).fetchall()
        self.union_find = UnionFind([row[0] for row in rows])
        self.truncated = [bool(row[2]) for row in rows]
        self.chars = [row[3] for row in rows]
        self.exact: dict[int, int] = {}
        for number, row in enumerate(rows):
            self.exact.setdefault(row[4], number)
        self.kept_of: dict[int, int] = {}
        for number, row in enumerate(rows):
            if row[1]:
                self.kept_of[self.union_find.find(number)] = number
        self.bands = BandIndex()
        batches = self.conn.execute("SELECT numbers, keys FROM dedup_bands ORDER BY first_number").fetchall()
        if batches:
            numbers = np.frombuffer(b"".join(row[0] for row in batches), dtype=np.int64)
            keys = np.frombuffer(b"".join(row[1] for row in batches), dtype=np.uint64)
            self.bands.add(keys.reshape(-1, 1), numbers)

    def __len__(self) -> int:
        return len(self.union_find.parent)

    def rollback_memory(self) -> None:
        """Forget what was admitted since the last commit (the store's commit failed): reload the committed state."""
        self._load()

    def admit(self, docs: list[Document]) -> Admission:
        """Decide which documents of this batch are new articles; the rest become Duplicate records."""
        by_number: dict[int, Document] = {}
        decisions = self.admit_items([Item(d.id, d.text, d.chars, d.truncated) for d in docs])
        first = len(self) - len(docs)
        for offset, doc in enumerate(docs):
            by_number[first + offset] = doc
        admission = Admission()
        for decision in decisions:
            doc = by_number.get(decision.number)
            if decision.duplicate_of is None:
                admission.kept.append(doc)
                continue
            if doc is None:  # an earlier run's kept copy, superseded by a more complete one
                admission.duplicates.append(
                    Duplicate(
                        id=decision.id,
                        duplicate_of=decision.duplicate_of,
                        similarity=decision.similarity,
                        match="superseded",
                        source=Source(),
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
            samples = self._samples_of({int(n) for n in old_pairs[:, 1].tolist()}) if old_pairs.size else {}
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
        sample_of.update({n: (row[1], row[2]) for n, row in stored.items()})
        exact_key_of = {numbers[o]: s.exact_key for o, s in enumerate(sketches)}
        exact_key_of.update({n: row[3] for n, row in stored.items()})
        id_of = {numbers[o]: item.id for o, item in enumerate(items)}
        id_of.update({n: row[0] for n, row in stored.items()})

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
        kept = set(best_of.values())
        self.conn.executemany(
            "INSERT INTO dedup_docs (number, id, parent, kept, truncated, chars, exact_key, shingles, sample, "
            "signature, prefix_signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    number,
                    item.id,
                    self.union_find.parent[number],
                    int(number in kept),
                    int(item.truncated),
                    item.chars,
                    sketch.exact_key,
                    sketch.shingles,
                    sketch.sample.tobytes(),
                    sketch.signature.tobytes(),
                    sketch.prefix_signature.tobytes(),
                )
                for number, item, sketch in zip(numbers, items, sketches)
            ],
        )
        # roots absorbed into an earlier cluster (new rows above already carry their parent)
        self.conn.executemany(
            "UPDATE dedup_docs SET parent = ? WHERE number = ?",
            [(new_root, old_root) for old_root, new_root in absorbed if old_root < numbers[0]] if numbers else [],
        )
        self.conn.executemany("UPDATE dedup_docs SET kept = 0 WHERE number = ?", [(n,) for n in superseded])
        if fresh:
            fresh_numbers = np.repeat(np.array([numbers[o] for o in fresh], dtype=np.int64), keys.shape[1])
            self.conn.execute(
                "INSERT INTO dedup_bands (first_number, numbers, keys) VALUES (?, ?, ?)",
                (numbers[0], fresh_numbers.tobytes(), keys.ravel().tobytes()),
            )

    def _samples_of(self, wanted: set[int]) -> dict[int, tuple[np.ndarray, int]]:
        return {n: (row[1], row[2]) for n, row in self.stored(wanted).items()}

    def stored(self, wanted: set[int]) -> dict[int, tuple[str, np.ndarray, int, int]]:
        """id, sample, shingles and exact key of stored documents, fetched in chunks of SQLite's parameter limit."""
        found = {}
        ordered = sorted(wanted)
        for start in range(0, len(ordered), 900):
            chunk = ordered[start : start + 900]
            marks = ",".join("?" * len(chunk))
            for number, doc_id, sample, shingles, exact_key in self.conn.execute(
                f"SELECT number, id, sample, shingles, exact_key FROM dedup_docs WHERE number IN ({marks})", chunk
            ):
                found[number] = (doc_id, np.frombuffer(sample, dtype=np.uint32), shingles, exact_key)
        return found
