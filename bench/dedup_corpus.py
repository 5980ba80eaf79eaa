"""Generated corpora for the dedup benches: a labelled set of copies built from the seeds, and fast synthetic text."""

from __future__ import annotations

import random
from collections import Counter
import re
from pathlib import Path

import numpy as np
import opencc

SEEDS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "seeds"
_UNITS = ["区卫生局", "县卫生局", "市卫生局", "县教育局", "区民政局", "镇人民政府", "市疾控中心", "县人民医院"]


def seed_sentences() -> list[str]:
    """Every sentence of the seed pages (split after 。!?;), the stock phrases of the genre."""
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    to_simplified = opencc.OpenCC("t2s")
    text = to_simplified.convert(re.sub(r"\([a-zü]+\d?\)", "", text))
    return sorted({s.strip() for s in re.split(r"(?<=[。!?;！？；])", text) if len(s.strip()) >= 12})


def make_article(rng: random.Random, sentences: list[str], chars: int, opening: list[str] | None = None) -> str:
    """A same-theme article: seed sentences drawn at random into paragraphs of 3-6 sentences."""
    paragraphs: list[str] = [" ".join(opening)] if opening else []
    total = sum(map(len, paragraphs))
    while total < chars:
        paragraph = "".join(rng.sample(sentences, rng.randint(3, 6)))
        paragraphs.append(paragraph)
        total += len(paragraph)
    return "\n\n".join(paragraphs)


def refill(rng: random.Random, text: str) -> str:
    """Another unit's copy: unit names swapped, a third of the numbers changed."""
    unit = rng.choice(_UNITS)
    text = re.sub("|".join(_UNITS + ["卫生局", "我中心", "我局"]), unit, text)
    # other names and terms swapped too: six frequent two-character words each become another word
    words = Counter(text[i : i + 2] for i in range(len(text) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", text[i : i + 2]))
    for word, _ in words.most_common(6):
        text = text.replace(word, rng.choice(["某某", "张三", "李四", "东城", "西区", "南山"]))
    return re.sub(r"\d+", lambda m: str(rng.randint(1, 999)) if rng.random() < 0.34 else m.group(), text)


def paywall(rng: random.Random, text: str) -> str:
    return text[: int(len(text) * rng.uniform(0.35, 0.55))]


def drop_paragraph(rng: random.Random, text: str) -> str:
    paragraphs = text.split("\n\n")
    longest = max(range(len(paragraphs)), key=lambda i: len(paragraphs[i]))
    return "\n\n".join(p for i, p in enumerate(paragraphs) if i != longest)


def traditional(rng: random.Random, text: str) -> str:
    return opencc.OpenCC("s2t").convert(text)


VARIANTS = {"refill": refill, "paywall": paywall, "drop_paragraph": drop_paragraph, "traditional": traditional}


def labelled_set(clusters: int = 60, seed: int = 7) -> list[dict]:
    """Records {id, text, truncated, cluster, variant}: `clusters` articles, each with 0-10 copies of every kind,
    and pairs of different articles sharing an opening paragraph (hard negatives)."""
    rng = random.Random(seed)
    sentences = seed_sentences()
    records = []
    for cluster in range(clusters):
        if cluster % 2 == 0:
            opening = rng.sample(sentences, 3)
            base = make_article(rng, sentences, rng.randint(1500, 4000), opening=opening)
        else:
            # a same-theme sibling of the previous article: its opening paragraph and a third of its sentences
            shared = rng.sample(re.split(r"(?<=[。!?;])", previous), 12)
            base = make_article(rng, sentences + shared * 20, rng.randint(1500, 4000), opening=opening)
        previous = base
        copies = [("original", base)]
        for _ in range(rng.randint(0, 10)):
            kind = rng.choice(list(VARIANTS))
            copies.append((kind, VARIANTS[kind](rng, base)))
        for number, (kind, text) in enumerate(copies):
            records.append(
                {"id": f"c{cluster}-{number}", "text": text, "truncated": kind == "paywall", "cluster": cluster, "variant": kind}
            )
    rng.shuffle(records)
    return records


def synthetic_documents(count: int, *, chars: int = 3000, copy_every: int = 10, seed: int = 11):
    """Yield (id, text, truncated) fast: random sentences over a 20,000-sentence vocabulary of random words, and
    every `copy_every`-th document a refilled or paywalled copy of a recent one."""
    rng = np.random.default_rng(seed)
    alphabet = np.array(list("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严")
    )
    words = [
        "".join(rng.choice(alphabet, size=int(rng.integers(1, 5)))) for _ in range(30_000)
    ]
    sentences = []
    for _ in range(20_000):
        picked = rng.integers(0, len(words), size=int(rng.integers(6, 16)))
        sentences.append("".join(words[i] for i in picked) + "。")
    recent: list[str] = []
    per_doc = max(chars // 26, 1)  # generated sentences average ~26 characters
    for number in range(count):
        if number % copy_every == copy_every - 1 and recent:
            base = recent[int(rng.integers(0, len(recent)))]
            if number % 2:
                yield f"s{number}", base[: int(len(base) * 0.45)], True
            else:
                yield f"s{number}", re.sub(r"\d+", "7", base.replace("局", "院", 3)), False
            continue
        picked = rng.integers(0, len(sentences), size=per_doc)
        text = "".join(sentences[i] for i in picked)
        recent = (recent + [text])[-100:]
        yield f"s{number}", text, False
