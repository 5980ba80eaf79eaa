"""Signatures per second beside datasketch on the same documents, and end-to-end clustering time and peak memory.

Usage: python bench/dedup_throughput.py [--sizes 10000,100000,1000000] [--signature-docs 2000]
Clustering feeds generated ~3,000-character documents (10 % of them copies) to DedupIndex in batches of 5,000,
with the index in a SQLite file, as `qingwen dedup` does (JSON parsing and output lines excluded); each size runs
in its own process so its peak memory (max RSS) is its own.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.dedup_corpus import synthetic_documents  # noqa: E402
from cleaning.dedup.config import DedupConfig  # noqa: E402
from cleaning.dedup.fold import fold_text  # noqa: E402
from cleaning.dedup.index import DedupIndex, Item  # noqa: E402
from cleaning.dedup.sketch import sketch_text  # noqa: E402

BATCH = 5_000


def signature_rates(count: int, config: DedupConfig) -> None:
    from datasketch import MinHash

    texts = [text for _, text, _ in synthetic_documents(count, copy_every=10**9)]
    chars = sum(map(len, texts)) / len(texts)
    size = config.shingle_size

    def shingles(text: str) -> list[bytes]:
        folded = fold_text(text)
        return [folded[i : i + size].encode("utf-8") for i in range(max(len(folded) - size + 1, 1))]

    rates = {}
    subset = texts[: max(count // 40, 20)]
    start = time.perf_counter()
    for text in subset:
        minhash = MinHash(num_perm=config.num_perm, seed=config.seed)
        for shingle in shingles(text):
            minhash.update(shingle)
    rates["datasketch update() per shingle"] = len(subset) / (time.perf_counter() - start)
    subset = texts[: max(count // 5, 20)]
    start = time.perf_counter()
    for text in subset:
        minhash = MinHash(num_perm=config.num_perm, seed=config.seed)
        minhash.update_batch(shingles(text))
    rates["datasketch update_batch()"] = len(subset) / (time.perf_counter() - start)
    sketch_text(texts[0], shingle_size=size, num_perm=config.num_perm, seed=config.seed, prefix_chars=config.prefix_chars, sample_modulus=config.sample_modulus)  # compile / load cache
    start = time.perf_counter()
    for text in texts:
        sketch_text(text, shingle_size=size, num_perm=config.num_perm, seed=config.seed, prefix_chars=config.prefix_chars, sample_modulus=config.sample_modulus)
    rates["qingwen sketch_text (numba; + prefix signature, sample)"] = len(texts) / (time.perf_counter() - start)
    print(f"signatures/s, one core, num_perm={config.num_perm}, n={size}, docs of {chars:.0f} chars (fold included in all):")
    for name, rate in rates.items():
        print(f"  {name:58s} {rate:10.0f}/s")
    print(f"  ratio to update_batch: {rates['qingwen sketch_text (numba; + prefix signature, sample)'] / rates['datasketch update_batch()']:.1f}x")


def cluster_once(size: int) -> None:
    config = DedupConfig()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "state.sqlite"
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        index = DedupIndex.open(conn, config)
        start = time.perf_counter()
        kept = 0
        batch: list[Item] = []
        for doc_id, text, truncated in synthetic_documents(size):
            batch.append(Item(doc_id, text, len(text), truncated))
            if len(batch) == BATCH or len(batch) + len(index) == size:
                conn.execute("BEGIN IMMEDIATE")
                kept += sum(d.duplicate_of is None for d in index.admit_items(batch))
                conn.execute("COMMIT")
                batch = []
        seconds = time.perf_counter() - start
        conn.close()
        conn = sqlite3.connect(path, isolation_level=None)
        start = time.perf_counter()
        DedupIndex.open(conn, config)
        load = time.perf_counter() - start
        conn.close()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024 / 1024
        print(
            f"  {size:>9,} docs: {seconds:8.1f} s ({size / seconds:6.0f} docs/s, incl. generating the text), "
            f"kept {kept:,}, peak {peak:.2f} GB, index {path.stat().st_size / 2**30:.2f} GB, reload {load:.1f} s"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--signature-docs", type=int, default=2000)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        cluster_once(args.one)
        return
    signature_rates(args.signature_docs, DedupConfig())
    print("end-to-end clustering (sketch, exact hash, LSH, verification, union-find, SQLite index writes), one core:")
    for size in (int(s) for s in args.sizes.split(",")):
        subprocess.run([sys.executable, __file__, "--one", str(size)], check=True)


if __name__ == "__main__":
    main()
