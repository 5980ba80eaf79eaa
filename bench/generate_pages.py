"""Generates a folder of template-essay HTML pages (seed paragraphs in varied site chrome and charsets) for benchmarks."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "tests" / "fixtures" / "seeds"

SITES = [("范文之家", "fanwen.example.cn", "gb2312"), ("公文素材网", "gongwen.example.com", "utf-8"),
         ("总结大全", "zongjie.example.net", "gbk")]


def seed_paragraphs() -> list[str]:
    paragraphs = []
    for path in sorted(SEEDS.glob("00[123]_*.txt")):
        paragraphs += [p.strip() for p in path.read_text(encoding="utf-8").splitlines() if len(p.strip()) > 80]
    return paragraphs


def render_page(n: int, rng: random.Random, paragraphs: list[str]) -> tuple[bytes, str]:
    site, host, charset = SITES[n % len(SITES)]
    title = f"第{n}单位{rng.choice(['上半年', '年度', '专项', '阶段'])}工作总结"
    body = "".join(f"<p>{p}</p>\n" for p in rng.sample(paragraphs, rng.randint(6, 14)))
    if n % 4 == 0:
        body += f"<p>……(未完,全文共{rng.randint(3000, 6000)}字,当前只显示1800字,开通会员后查看全文)……</p>\n"
    html = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{title}_{site}</title></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zj/">工作总结</a> | <a href="/jh/">工作计划</a>
<form><input name="q"><button>搜索</button></form></div>
<div class="crumb">当前位置:<a href="/">{site}</a> &gt; <a href="/zj/">工作总结</a> &gt; 正文</div>
<div class="main"><h1>{title}</h1>
<div class="info">来源:{site} 作者:佚名 时间:2021-0{1 + n % 9}-1{n % 10} 浏览:{n * 7}次</div>
<div class="content">
{body}</div>
<div class="pages">上一篇:<a href="/a/{n - 1}.html">某某总结</a> 下一篇:<a href="/a/{n + 1}.html">某某计划</a></div>
</div>
<div class="side"><h3>热门文章</h3><ul><li><a href="/x/1.html">个人工作总结范文</a></li>
<li><a href="/x/2.html">年终总结怎么写</a></li></ul></div>
<div class="foot">Copyright © {host} 版权所有 备案号:京ICP备00000000号</div>
</body></html>
"""
    return html.encode(charset, errors="ignore"), charset


def generate(folder: Path, pages: int, seed: int = 1) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    paths = []
    for n in range(pages):
        data, _ = render_page(n, rng, paragraphs)
        path = folder / f"page_{n:05d}.html"
        path.write_bytes(data)
        paths.append(path)
    return paths


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--pages", type=int, default=2000)
    args = parser.parse_args()
    generate(args.folder, args.pages)
