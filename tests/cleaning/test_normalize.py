"""Tests for pinyin stripping, traditional-to-simplified conversion and the whitespace policy."""

from __future__ import annotations

from pathlib import Path

import pytest

from cleaning.normalize import (
    PINYIN_RULE,
    TRADITIONAL_SHARE,
    strip_pinyin,
    tidy_whitespace,
    to_simplified,
    traditional_share,
)

SEEDS = Path(__file__).parent.parent / "fixtures" / "seeds"


@pytest.mark.parametrize(
    ("text", "expected", "removed"),
    [
        ("衛(wèi)生局深入學習科學發(fā)展觀", "衛生局深入學習科學發展觀", ["(wèi)", "(fā)"]),
        ("整改落實階段總結(jié)", "整改落實階段總結", ["(jié)"]),
        ("中心環(huán)節", "中心環節", ["(huán)"]),
        ("總結（zǒng jié）報告", "總結報告", ["（zǒng jié）"]),
        ("網(wǎng)友上傳", "網友上傳", ["(wǎng)"]),
        ("開(kai)展工作", "開展工作", ["(kai)"]),  # toneless, but after a traditional character
    ],
)
def test_pinyin_after_hanzi_is_dropped_and_recorded(text, expected, removed):
    result, removals = strip_pinyin(text)
    assert result == expected
    assert [r.text for r in removals] == removed
    assert {r.rule for r in removals} == {PINYIN_RULE}


@pytest.mark.parametrize(
    "text",
    [
        "(一)高度重视,强化组织领导。",
        "局机关党支部党员41名(其中:在职25人,离退休16人)。",
        "(1)医院党委纪检委员切实履行职责",
        "如CT机(CT)每年维修费用就达几十万元",
        "在(2021)年度考核中",
        "开展(an)活动",  # toneless syllable after a simplified character: not a gloss habit
        "采用PDCA(pdca)循环管理",
        "护理部(A)组",
    ],
)
def test_brackets_that_are_not_pinyin_stay(text):
    assert strip_pinyin(text) == (text, [])


def test_seed_004_loses_all_its_pinyin_and_converts():
    raw = next(SEEDS.glob("004_*.txt")).read_text(encoding="utf-8")
    text, removals = strip_pinyin(raw)
    assert len(removals) == 74
    assert "(" not in text.split("\n")[0]
    simplified, converted = to_simplified(text)
    assert converted
    assert simplified.startswith("卫生局深入学习科学发展观活动整改落实阶段总结")


@pytest.mark.parametrize("seed", sorted(SEEDS.glob("00[0-3]_*.txt")), ids=lambda p: p.name)
def test_simplified_seeds_are_left_alone(seed):
    text = seed.read_text(encoding="utf-8")
    assert to_simplified(text) == (text, False)
    assert traditional_share(text) < TRADITIONAL_SHARE


def test_a_few_stray_traditional_characters_do_not_convert_a_simplified_page():
    page = "区卫生局按照市委、区委的统一安排部署开展学习教育活动,取得明显成效。" * 20 + "臺灣"
    assert to_simplified(page) == (page, False)


def test_empty_and_non_han_text():
    assert to_simplified("") == ("", False)
    assert to_simplified("ABC 123") == ("ABC 123", False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("第一段\n\n\n第二段", "第一段\n第二段"),
        ("\u3000\u3000今年2月,在区卫生局", "今年2月,在区卫生局"),
        ("分别达 和 %,超出\t目标", "分别达 和 %,超出 目标"),
        ("a\u00a0\u00a0b", "a b"),
        ("行一\r\n行二\r行三", "行一\n行二\n行三"),
        ("零\u200b宽", "零宽"),
        ("今年2月,在区…（一）：", "今年2月,在区…（一）："),  # punctuation width kept as published
        ("   \n\t\n", ""),
    ],
)
def test_tidy_whitespace_policy(text, expected):
    assert tidy_whitespace(text) == expected


def test_tidy_whitespace_is_idempotent():
    text = "  一、基本情况 \n\n\u3000全系统有33个医疗卫生机构。 \n"
    once = tidy_whitespace(text)
    assert tidy_whitespace(once) == once


def test_traditional_share_counts_what_the_definition_counts():
    from cleaning.normalize import DETECTION_SAMPLE_CHARS, _traditional_chars

    traditional = sorted(_traditional_chars())
    astral = next(char for char in traditional if ord(char) > 0xFFFF)  # t2s rewrites a few characters past the BMP
    texts = [
        "衛生局學習 abc",
        "卫生局学习 abc",
        "abc 123",
        "",
        f"{astral}卫生局",
        "卫" * (DETECTION_SAMPLE_CHARS - 1) + "衛" * 50,  # only the first DETECTION_SAMPLE_CHARS count
        "".join(traditional[:2000]) + "卫生。“”\ud800",
    ]
    for text in texts:
        sample = text[:DETECTION_SAMPLE_CHARS]
        non_ascii = [char for char in sample if ord(char) > 0x7F]
        expected = sum(char in _traditional_chars() for char in non_ascii) / len(non_ascii) if non_ascii else 0.0
        assert traditional_share(text) == expected, text[:20]


def test_pinyin_glosses_found_where_the_lookbehind_first_patterns_found_them():
    """The gloss patterns open with the bracket for speed; they must match exactly what the same patterns opening
    with the lookbehind (the plain way to write them) match."""
    import random
    import re

    from cleaning.normalize import _PINYIN_LETTERS, _SYLLABLE, _TONED_GLOSS, _TONELESS_GLOSS, _TONED_VOWELS

    toned = re.compile(
        rf"(?<=[\u4e00-\u9fff])[(（](?=[{_PINYIN_LETTERS} ]*[{_TONED_VOWELS}])[{_PINYIN_LETTERS}]+(?: [{_PINYIN_LETTERS}]+)*[)）]"
    )
    toneless = re.compile(rf"(?<=([\u4e00-\u9fff]))[(（]({_SYLLABLE})[)）]")
    rng = random.Random(3)
    pieces = ["衛", "生", "a", "(", "（", ")", "）", "wèi", "zǒng jié", "kai", "shang", "CT", " ", "1", "一", "。"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        assert [m.span() for m in _TONED_GLOSS.finditer(text)] == [m.span() for m in toned.finditer(text)], text
        assert [(m.span(), m.groups()) for m in _TONELESS_GLOSS.finditer(text)] == [
            (m.span(), m.groups()) for m in toneless.finditer(text)
        ], text
