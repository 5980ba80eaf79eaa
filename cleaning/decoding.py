"""Turns a page's bytes into text, checking every declared charset against the bytes and recording how it chose."""

from __future__ import annotations

import codecs
import re
from functools import cache
from typing import NamedTuple

import numpy as np

from cleaning.errors import EmptyPage, UndecodablePage
from cleaning.models import PageKind

# Browsers look for <meta charset> in the first 1024 bytes (WHATWG "prescan"); template sites put long
# comments and scripts before it, so we look four times as far.
META_SNIFF_BYTES = 4096
# charset-normalizer takes ~1 s on a 1 MB page; 32 KB of a page is thousands of characters, plenty to tell
# the CJK codecs apart, and keeps the slow path at tens of milliseconds.
DETECTION_PREFIX_BYTES = 32 * 1024
# Plausibility is measured on a page's first this-many non-ASCII characters: several articles' worth (the
# longest seed has 9,708), so more text barely moves a share, and it bounds the cost on huge pages.
SCORED_CHARS = 20_000
# Share of non-ASCII characters that must be common Hanzi, CJK punctuation or pinyin for a reading to count
# as Chinese text. Measured on the seeds: correct readings score 0.9997-1.0 (seed 004, traditional with pinyin,
# 1.0); the Big5 seed read as GB18030 -- which decodes without a single error -- scores 0.33.
PLAUSIBLE_SHARE = 0.8
# Two plausible readings this close are a tie: the declared one, or else charset-normalizer, decides.
TIE_MARGIN = 0.02

_BOMS = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_BINARY_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document (.doc/.xls)"),
    (b"\x1f\x8b", "gzip-compressed data; decompress it first"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x7fELF", "executable"),
)

# Every label of the GB family decodes as GB18030, its superset, as browsers do (WHATWG Encoding: gb2312 and
# gbk are labels of the GBK decoder, which is the GB18030 decoder); Big5 labels decode as Big5-HKSCS, the
# superset browsers use; Latin-1 labels as windows-1252, again the browser behaviour.
_LABEL_FAMILIES = {
    "gb18030": (
        "gb2312", "gb_2312", "gb_2312-80", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "gb18030",
        "chinese", "csgb2312", "csiso58gb231280", "iso-ir-58", "euc-cn", "x-euc-cn", "eucgb2312_cn",
    ),
    "big5hkscs": ("big5", "big-5", "big5-hkscs", "big5hkscs", "cn-big5", "csbig5", "x-x-big5"),
    "utf-8": ("utf-8", "utf8", "unicode-1-1-utf-8", "utf_8"),
    "cp1252": ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "windows-1252", "cp1252"),
}
_CODEC_FOR_LABEL = {label: codec for codec, labels in _LABEL_FAMILIES.items() for label in labels}

_META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
# Code points are counted a slice of the text at a time, so a huge page is not converted whole for 20,000 of them.
_CODE_CHUNK_CHARS = 1 << 16


class Decoded(NamedTuple):
    text: str
    encoding: str  # a Python codec name: "utf-8", "gb18030", "big5hkscs", ...
    method: str  # "bom", "ascii", "utf8-valid", "declared", "declared-overridden:<label>", "detected"


class Declared(NamedTuple):
    label: str  # as written in the header or the page, lower-cased
    codec: str | None  # the Python codec it names, None when Python knows no such charset


class Reading(NamedTuple):
    codec: str
    text: str
    score: float  # share of non-ASCII characters that are plausible in Chinese text


def decode_page(body: bytes, *, transport_charset: str | None = None, kind: PageKind = "html") -> Decoded:
    """Decode `body` with the charset that reads as real text, trusting no label the bytes contradict.

    Raises EmptyPage for empty or whitespace-only bodies and UndecodablePage when no charset gives readable text.

    >>> decode_page("清文".encode("gb18030"), transport_charset="gb2312")
    Decoded(text='清文', encoding='gb18030', method='declared')
    """
    if not body.strip():
        raise EmptyPage("the page is empty or holds only whitespace")
    decoded = _decode_with_bom(body)
    if decoded is None:
        _refuse_binary(body)
        decoded = _decode_without_bom(body, _declared_charsets(body, transport_charset, kind))
    if not decoded.text.strip():
        raise EmptyPage("the page holds only whitespace once decoded")
    return decoded


def codec_for_label(label: str) -> str | None:
    """The Python codec a charset label names, widened to the superset browsers use; None if unknown.

    >>> codec_for_label("GB2312"), codec_for_label("big5"), codec_for_label("UTF8"), codec_for_label("nope")
    ('gb18030', 'big5hkscs', 'utf-8', None)
    """
    label = label.strip().strip("\"'").lower()
    if label in _CODEC_FOR_LABEL:
        return _CODEC_FOR_LABEL[label]
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return _CODEC_FOR_LABEL.get(name, name)


def plausibility(text: str) -> float:
    """Share of the non-ASCII characters of `text` that are common in Chinese writing (1.0 if there are none).

    Mojibake from the wrong CJK codec is full of rare Hanzi, kana, Greek and private-use characters.

    >>> plausibility("学习科学发展观,學習科學發展觀。")
    1.0
    >>> plausibility("衛生局深入學習科學發展觀，整改落實階段總結。".encode("big5").decode("gb18030"))
    0.5
    """
    chunks: list[np.ndarray] = []
    collected = 0
    for start in range(0, len(text), _CODE_CHUNK_CHARS):
        piece = text[start : start + _CODE_CHUNK_CHARS]
        codes = np.frombuffer(piece.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        chunks.append(codes[codes > 0x7F])
        collected += chunks[-1].size
        if collected >= SCORED_CHARS:
            break
    if not collected:
        return 1.0
    scored = np.concatenate(chunks)[:SCORED_CHARS]
    table = _plausible_table()
    plausible = np.count_nonzero(table[scored[scored < table.size]])
    return 1 - (scored.size - int(plausible)) / scored.size


def _decode_with_bom(body: bytes) -> Decoded | None:
    for bom, codec in _BOMS:
        if body.startswith(bom):
            try:
                return Decoded(body[len(bom) :].decode(codec), codec, "bom")
            except UnicodeDecodeError as error:
                raise UndecodablePage(
                    f"starts with a {codec} byte-order mark but byte {error.start + len(bom)} is not {codec}; "
                    "the file is damaged or mixes encodings: re-save it in one encoding"
                ) from None
    return None


def _refuse_binary(body: bytes) -> None:
    for magic, what in _BINARY_MAGIC:
        if body.startswith(magic):
            raise UndecodablePage(f"binary file ({what}), not a web page")
    if b"\x00" in body[:META_SNIFF_BYTES]:
        raise UndecodablePage(
            "binary file (contains NUL bytes), not a web page; if it is UTF-16 text without a byte-order mark, "
            "re-save it as UTF-8"
        )


def _declared_charsets(body: bytes, transport_charset: str | None, kind: PageKind) -> list[Declared]:
    """Labels in the order a browser trusts them: the transport's, then the page's own <meta> or XML declaration."""
    labels = [transport_charset] if transport_charset else []
    if kind == "html":
        head = body[:META_SNIFF_BYTES]
        for pattern in (_META_CHARSET, _XML_ENCODING):
            if found := pattern.search(head):
                labels.append(found.group(1).decode("ascii"))
                break
    return [Declared(label.strip().lower(), codec_for_label(label)) for label in labels]


def _decode_without_bom(body: bytes, declared: list[Declared]) -> Decoded:
    # the label the page is judged by: the first one Python knows, else the first one at all (to name it)
    stated = next((d for d in declared if d.codec), declared[0] if declared else None)
    if body.isascii():
        return Decoded(body.decode("ascii"), "ascii", "ascii")
    # Valid UTF-8 wins outright: GBK or Big5 text longer than a couple of characters is never valid UTF-8 by
    # chance, whereas UTF-8 pages wrongly labelled gb2312 are common after a site migration.
    utf8 = _strict_decode(body, "utf-8")
    if utf8 is not None:
        return Decoded(utf8, "utf-8", _method("utf-8", stated, undeclared="utf8-valid"))

    readings = _readings(body, [d.codec for d in declared if d.codec] + ["gb18030", "big5hkscs"])
    if _needs_detection(readings, stated):
        detected = _detect(body)
        if detected and all(r.codec != detected for r in readings):
            readings += _readings(body, [detected])
    chosen = _choose(readings, stated)
    if chosen is None:
        raise UndecodablePage(_no_reading_reason(body, readings, declared))
    return Decoded(chosen.text, chosen.codec, _method(chosen.codec, stated, undeclared="detected"))


def _readings(body: bytes, codecs_to_try: list[str]) -> list[Reading]:
    readings: list[Reading] = []
    for codec in dict.fromkeys(codecs_to_try):
        text = _strict_decode(body, codec)
        if text is None and codec == "big5hkscs":
            # cp950 (Microsoft's Big5) has a few code points Big5-HKSCS lacks, e.g. the euro sign at 0xA3E1
            codec, text = "cp950", _strict_decode(body, "cp950")
        if text is not None:
            readings.append(Reading(codec, text, plausibility(text)))
    return readings


def _strict_decode(body: bytes, codec: str) -> str | None:
    """`body` decoded without any replacement; a character cut off by the end of the bytes is dropped.

    Crawlers that cap the body size cut pages mid-character; that must not cost the page its charset.
    """
    try:
        return codecs.getincrementaldecoder(codec)(errors="strict").decode(body, final=False)
    except UnicodeDecodeError:
        return None


def _needs_detection(readings: list[Reading], stated: Declared | None) -> bool:
    plausible = sorted((r for r in readings if r.score >= PLAUSIBLE_SHARE), key=lambda r: -r.score)
    if not plausible:
        return True
    tied = len(plausible) > 1 and plausible[0].score - plausible[1].score < TIE_MARGIN
    return tied and not any(stated and _same_codec(r.codec, stated.codec) for r in plausible)


def _choose(readings: list[Reading], stated: Declared | None) -> Reading | None:
    plausible = [r for r in readings if r.score >= PLAUSIBLE_SHARE]
    if not plausible:
        return None
    best = max(plausible, key=lambda r: r.score)  # max keeps the first of equals: declared, then gb18030
    for reading in plausible:
        if stated and _same_codec(reading.codec, stated.codec) and reading.score >= best.score - TIE_MARGIN:
            return reading
    return best


def _detect(body: bytes) -> str | None:
    """charset-normalizer's guess on a prefix cut at a line end (never inside a multi-byte character)."""
    from charset_normalizer import from_bytes  # imported here: it costs ~0.2 s and most pages never need it

    prefix = body[:DETECTION_PREFIX_BYTES]
    if len(body) > DETECTION_PREFIX_BYTES and b"\n" in prefix:
        prefix = prefix[: prefix.rindex(b"\n") + 1]
    best = from_bytes(prefix).best()
    return codec_for_label(best.encoding) if best else None


def _method(codec: str, stated: Declared | None, *, undeclared: str) -> str:
    if stated is None:
        return undeclared
    if _same_codec(codec, stated.codec):
        return "declared"
    return f"declared-overridden:{stated.label}"


def _same_codec(codec: str, declared_codec: str | None) -> bool:
    # a Big5 label is honoured whether Big5-HKSCS or its cp950 fallback decoded the bytes
    return codec == declared_codec or {codec, declared_codec} == {"big5hkscs", "cp950"}


def _no_reading_reason(body: bytes, readings: list[Reading], declared: list[Declared]) -> str:
    if readings:
        scores = ", ".join(f"{r.codec} has {r.score:.0%} common characters" for r in readings)
        found = f"no charset reads these {len(body)} bytes as Chinese text ({scores}; {PLAUSIBLE_SHARE:.0%} needed)"
    else:
        found = f"none of utf-8, gb18030, big5hkscs, cp950 decodes these {len(body)} bytes without errors"
    unknown = [d.label for d in declared if d.codec is None]
    note = f"; the declared charset {unknown[0]!r} is unknown to Python" if unknown else ""
    return (
        f"{found}{note}; the file may be binary, damaged or in an unsupported encoding: "
        "check its source or re-save it as UTF-8"
    )


_CJK_PUNCTUATION = (
    range(0x3000, 0x3040),  # CJK symbols and punctuation: 、。〈〉《》「」【】
    range(0xFF00, 0xFFF0),  # full-width forms: ,:;()!?
    range(0x2000, 0x2070),  # general punctuation: — … “ ” ‘ ’
)


@cache
def _plausible_table() -> np.ndarray:
    """Whether each code point is plausible, indexed by code point: counting over a page's code points runs in
    numpy (~20 µs a reading), where str.translate against a dict costs ~0.25 ms."""
    codes = [ord(char) for char in _common_characters()] + [code for block in _CJK_PUNCTUATION for code in block]
    table = np.zeros(max(codes) + 1, dtype=np.bool_)
    table[codes] = True
    return table


@cache
def _common_characters() -> frozenset[str]:
    """Common Hanzi (GB2312 level 1, 3,755 characters; Big5 level 1, 5,401), GB2312's symbol rows, and pinyin.

    Taken from the standards' own frequency tiers, through the codecs, so no word list has to be shipped.
    """
    characters: set[str] = set()
    # GB2312 rows 1-3 (symbols, numbered forms ①⑴Ⅰ, full-width ASCII) and rows 16-55 (level 1 Hanzi)
    for lead in [*range(0xA1, 0xA4), *range(0xB0, 0xD8)]:
        characters.update(_decodable_pairs("gb2312", lead, range(0xA1, 0xFF)))
    # Big5 level 1 ("frequently used characters", 0xA440-0xC67E)
    for lead in range(0xA4, 0xC7):
        trails = range(0x40, 0x7F) if lead == 0xC6 else [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
        characters.update(_decodable_pairs("big5", lead, trails))
    characters.update("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ·×÷°±")  # pinyin glosses (seed 004) and Latin-1 symbols
    characters.update(chr(code) for code in range(0xAC00, 0xD7A4))  # Hangul: GB18030/Big5 mojibake never holds it
    return frozenset(characters)


def _decodable_pairs(codec: str, lead: int, trails) -> list[str]:
    pairs = []
    for trail in trails:
        try:
            pairs.append(bytes((lead, trail)).decode(codec))
        except UnicodeDecodeError:
            continue
    return pairs
