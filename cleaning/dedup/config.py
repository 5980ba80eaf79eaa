"""The parameters of near-duplicate detection, each default with the measurement it comes from."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, model_validator


class DedupConfig(BaseModel):
    """How documents are shingled, sketched, paired and judged; the sketching part is pinned in the index.

    Defaults are measured with `bench/dedup_quality.py` (a labelled set built from the seeds: refilled, paywalled,
    paragraph-missing and traditional-script copies, plus same-theme different articles) and
    `bench/dedup_throughput.py`; the figures are in the comments.
    """

    model_config = ConfigDict(frozen=True)

    # Characters per shingle. bench/dedup_quality.py (356 docs, 60 clusters; containment 0.8) gave F1
    # n=3 0.984 (stock phrases link same-theme articles: 42 wrong pairs), n=4 1.000, n=5 0.984, n=7 0.964,
    # n=9 0.799 (each changed character kills 9 shingles: refilled copies fall under the threshold). With the
    # containment default below, n=5 gives F1 0.9996; 5 keeps a margin against refills at the cost of nothing.
    shingle_size: int = Field(5, ge=2, le=16)
    # Permutations per signature. 128 gives a Jaccard estimate with standard error <= 0.045 and 32 bands of 4
    # rows; the signature only finds candidates (every pair is verified on shingle hashes), so more buys little.
    num_perm: int = Field(128, ge=16, le=1024)
    # Rows per LSH band on the whole-text signature. 4 rows x 32 bands makes a pair with Jaccard 0.5 a
    # candidate with probability 0.87, 0.6 with 0.98, 0.7 with 0.9995, and 0.2 with only 0.05.
    band_rows: int = Field(4, ge=1, le=32)
    # Jaccard (on the shingle hashes) from which two documents are the same article. Measured F1 (n=5):
    # 0.3 0.980, 0.4 0.984, 0.5 0.984, 0.6 0.960 (refills missed), 0.7 0.867: 0.5 is the top of the plateau.
    threshold: float = Field(0.5, gt=0.0, le=1.0)
    # Share of the shorter document's shingles found in the longer one from which it is a cut copy. Measured
    # (n=5, threshold 0.5): 0.6 F1 0.960, 0.7 0.984, 0.8 0.984 (42 wrong pairs: a paywalled cut of a sibling
    # article sharing its opening and a third of its sentences), 0.9 0.9996 with precision 1.0.
    containment_threshold: float = Field(0.9, gt=0.0, le=1.0)
    # A containment link needs the shorter copy to hold at least this share of the longer's shingles, so a
    # lone stock paragraph cannot chain two different articles into one cluster; paywalls seen on the seeds
    # show 45-55 % of the article.
    min_contained_share: float = Field(0.2, ge=0.0, le=1.0)
    # Folded characters in the prefix sketch, which finds copies cut short: shorter than any paywall cut
    # (the seeds' tail paywall shows 1,933 of 3,480 characters), long enough (295 shingles) to be specific.
    prefix_chars: int = Field(300, ge=20)
    # Shingle hashes kept for verification: those divisible by this modulus (1 in 8), so 3,000 characters keep
    # ~370 hashes (1.5 kB) and a containment of 0.9 is measured within +-0.03 (binomial standard error).
    sample_modulus: int = Field(8, ge=1, le=1024)
    # MinHash seed, as in datasketch (its default is 1).
    seed: int = 1

    @model_validator(mode="after")
    def _bands_fit(self) -> "DedupConfig":
        if self.num_perm % self.band_rows:
            raise ValueError(f"num_perm ({self.num_perm}) must be a multiple of band_rows ({self.band_rows})")
        return self

    @property
    def bands(self) -> int:
        return self.num_perm // self.band_rows

    def pinned(self) -> dict[str, str]:
        """The parameters sketches and band keys depend on; an index refuses a config that differs in any."""
        from cleaning.dedup.fold import FOLD_VERSION
        from cleaning.dedup.sketch import SCHEME

        return {
            "scheme": SCHEME,
            "fold": FOLD_VERSION,
            "seed": str(self.seed),
            "num_perm": str(self.num_perm),
            "band_rows": str(self.band_rows),
            "shingle_size": str(self.shingle_size),
            "prefix_chars": str(self.prefix_chars),
            "sample_modulus": str(self.sample_modulus),
        }
