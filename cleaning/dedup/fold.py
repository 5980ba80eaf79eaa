"""Hashing-only normalisation: fold a clean text to the code points its shingles are built from.

The fold is one lookup per code point in a table built once from NFKC, OpenCC's traditional-to-simplified
character map and the Unicode categories: a character maps to one lowercase simplified letter or digit, or is
dropped (whitespace, punctuation, symbols); a run of digits folds to one "0", because refilled templates differ
exactly in their numbers. The folded text is never written anywhere; it only feeds hashes.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources

import numba
import numpy as np

# Bumped whenever the fold changes, since stored sketches depend on it.
FOLD_VERSION = "nfkc-t2s-letters-digits-v1"
DIGIT = ord("0")
_BMP = 0x10000


def _simplified_characters() -> dict[str, str]:
    """OpenCC's one-character traditional -> simplified map (first candidate), shipped with opencc."""
    text = resources.files("opencc").joinpath("dictionary/TSCharacters.txt").read_text(encoding="utf-8")
    mapping: dict[str, str] = {}
    for line in text.splitlines():
        traditional, _, simplified = line.partition("\t")
        candidates = simplified.split()
        if len(traditional) == 1 and candidates and len(candidates[0]) == 1:
            mapping[traditional] = candidates[0]
    return mapping


def _fold_char(char: str, simplified: dict[str, str]) -> int:
    """The code point `char` folds to: 0 to drop it, DIGIT for any digit, else a lowercase simplified letter."""
    kept = [
        simplified.get(c, c).lower()
        for c in unicodedata.normalize("NFKC", char)
        if unicodedata.category(c)[0] in "LN"
    ]
    if not kept:
        return 0
    # An NFKC expansion ("㈠" -> "(一)", "ﬁ" -> "fi") keeps its first letter: consistent for every copy,
    # and such characters are too rare in these texts to move a similarity.
    first = kept[0][0]
    return DIGIT if first.isdigit() else ord(first)


@lru_cache(maxsize=1)
def fold_table() -> np.ndarray:
    """The fold of every Basic Multilingual Plane code point; code points above it are kept as they are."""
    simplified = _simplified_characters()
    table = np.zeros(_BMP, dtype=np.uint32)
    for code in range(_BMP):
        if 0xD800 <= code < 0xE000:  # surrogates never occur in a decoded str
            continue
        table[code] = _fold_char(chr(code), simplified)
    return table


@numba.njit(cache=True)
def _fold_kernel(codes: np.ndarray, table: np.ndarray) -> np.ndarray:
    out = np.empty(codes.shape[0], dtype=np.uint32)
    size = 0
    previous = np.uint32(0)
    for code in codes:
        folded = table[code] if code < table.shape[0] else code
        if folded == 0:
            continue  # dropped characters do not break a digit run: "1,000" folds like "1000"
        if folded == DIGIT and previous == DIGIT:
            continue
        out[size] = folded
        size += 1
        previous = folded
    return out[:size]


def fold_codes(text: str) -> np.ndarray:
    """The folded code points of `text`, as uint32."""
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    return _fold_kernel(codes, fold_table())


def fold_text(text: str) -> str:
    """The folded text, for tests and for reading what the hashes see.

    >>> fold_text("今年2月,在區衛生局 1,250 人…")
    '今年0月在区卫生局0人'
    """
    return fold_codes(text).tobytes().decode("utf-32-le")
