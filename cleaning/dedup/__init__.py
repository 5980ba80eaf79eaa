"""Near-duplicate clustering with MinHash: shingles and signatures, candidates, verified clusters, a persistent index."""

from cleaning.dedup.config import DedupConfig
from cleaning.dedup.index import Admission, DedupIndex


__all__ = ["Admission", "DedupConfig", "DedupIndex"]
