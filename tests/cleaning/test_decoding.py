"""decode_page on seed text encoded with each codec under right, wrong and missing declarations."""

from __future__ import annotations

import codecs
import random
import time
from pathlib import Path

import pytest

from cleaning.decoding import PLAUSIBLE_SHARE, codec_for_label, decode_page, plausibility
from cleaning.errors import EmptyPage, UndecodablePage

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds"
SIMPLIFIED = (SEEDS / "001_93018d775d81dee2.txt").read_text(encoding="utf-8")
TRADITIONAL = (SEEDS / "004_ed6df0b4be30bd83.txt").read_text(encoding="utf-8")
# GBK-only (镕 喆 堃) and GB18030-only (㐀, four bytes) characters: outside GB2312, yet on GB2312-labelled pages
BEYOND_GB2312 = "朱镕基、张喆、王堃和㐀字也在页面上。"


def html_page(text: str, meta: str = "") -> str:
    return f"<html><head>{meta}<title>工作</title></head><body><p>{text}</p></body></html>"


def meta_charset(label: str) -> str:
    return f'<meta charset="{label}">'


def http_equiv(label: str) -> str:
    return f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'


@pytest.mark.parametrize(
    "text, codec, meta, transport, expected_encoding, expected_method",
    [
        # declared and right
        (SIMPLIFIED, "gb18030", meta_charset("gb2312"), None, "gb18030", "declared"),
        (SIMPLIFIED, "gb18030", http_equiv("GBK"), None, "gb18030", "declared"),
        (TRADITIONAL, "big5hkscs", http_equiv("big5"), None, "big5hkscs", "declared"),
        (SIMPLIFIED, "utf-8", meta_charset("utf-8"), None, "utf-8", "declared"),
        (SIMPLIFIED, "gb18030", "", "gbk", "gb18030", "declared"),
        # GB2312 declared, GBK/GB18030-only characters present: decoded with the superset
        (SIMPLIFIED + BEYOND_GB2312, "gb18030", meta_charset("gb2312"), None, "gb18030", "declared"),
        # no declaration at all
        (SIMPLIFIED, "gb18030", "", None, "gb18030", "detected"),
        (TRADITIONAL, "big5hkscs", "", None, "big5hkscs", "detected"),
        (SIMPLIFIED, "utf-8", "", None, "utf-8", "utf8-valid"),
        # declared wrong
        (SIMPLIFIED, "gb18030", meta_charset("utf-8"), None, "gb18030", "declared-overridden:utf-8"),
        (TRADITIONAL, "big5hkscs", meta_charset("gb2312"), None, "big5hkscs", "declared-overridden:gb2312"),
        (TRADITIONAL, "utf-8", http_equiv("gb2312"), None, "utf-8", "declared-overridden:gb2312"),
        (SIMPLIFIED, "gb18030", meta_charset("iso-8859-1"), None, "gb18030", "declared-overridden:iso-8859-1"),
        # the transport's label outranks the page's own, but is checked like it
        (SIMPLIFIED, "gb18030", meta_charset("utf-8"), "gb2312", "gb18030", "declared"),
        (TRADITIONAL, "big5hkscs", meta_charset("big5"), "gb2312", "big5hkscs", "declared-overridden:gb2312"),
        # an unknown label is no evidence
        (SIMPLIFIED, "gb18030", meta_charset("x-no-such-charset"), None, "gb18030", "declared-overridden:x-no-such-charset"),
    ],
)
def test_decodes_html_exactly(text, codec, meta, transport, expected_encoding, expected_method):
    page = html_page(text, meta)
    decoded = decode_page(page.encode(codec), transport_charset=transport)
    assert decoded.text == page
    assert (decoded.encoding, decoded.method) == (expected_encoding, expected_method)


def test_xml_declaration_counts_as_a_declaration():
    page = '<?xml version="1.0" encoding="gb2312"?>\n' + html_page(SIMPLIFIED)
    assert decode_page(page.encode("gb18030")) == (page, "gb18030", "declared")


def test_meta_is_not_looked_for_in_plain_text():
    text = meta_charset("utf-8") + TRADITIONAL
    assert decode_page(text.encode("big5hkscs"), kind="text") == (text, "big5hkscs", "detected")


def test_meta_after_the_sniffing_window_is_ignored():
    page = "<!--" + "x" * 5000 + "-->" + meta_charset("big5") + SIMPLIFIED
    assert decode_page(page.encode("gb18030")) == (page, "gb18030", "detected")


@pytest.mark.parametrize(
    "bom, codec, expected_encoding",
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
    ],
)
def test_byte_order_mark_wins_over_a_wrong_declaration(bom, codec, expected_encoding):
    page = html_page(TRADITIONAL, meta_charset("gb2312"))
    assert decode_page(bom + page.encode(codec), transport_charset="big5") == (page, expected_encoding, "bom")


def test_bom_followed_by_other_bytes_is_refused_with_the_offset():
    with pytest.raises(UndecodablePage, match=r"utf-8 byte-order mark but byte 3 is not utf-8"):
        decode_page(codecs.BOM_UTF8 + SIMPLIFIED.encode("gb18030"))


def test_character_cut_by_the_end_of_the_body_is_dropped_not_fatal():
    body = SIMPLIFIED.encode("utf-8")
    decoded = decode_page(body + "总".encode("utf-8")[:2])
    assert decoded == (SIMPLIFIED, "utf-8", "utf8-valid")
    big5 = TRADITIONAL.encode("big5hkscs") + "總".encode("big5hkscs")[:1]
    assert decode_page(big5, transport_charset="big5") == (TRADITIONAL, "big5hkscs", "declared")


def test_cp950_only_code_point_falls_back_to_cp950():
    # 0xA3E1 is the euro sign in cp950 (Microsoft Big5) and unassigned in Big5-HKSCS
    # (the pinyin glosses of seed 004 are not in cp950, so they are left out)
    text = TRADITIONAL[:300].encode("cp950", errors="ignore").decode("cp950") + "價格100€。"
    assert decode_page(text.encode("cp950"), transport_charset="big5", kind="text") == (text, "cp950", "declared")


def test_ascii_page():
    assert decode_page(b"<p>hello</p>", transport_charset="gb2312") == ("<p>hello</p>", "ascii", "ascii")


@pytest.mark.parametrize("body", [b"", b"   \r\n\t ", codecs.BOM_UTF8 + b"  \n", "\u3000\n".encode("utf-8")])
def test_empty_or_blank_pages(body):
    with pytest.raises(EmptyPage):
        decode_page(body)


@pytest.mark.parametrize(
    "body, what",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "PNG image"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive"),
        (b"\x1f\x8b\x08\x00\x00\x00\x00\x00", "gzip-compressed data"),
        (b"<html>\x00\x00\x00\x01</html>", "contains NUL bytes"),
    ],
)
def test_binary_files_are_named(body, what):
    with pytest.raises(UndecodablePage, match=rf"binary file \({what}"):
        decode_page(body)


def test_random_bytes_are_undecodable_with_an_actionable_reason():
    rng = random.Random(7)
    noise = bytes(rng.randrange(0x80, 0x100) for _ in range(4000))
    with pytest.raises(UndecodablePage, match=r"none of utf-8, gb18030, .* decodes these 4000 bytes.*re-save it as UTF-8"):
        decode_page(noise)


def test_text_that_decodes_but_reads_as_nonsense_is_refused():
    # every 37th CJK character, mostly rare ones: valid GB18030 bytes, but not text anyone wrote
    rare = "".join(chr(code) for code in range(0x4E00, 0x9FA5, 37) if chr(code) not in "的一是")[:400]
    body = rare.encode("gb18030")
    assert plausibility(rare) < PLAUSIBLE_SHARE  # the premise: mostly characters outside the common tiers
    with pytest.raises(UndecodablePage, match=r"no charset reads these \d+ bytes as Chinese text \(gb18030 has"):
        decode_page(body, transport_charset="gb2312")


def test_big5_bytes_read_as_gb18030_are_not_plausible():
    # the trap: GB18030 decodes Big5 bytes without a single error, into the wrong characters
    mojibake = TRADITIONAL.encode("big5hkscs").decode("gb18030")
    assert plausibility(mojibake) < PLAUSIBLE_SHARE <= plausibility(TRADITIONAL)


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("0*.txt")), ids=lambda p: p.name[:3])
def test_every_seed_reads_as_plausible_chinese(seed):
    assert plausibility(seed.read_text(encoding="utf-8")) >= PLAUSIBLE_SHARE


@pytest.mark.parametrize(
    "label, codec",
    [("GB2312", "gb18030"), ("x-gbk", "gb18030"), ("Big5", "big5hkscs"), ("UTF8", "utf-8"),
     ("iso-8859-1", "cp1252"), ("euc-kr", "euc_kr"), ('"gbk"', "gb18030"), ("bogus", None)],
)
def test_labels_name_python_codecs(label, codec):
    assert codec_for_label(label) == codec


def test_large_page_decodes_on_the_cheap_path_quickly():
    page = html_page(SIMPLIFIED * 200, meta_charset("gb2312")).encode("gb18030")  # ~5 MB
    started = time.perf_counter()
    decoded = decode_page(page)
    seconds = time.perf_counter() - started
    assert decoded.method == "declared"
    # generous bound for a shared 2-core machine; measured ~0.1 s
    assert seconds < 3, f"{len(page) / 1e6:.1f} MB took {seconds:.2f} s"


def test_unknown_transport_label_gives_way_to_the_pages_own():
    page = html_page(TRADITIONAL, meta_charset("big5"))
    assert decode_page(page.encode("big5hkscs"), transport_charset="x-unknown") == (page, "big5hkscs", "declared")


def _plausibility_char_by_char(text: str) -> float:
    """The definition, one character at a time: the share of the first SCORED_CHARS non-ASCII characters that are
    common Hanzi, CJK punctuation or pinyin."""
    from cleaning.decoding import SCORED_CHARS, _CJK_PUNCTUATION, _common_characters

    scored = [char for char in text if ord(char) > 0x7F][:SCORED_CHARS]
    if not scored:
        return 1.0
    punctuation = {chr(code) for block in _CJK_PUNCTUATION for code in block}
    implausible = [char for char in scored if char not in _common_characters() and char not in punctuation]
    return 1 - len(implausible) / len(scored)


def test_plausibility_counts_what_the_definition_counts():
    rng = random.Random(7)
    alphabet = "卫生局学习總結衛，。“”…abc 1\n" + "".join(chr(code) for code in (0x3042, 0x03B1, 0xE000, 0x20000, 0xD800))
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200))) for _ in range(200)]
    # past the 20,000 scored characters and across the slices the text is counted in
    texts.append("a" * 70_000 + "卫生局" * 5_000 + "ぁ" * 30_000)
    texts.append("ぁ" * 19_999 + "a" * 70_000 + "卫生局")
    for text in texts:
        assert plausibility(text) == _plausibility_char_by_char(text)
