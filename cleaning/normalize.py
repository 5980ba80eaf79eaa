"""Script and whitespace normalisation: drop pinyin glosses, convert traditional pages to simplified, tidy whitespace."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import numpy as np
import opencc
from opencc import OpenCC

from cleaning.models import Removal

PINYIN_RULE = "normalize/pinyin"

_TONED_VOWELS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ"
_PINYIN_LETTERS = f"a-zü{_TONED_VOWELS}"
# one or more syllables (space-separated for a word like 總結(zǒng jié)), at least one vowel carrying a tone mark.
# Both glosses open with the bracket and look back from it at the Han character: a pattern that opens with the
# lookbehind is tried at every position of the text (~45 µs a page), one that opens with [(（] only at brackets.
_TONED_GLOSS = re.compile(
    rf"[(（](?<=[\u4e00-\u9fff][(（])(?=[{_PINYIN_LETTERS} ]*[{_TONED_VOWELS}])[{_PINYIN_LETTERS}]+(?: [{_PINYIN_LETTERS}]+)*[)）]"
)
# a toneless gloss must be one well-formed syllable, lower case, so (CT), (sh), (ok) and (xx) never qualify
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|uan|ian|iao|uai|van|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|ve|er|a|o|e|i|u|v|ü)"
    r"(?:ng|n|r)?"
)
_TONELESS_GLOSS = re.compile(rf"[(（](?<=([\u4e00-\u9fff])[(（])({_SYLLABLE})[)）]")

# Share of non-ASCII characters (Han and CJK punctuation) that change under t2s above which a page is taken as
# traditional. Measured on the seeds: the traditional page (004) scores 0.33, the simplified ones 0; ordinary
# simplified text with a few stray traditional characters (a quoted name, an old brand) stays well under 0.01.
# 0.05 leaves a wide margin on both sides.
TRADITIONAL_SHARE = 0.05
# Characters sampled for that decision; the share is stable well before this many, and the sample keeps
# detection cheap on very long pages.
DETECTION_SAMPLE_CHARS = 3000


@lru_cache(maxsize=1)
def _t2s() -> OpenCC:
    """The converter, built once per process (loading its dictionaries is the slow part)."""
    return OpenCC("t2s")


@lru_cache(maxsize=1)
def _traditional_chars() -> frozenset[str]:
    """The characters t2s rewrites, read from the converter's own character table (TSCharacters.txt)."""
    table = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    chars = set()
    for line in table.read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        if len(source) == 1 and targets.split(" ")[0] != source:
            chars.add(source)
    return frozenset(chars)


@lru_cache(maxsize=1)
def _traditional_table() -> np.ndarray:
    """Whether t2s rewrites each code point, indexed by code point."""
    codes = [ord(char) for char in _traditional_chars()]
    table = np.zeros(max(codes) + 1, dtype=np.bool_)
    table[codes] = True
    return table


def strip_pinyin(text: str) -> tuple[str, list[Removal]]:
    """Drop pinyin glosses written right after a Han character, recording each removal.

    >>> strip_pinyin("衛(wèi)生局深入學習科學發(fā)展觀")[0]
    '衛生局深入學習科學發展觀'
    >>> strip_pinyin("(一)其中(其中:在职25人)(1)(CT)(2021)")[0]
    '(一)其中(其中:在职25人)(1)(CT)(2021)'
    """
    removals: list[Removal] = []

    def drop(found: re.Match[str]) -> str:
        removals.append(Removal(rule=PINYIN_RULE, text=found.group()))
        return ""

    text = _TONED_GLOSS.sub(drop, text)

    def drop_after_traditional(found: re.Match[str]) -> str:
        # toneless pinyin only counts after a traditional character: the gloss habit of those pages
        if found.group(1) not in _traditional_chars():
            return found.group()
        return drop(found)

    if "(" in text or "（" in text:
        text = _TONELESS_GLOSS.sub(drop_after_traditional, text)
    return text, removals


def traditional_share(text: str) -> float:
    """Share of the non-ASCII characters among the first DETECTION_SAMPLE_CHARS that t2s would rewrite.

    Counted in numpy over the code points, against the converter's character table: running the converter itself
    to find out costs ~3 ms a page, more than extraction; str.translate against that table ~0.1 ms; this ~15 µs.

    >>> traditional_share("衛生局學習") > 0.5, traditional_share("卫生局学习")
    (True, 0.0)
    """
    codes = np.frombuffer(text[:DETECTION_SAMPLE_CHARS].encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    non_ascii = np.count_nonzero(codes > 0x7F)
    if not non_ascii:
        return 0.0
    table = _traditional_table()
    traditional = np.count_nonzero(table[codes[codes < table.size]])
    return int(traditional) / int(non_ascii)


def to_simplified(text: str) -> tuple[str, bool]:
    """Convert a traditional-script page to simplified; a simplified page is returned as it is.

    >>> to_simplified("衛生局深入學習科學發展觀活動整改落實階段總結")
    ('卫生局深入学习科学发展观活动整改落实阶段总结', True)
    >>> to_simplified("卫生局深入学习科学发展观")
    ('卫生局深入学习科学发展观', False)
    """
    if traditional_share(text) <= TRADITIONAL_SHARE:
        return text, False
    return _t2s().convert(text), True


# every horizontal space a page uses: NBSP, ideographic space U+3000, tabs, en/em/thin spaces, narrow NBSP
_SPACES = re.compile(r"[ \t\u00a0\u3000\u2000-\u200a\u202f\u205f\f\v]+")
# zero-width characters carry nothing a reader sees
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")


def tidy_whitespace(text: str) -> str:
    """The one whitespace policy for every page: one space at most, no blank lines, paragraphs joined by "\\n".

    NBSP, U+3000 and tabs become spaces, runs of spaces collapse to one, lines are stripped and empty lines
    dropped. Punctuation width is kept as the page has it (`今年2月,在区…` keeps its half-width comma): the
    truth keeps the publisher's punctuation, and dedup folds widths for hashing on its own.

    >>> tidy_whitespace("\\u3000\\u3000第一段,\\t在区 \\u00a0 卫生局。\\r\\n\\n\\n  第二段  \\n")
    '第一段, 在区 卫生局。\\n第二段'
    """
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)
