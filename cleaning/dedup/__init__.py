"""Near-duplicate clustering with MinHash: shingles and signatures, candidates, verified clusters, a persistent index."""

from cleaning.dedup.config import DedupConfig
from cleaning.dedup.index import Admission, DedupIndex
from cleaning.dedup.jsonl import DedupSummary, dedup_jsonl, index_reset, index_stats

__all__ = ["Admission", "DedupConfig", "DedupIndex", "DedupSummary", "dedup_jsonl", "index_reset", "index_stats"]
