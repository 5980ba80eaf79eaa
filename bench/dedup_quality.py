"""Pairwise precision, recall and F1 of dedup on a labelled set of copies generated from the seeds.

Usage: python bench/dedup_quality.py [--clusters 60] [--batch 64] [--sweep]
--sweep also prints F1 for other shingle sizes and thresholds (how the defaults were chosen).
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.dedup_corpus import labelled_set  # noqa: E402
from cleaning.dedup.config import DedupConfig  # noqa: E402
from cleaning.dedup.index import DedupIndex, Item  # noqa: E402


def predicted_clusters(records: list[dict], config: DedupConfig, batch: int) -> list[int]:
    """Cluster number of each record after admitting them in batches, as the output store does."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    index = DedupIndex.open(conn, config)
    for start in range(0, len(records), batch):
        conn.execute("BEGIN")
        index.admit_items([Item(r["id"], r["text"], len(r["text"]), r["truncated"]) for r in records[start : start + batch]])
        conn.execute("COMMIT")
    return [index.union_find.find(n) for n in range(len(records))]


def pairwise_scores(truth: list[int], predicted: list[int]) -> tuple[float, float, float, set, set]:
    true_pairs = {(i, j) for i, j in combinations(range(len(truth)), 2) if truth[i] == truth[j]}
    found_pairs = {(i, j) for i, j in combinations(range(len(truth)), 2) if predicted[i] == predicted[j]}
    hits = len(true_pairs & found_pairs)
    precision = hits / len(found_pairs) if found_pairs else 1.0
    recall = hits / len(true_pairs) if true_pairs else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1, true_pairs - found_pairs, found_pairs - true_pairs


def report(records: list[dict], config: DedupConfig, batch: int, detail: bool) -> float:
    truth = [r["cluster"] for r in records]
    predicted = predicted_clusters(records, config, batch)
    precision, recall, f1, missed, wrong = pairwise_scores(truth, predicted)
    print(
        f"n={config.shingle_size} threshold={config.threshold} containment={config.containment_threshold}: "
        f"precision {precision:.4f}  recall {recall:.4f}  F1 {f1:.4f}  (missed pairs {len(missed)}, wrong pairs {len(wrong)})"
    )
    if detail:
        by_variant = Counter()
        for i, j in missed:
            kinds = sorted({records[i]["variant"], records[j]["variant"]})
            by_variant["+".join(kinds)] += 1
        if by_variant:
            print("  missed pairs by variants:", dict(by_variant.most_common()))
    return f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clusters", type=int, default=60)
    parser.add_argument("--batch", type=int, default=64, help="documents per admitted batch (the store commits 64 pages)")
    parser.add_argument("--sweep", action="store_true")
    args = parser.parse_args()
    records = labelled_set(args.clusters)
    variants = Counter(r["variant"] for r in records)
    print(f"{len(records)} documents in {len({r['cluster'] for r in records})} clusters; variants {dict(variants)}")
    print("same-theme different articles share seed sentences; pairs of articles share their opening paragraph")
    report(records, DedupConfig(), args.batch, detail=True)
    if args.sweep:
        for size in (3, 4, 5, 7, 9):
            report(records, DedupConfig(shingle_size=size), args.batch, detail=False)
        for threshold in (0.3, 0.4, 0.6, 0.7):
            report(records, DedupConfig(threshold=threshold), args.batch, detail=False)
        for containment in (0.6, 0.7, 0.9):
            report(records, DedupConfig(containment_threshold=containment), args.batch, detail=False)


if __name__ == "__main__":
    main()
