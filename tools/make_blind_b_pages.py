"""Write the blind_b_ hold-out pages (many CMS layouts, every charset, some .txt pages) and their truth JSONs.

Written before reading qingwen's cleaning code or rule packs, from the seed README's catalogue of noise only, so the
scores of these pages say how the cleaner does on wordings and layouts nobody tuned it for.
Usage: python tools/make_blind_b_pages.py
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from html import escape
from pathlib import Path

from opencc import OpenCC

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_b_articles as A  # noqa: E402
from blind_b_articles import Article  # noqa: E402

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pages"
TO_TRADITIONAL = OpenCC("s2t")
TO_SIMPLIFIED = OpenCC("t2s")
HALF_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"})
# pinyin a traditional-script site prints after some characters (as seed 004 does: 衛(wèi)生, 發(fā)展)
PINYIN = {"衛": "wèi", "發": "fā", "結": "jié", "網": "wǎng", "轉": "zhuǎn", "質": "zhì", "體": "tǐ", "強": "qiáng",
          "優": "yōu", "濟": "jì", "實": "shí", "領": "lǐng", "導": "dǎo", "師": "shī"}


def key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def full_width(text: str) -> str:
    return text.translate(HALF_TO_FULL)


def traditional(text: str) -> str:
    converted = TO_TRADITIONAL.convert(text)
    assert TO_SIMPLIFIED.convert(converted) == text, "the article does not survive s2t and back; reword it"
    return converted


# OpenCC writes the mainland-standard traditional variants; Big5 (Taiwan) has the Taiwan forms of these instead
BIG5_FORMS = str.maketrans({"爲": "為", "裏": "裡", "綫": "線", "衆": "眾", "着": "著", "啓": "啟", "僞": "偽", "羣": "群"})


def with_pinyin(text: str, every: int = 2) -> str:
    """Pinyin after every `every`-th occurrence of the glossed characters, as a careless converter leaves them."""
    seen = 0
    out = []
    for char in text:
        out.append(char)
        if char in PINYIN:
            seen += 1
            if seen % every == 1:
                out.append(f"({PINYIN[char]})")
    return "".join(out)


def esc(text: str) -> str:
    return escape(text, quote=False)


def p_tags(paragraphs: list[str], indent: str = "") -> str:
    return "\n".join(f"<p>{indent}{esc(p)}</p>" for p in paragraphs)


def br_lines(paragraphs: list[str]) -> str:
    return "<br />\n".join(f"\u3000\u3000{esc(p)}" for p in paragraphs) + "<br />"


def cut(article: Article, paragraphs: int, chars: int = 0) -> tuple[list[str], str]:
    """The first `paragraphs` paragraphs and `chars` characters of the next one: what a paywalled page shows."""
    shown = article.paragraphs[:paragraphs]
    if chars:
        shown = shown + [article.paragraphs[paragraphs][:chars]]
    return shown, "\n".join(shown)


def write(name: str, content: str, encoding: str, spec: dict, without: list[str], declared: str | None = "as encoded") -> None:
    """Write the page in `encoding` and its truth JSON; check the truth is free of the noise it lists."""
    data = content.encode(encoding)
    (PAGES / name).write_bytes(data)
    truth = "\n".join(part["text"] for part in spec["truth"])
    for noise in without:
        assert key(noise) not in key(truth), (name, noise)
    assert all(len(part["text"]) >= 350 for part in spec["truth"]), name
    # "encoding" is the codec of the bytes (what a reader needs to decode the fixture); "declared" what the page says
    if declared == "as encoded":
        declared = None if name.endswith(".txt") else encoding
    full = {"input": name, "encoding": encoding, "declared_charset": declared, "sentences": "all", "without": without,
            **spec}
    (PAGES / name).with_suffix(".json").write_text(json.dumps(full, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def spec(parts: list[tuple[str, str]], published: str | None = None, canonical: str | None = None,
         truncated: bool = False, traditional_page: bool = False, omitted_min: int = 0) -> dict:
    out = {
        "title": parts[0][0] if len(parts) == 1 else [t for t, _ in parts],
        "parts": len(parts),
        "published": published,
        "canonical_url": canonical,
        "truncated": truncated,
        "converted_from_traditional": traditional_page,
        "truth": [{"title": t, "text": text} for t, text in parts],
    }
    if omitted_min:
        out["omitted_chars_min"] = omitted_min
    return out


def dede_gbk_table_paywall() -> None:
    """DedeCMS-style nested tables, declared gb2312 but served as GBK (喆), <br> paragraphs, tail paywall."""
    art = A.CDC_SUMMARY
    shown, truth = cut(art, 9, 31)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{art.title}_年终总结_精品公文网</title>
<meta name="keywords" content="疾控中心工作总结,年终总结" /></head>
<body><table width="960" align="center"><tr><td><a href="/"><img src="/logo.gif" alt="精品公文网" /></a></td>
<td>设为首页 | 加入收藏 | 会员登录 | 免费注册</td></tr></table>
<table width="960" align="center"><tr><td class="nav"><a href="/">网站首页</a> <a href="/zj/">工作总结</a> <a href="/jh/">工作计划</a> <a href="/jh/">讲话稿</a> <a href="/sz/">述职报告</a></td></tr></table>
<table width="960" align="center"><tr><td width="700" valign="top">
<table width="100%"><tr><td class="position">您的位置：<a href="/">主页</a> &gt; <a href="/zj/">工作总结</a> &gt; <a href="/zj/nz/">年终总结</a> &gt;</td></tr>
<tr><td align="center"><h2>{art.title}</h2></td></tr>
<tr><td align="center" class="info">来源：未知 作者：gwadmin 发布时间：2021-12-28 16:05 点击：<script src="/plus/count.php?aid=8812"></script>次</td></tr>
<tr><td class="content">{br_lines(full_width(p) for p in shown)}
……（未完，全文共2368字，当前仅显示1190字，请阅读下面提示信息。加入收藏本文）<br />
</td></tr>
<tr><td class="tips">温馨提示：如需阅读完整版，请登录后下载Word文档，会员免费。</td></tr>
<tr><td>上一篇：<a href="/zj/8811.html">县卫生健康局2021年工作总结</a><br />下一篇：<a href="/zj/8813.html">乡镇卫生院2021年度工作总结范文</a></td></tr>
<tr><td>相关文章：<a href="#">疾控中心个人工作总结</a> <a href="#">2022年疾控中心工作计划</a> <a href="#">疫情防控工作总结</a></td></tr>
</table></td>
<td width="250" valign="top"><table><tr><td>热门排行</td></tr><tr><td><a href="#">2021年党支部工作总结</a></td></tr><tr><td><a href="#">个人年终总结范文大全</a></td></tr></table></td></tr></table>
<table width="960" align="center"><tr><td class="footer">Copyright &copy; 2012-2022 精品公文网 版权所有 备案号：苏ICP备12345678号</td></tr></table>
</body></html>"""
    write("blind_b_dede_gbk_table_paywall.html", page, "gbk",
          spec([(art.title, truth)], published="2021-12-28", truncated=True, omitted_min=1178),
          ["您的位置", "发布时间", "未完", "当前仅显示", "温馨提示", "上一篇", "下一篇", "相关文章", "热门排行", "版权所有",
           "设为首页", "精品公文网", "点击："], declared="gb2312")


def phpcms_fold_sidebar() -> None:
    """PHPCMS-style divs, whole text inside a CSS fold with a 展开全文 button, sidebar of long teasers."""
    art = A.HOSPITAL_RECTIFICATION
    teasers = [
        ("关于落实主体责任情况的自查报告", "今年以来,我单位党组认真贯彻落实全面从严治党主体责任,坚持把党风廉政建设与业务工作同部署、同落实、同检查、同考核,现将自查情况报告如下……"),
        ("2022年医院党建工作总结", "一年来,医院党委坚持以习近平新时代中国特色社会主义思想为指导,紧紧围绕医院中心工作,认真落实党委领导下的院长负责制,推动党建工作与业务工作深度融合……"),
        ("县人民医院巡察整改工作汇报", "按照县委巡察办的要求,县人民医院对照巡察反馈的问题清单,逐项研究制定整改措施,明确整改时限,截至目前大部分问题已经整改到位……"),
    ]
    sidebar = "\n".join(f'<li><a href="/zg/{i}.html">{t}</a><p class="intro">{esc(s)}</p></li>' for i, (t, s) in enumerate(teasers))
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{art.title} - 整改报告 - 公文派</title>
<meta name="description" content="{art.paragraphs[0][:60]}"></head>
<body>
<div class="header"><div class="logo">公文派</div><div class="search"><input placeholder="请输入关键词"><button>搜索</button></div>
<div class="menu"><a href="/">首页</a><a href="/zj/">总结</a><a href="/zg/">整改报告</a><a href="/jh/">讲话</a></div></div>
<div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/gw/">公文写作</a> &gt; <a href="/zg/">整改报告</a> &gt; 正文</div>
<div class="main"><div class="left">
<h1>{art.title}</h1>
<div class="info"><span>发布时间：2022-06-28</span><span>来源：本站原创</span><span>作者：佚名</span><span>浏览：1,024次</span></div>
<div class="content" id="article" style="max-height:600px;overflow:hidden">
{p_tags([full_width(p) for p in art.paragraphs])}
</div>
<div class="readmore"><a href="javascript:;" onclick="unfold()">展开全文 ∨</a></div>
<div class="share">分享到：<a>微信</a><a>QQ空间</a><a>新浪微博</a></div>
<div class="prenext"><p>上一篇：<a href="/zg/100.html">关于巡察反馈问题整改落实情况的通报</a></p><p>下一篇：<a href="/zg/102.html">巡视整改专题民主生活会发言提纲</a></p></div>
</div>
<div class="right"><h3>推荐阅读</h3><ul>
{sidebar}
</ul></div></div>
<div class="footer"><p>本站部分文章来自网络，如有侵权请联系删除。</p><p>Copyright &copy; 2016-2023 公文派 gongwenpai.com 版权所有 京ICP备16000000号-1</p></div>
</body></html>"""
    write("blind_b_phpcms_fold_sidebar.html", page, "utf-8",
          spec([(art.title, art.body)], published="2022-06-28"),
          ["当前位置", "发布时间", "浏览：", "展开全文", "分享到", "上一篇", "推荐阅读", "自查报告", "医院党委坚持",
           "截至目前大部分问题", "侵权", "版权所有", "公文派"])


def wordpress_comments() -> None:
    """WordPress post: title in <title>, h1, breadcrumb and a bold first paragraph; h3 headings; reader comments."""
    art = A.TRAINING_INSIGHTS
    body = []
    for p in art.paragraphs:
        if re.match(r"^[一二三四五六七八九十]+、", p):
            body.append(f"<h3>{esc(full_width(p))}</h3>")
        else:
            body.append(f"<p>{esc(full_width(p))}</p>")
    comments = [
        ("学海无涯", "2021年11月5日 上午8:16", "写得很有条理，借鉴一下，谢谢分享！"),
        ("小周同学", "2021年11月6日 下午3:40", "第二部分那个小板凳工作法的例子用得好，能不能再多写几个案例？期待更新。"),
        ("匿名", "2021年11月9日 晚上9:02", "我们单位下周也要交培训心得，正好参考，收藏了。"),
    ]
    comment_html = "\n".join(
        f'<li class="comment"><div class="comment-author">{a}</div><div class="comment-meta">{d}</div><p>{c}</p><a class="reply">回复</a></li>'
        for a, d, c in comments)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="UTF-8"><title>{art.title} &#8211; 笔杆子范文网</title>
<link rel="stylesheet" href="/wp-content/themes/begin/style.css"></head>
<body class="post-template-default single">
<header id="masthead"><div class="site-branding"><p class="site-title"><a href="/">笔杆子范文网</a></p><p class="site-description">写材料，就上笔杆子</p></div>
<nav><ul><li><a href="/">首页</a></li><li><a href="/category/xinde/">心得体会</a></li><li><a href="/category/zongjie/">工作总结</a></li></ul></nav></header>
<div class="breadcrumb"><a href="/">首页</a> » <a href="/category/xinde/">心得体会</a> » {art.title}</div>
<article id="post-3721" class="post">
<header class="entry-header"><h1 class="entry-title">{art.title}</h1>
<div class="entry-meta"><span class="date"><time datetime="2021-11-03T09:12:00+08:00">2021年11月3日</time></span> <span class="cat"><a href="/category/xinde/">心得体会</a></span> <span class="views">阅读 2,316</span> <span class="comment">3 条评论</span></div></header>
<div class="entry-content">
<p><strong>{art.title}</strong></p>
{chr(10).join(body)}
<p class="copyright-notice">本文由笔杆子范文网整理发布，转载请注明出处：笔杆子范文网。</p>
</div>
<footer class="entry-footer"><div class="tags">标签：<a>心得体会</a> <a>青年干部</a> <a>培训</a></div>
<div class="share">分享到：<a>微信</a> <a>QQ</a> <a>微博</a></div></footer>
</article>
<nav class="post-navigation"><div class="nav-previous">上一篇 <a href="/3720.html">2021年入党积极分子培训心得</a></div><div class="nav-next">下一篇 <a href="/3722.html">党史学习教育专题研讨发言材料</a></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">《{art.title}》有3条评论</h2>
<ol class="comment-list">
{comment_html}
</ol>
<div id="respond"><h3>发表评论</h3><p>您的电子邮箱地址不会被公开。必填项已用*标注</p><textarea></textarea><button>提交评论</button></div></div>
<aside id="secondary"><section><h2>近期文章</h2><ul><li><a>2021年入党积极分子培训心得</a></li><li><a>党史学习教育专题研讨发言材料</a></li></ul></section></aside>
<footer id="colophon"><div class="site-info">&copy; 2021 笔杆子范文网 · 由 WordPress 强力驱动</div></footer>
</body></html>"""
    write("blind_b_wordpress_comments.html", page, "utf-8",
          spec([(art.title, art.body)], published="2021-11-03"),
          ["笔杆子", "心得体会 »", "阅读 2,316", "条评论", "借鉴一下", "期待更新", "收藏了", "发表评论", "电子邮箱",
           "转载请注明", "标签：", "分享到", "上一篇", "近期文章", "WordPress"])


def mobile_app_rest_unread() -> None:
    """Mobile document page: app banners, download buttons, text cut off by 还剩N页未读."""
    art = A.DIRECTOR_REPORT
    shown, truth = cut(art, 7)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,maximum-scale=1,user-scalable=no">
<title>{art.title}-文档下载-易文库手机版</title></head>
<body>
<div class="app-bar"><img src="/m/logo.png" alt=""><span>易文库APP</span><span>海量范文免费下载</span><a class="open-app">打开</a></div>
<header class="m-head"><a class="back">返回</a><span>易文库</span><a class="login">登录</a></header>
<section class="doc">
<h1 class="doc-title">{art.title}</h1>
<div class="doc-meta"><span>2023-01-05</span> · <span>7页</span> · <span>2.1万次阅读</span> · <span>4.6分</span></div>
<div class="doc-body">
{p_tags([full_width(p) for p in shown])}
</div>
<div class="fold-mask"><p class="rest">还剩5页未读，<a href="#">继续阅读</a></p>
<a class="btn-app">打开APP，阅读全文</a></div>
<div class="download-bar"><a class="btn">下载文档</a><span>本文档由用户上传，下载需消耗2下载券</span></div>
</section>
<section class="rel"><h2>相关推荐</h2>
<a class="item"><b>办公室主任2021年述职报告</b><span>3页 · 1.6万次阅读</span></a>
<a class="item"><b>机关干部个人述职述廉报告</b><span>5页 · 9,823次阅读</span></a></section>
<footer class="m-foot"><a>电脑版</a> | <a>客户端</a> | <a>意见反馈</a><p>&copy;2023 易文库</p></footer>
<div class="float-app">在APP中打开，体验更流畅 <a>立即打开</a></div>
</body></html>"""
    write("blind_b_mobile_app_rest_unread.html", page, "utf-8",
          spec([(art.title, truth)], published="2023-01-05", truncated=True),
          ["易文库", "海量范文", "次阅读", "还剩5页未读", "继续阅读", "打开APP", "下载文档", "下载券", "相关推荐", "电脑版",
           "体验更流畅"])


def undeclared_gbk_three_articles() -> None:
    """Three short essays under h2 headings on one page, GBK bytes with no charset anywhere, an SEO lead-in."""
    arts = [A.PARTY_HISTORY_ONE, A.PARTY_HISTORY_TWO, A.PARTY_HISTORY_THREE]
    blocks = "\n".join(f"<h2>{esc(full_width(a.title))}</h2>\n{p_tags([full_width(p) for p in a.paragraphs], '&nbsp;&nbsp;')}"
                       for a in arts)
    page = f"""<html><head><title>学习党史心得体会范文（精选3篇）_范文大全_老秘书网</title></head>
<body><div id="top"><a href="/">老秘书网</a> - 专业的公文写作服务平台 <a>手机版</a></div>
<div id="nav"><a>首页</a> <a>范文大全</a> <a>心得体会</a> <a>党团范文</a></div>
<div id="pos">您现在的位置是：<a>老秘书网</a> &gt; <a>范文大全</a> &gt; 学习党史心得体会范文（精选3篇）</div>
<div id="arc">
<h1>学习党史心得体会范文（精选3篇）</h1>
<div class="intro">学习党史心得体会范文（精选3篇）：以下是老秘书网小编精心整理的学习党史心得体会，供大家参考借鉴，希望可以帮助到有需要的朋友。</div>
{blocks}
<p class="more">以上就是本站为大家整理的3篇学习党史心得体会范文，更多心得体会请关注老秘书网。</p>
</div>
<div id="foot">老秘书网 版权所有 投稿邮箱：tougao@example.com</div>
</body></html>"""
    write("blind_b_undeclared_gbk_three_articles.html", page, "gbk",
          spec([(a.title, a.body) for a in arts]),
          ["老秘书网", "专业的公文写作", "您现在的位置", "精选3篇", "小编", "以上就是本站", "投稿邮箱", "版权所有"],
          declared=None)


def big5_traditional() -> None:
    """A Taiwan/HK-style Big5 page in traditional script: breadcrumb, meta line, disclaimer, all in 繁體."""
    art = A.COMMUNITY_HALF_YEAR
    paragraphs = [traditional(full_width(p)).translate(BIG5_FORMS) for p in art.paragraphs]
    title = traditional(art.title).translate(BIG5_FORMS)
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"><title>{title} - 範文大全 - 好範文網</title></head>
<body><div class="top">好範文網 | 繁體中文 | <a>簡體中文</a></div>
<div class="path">首頁 &gt; 範文大全 &gt; 工作總結 &gt; 半年總結</div>
<div class="article"><h1>{title}</h1>
<div class="meta">發佈時間：2020年07月06日 &nbsp; 來源：本站整理 &nbsp; 瀏覽次數：386</div>
{p_tags(paragraphs, '&nbsp;&nbsp;&nbsp;&nbsp;')}
<p class="disclaimer">免責聲明：本文來源於網絡，僅供學習參考，如有侵權請聯繫我們刪除。</p>
<div class="pn">上一篇：<a>社區衛生服務中心年度工作計劃</a> 下一篇：<a>衛生院上半年工作總結範文</a></div></div>
<div class="foot">Copyright &copy; 好範文網 All Rights Reserved</div></body></html>"""
    write("blind_b_big5_traditional.html", page, "big5",
          spec([(art.title, art.body)], published="2020-07-06", traditional_page=True),
          ["好范文网", "首页", "发布时间", "浏览次数", "免责声明", "侵权", "上一篇", "All Rights"])


def traditional_pinyin_utf8() -> None:
    """UTF-8 traditional page with pinyin glosses after some characters and a 摘要 that repeats the title."""
    art = A.EDUCATION_BUREAU
    paragraphs = [with_pinyin(traditional(full_width(p))) for p in art.paragraphs]
    title = with_pinyin(traditional(art.title))
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{traditional(art.title)}-優(yōu)秀範文-學(xué)習啦</title></head>
<body><div class="hd"><a>學(xué)習啦</a> <a>首頁</a> <a>工作總結(jié)</a> <a>教育總結(jié)</a></div>
<div class="bd"><h1>{title}</h1>
<div class="time">時間：2021-01-12 15:30:00 &nbsp;&nbsp; 作者：網(wǎng)友投稿</div>
<div class="summary">摘要：{title}一文由網(wǎng)友投稿，僅代表作者個人觀點，與本站立場無關，如需原創(chuàng)範文請聯繫在線客服，歡迎閱讀參考。</div>
<div class="txt">
{p_tags(paragraphs)}
</div>
<div class="tags">相關(guān)推薦：<a>教育局年度工作總結(jié)</a> <a>學(xué)校工作總結(jié)範文</a></div></div>
<div class="ft">學(xué)習啦 版權所有</div></body></html>"""
    write("blind_b_traditional_pinyin_utf8.html", page, "utf-8",
          spec([(art.title, art.body)], published="2021-01-12", traditional_page=True),
          ["学习啦", "作者：网友投稿", "摘要", "仅代表作者", "在线客服", "相关推荐", "版权所有", "(fā)", "(jié)"])


def discuz_thread() -> None:
    """Discuz! forum thread: the speech is the first post, with an edit note, author stats and replies."""
    art = A.SAFETY_SPEECH
    post = "<br />\r\n".join(esc(full_width(p)) for p in art.paragraphs)
    cut_at = len(art.paragraphs) // 2
    post_parts = post.split("<br />\r\n")
    post_html = "<br />\r\n".join(post_parts[:cut_at]) + \
        '<br />\r\n<font class="jammer">安监资料网</font>' + "<br />\r\n".join(post_parts[cut_at:])
    page = f"""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>[讲话稿] {art.title} - 公文交流 - 安监之家论坛 - Powered by Discuz!</title></head>
<body id="nv_forum" class="pg_viewthread">
<div id="hd"><div class="wp"><h2><a href="./">安监之家论坛</a></h2><div id="um">欢迎您，游客 <a>登录</a> | <a>立即注册</a></div></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./" class="nvhm">安监之家论坛</a> <em>&rsaquo;</em> <a>公文写作</a> <em>&rsaquo;</em> <a>公文交流</a> <em>&rsaquo;</em> {art.title}</div></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">3862</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">3</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a>[讲话稿]</a> <span id="thread_subject">{art.title}</span></h1></td></tr></table>
<div id="post_1001"><table class="plhin"><tr><td class="pls"><div class="authi"><a class="xw1">qiushui2008</a></div>
<dl class="pil cl"><dt>积分</dt><dd>2350</dd><dt>帖子</dt><dd>486</dd><dt>主题</dt><dd>57</dd></dl></td>
<td class="plc"><div class="pi"><strong>楼主</strong><div class="authi"><em id="authorposton1001">发表于 2023-1-6 09:58:32</em> | <a>只看该作者</a></div></div>
<div class="pct"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1001">
<i class="pstatus"> 本帖最后由 qiushui2008 于 2023-1-6 10:21 编辑 </i><br />
<br />
{post_html}<br />
</td></tr></table></div></div>
<div class="po"><a>回复</a> <a>支持</a> <a>反对</a> <a>举报</a></div></td></tr></table></div>
<div id="post_1002"><table class="plhin"><tr><td class="pls"><a class="xw1">安全第一</a></td><td class="plc"><div class="authi"><em>发表于 2023-1-6 11:20:05</em></div>
<div class="t_f">感谢楼主分享，讲得很实在，正好年底开会用得上！</div></td></tr></table></div>
<div id="post_1003"><table class="plhin"><tr><td class="pls"><a class="xw1">老王说安全</a></td><td class="plc"><div class="authi"><em>发表于 2023-1-7 08:45:51</em></div>
<div class="t_f">顶一个，第二部分的"四不两直"写得到位，学习了。</div></td></tr></table></div>
<div id="post_1004"><table class="plhin"><tr><td class="pls"><a class="xw1">ajzj_user</a></td><td class="plc"><div class="authi"><em>发表于 2023-1-9 14:02:17</em></div>
<div class="t_f">楼主辛苦，能发个Word版的吗？</div></td></tr></table></div>
</div>
<div id="f_pst">您需要登录后才可以回帖 <a>登录</a> | <a>立即注册</a></div>
<div id="ft">Powered by Discuz! X3.4 &copy; 2001-2023 Tencent Cloud. 安监之家论坛 ( 冀ICP备10000000号 )</div>
</body></html>"""
    write("blind_b_discuz_thread.html", page, "utf-8",
          spec([(art.title, art.body)], published="2023-01-06"),
          ["安监之家", "[讲话稿]", "本帖最后由", "积分", "楼主", "只看该作者", "感谢楼主", "顶一个", "Word版", "登录后",
           "Discuz", "安监资料网"])


def watermarks_seo_filler() -> None:
    """Site watermarks injected mid-sentence and after sentences, a hidden span, Word page numbers, SEO filler."""
    art = A.AGRICULTURE_OFFICE
    paragraphs = [full_width(p) for p in art.paragraphs]
    # a bracketed site watermark inside a sentence, a hidden-span one inside a word, a site name after a sentence
    p1 = paragraphs[1]
    at = p1.index("推广水稻") + 4
    paragraphs_html = [esc(p) for p in paragraphs]
    paragraphs_html[1] = esc(p1[:at]) + "（本文来源：公文之家 www.gwzj.net）" + esc(p1[at:])
    p2 = paragraphs[2]
    at2 = p2.index("合作社") + 2
    paragraphs_html[2] = esc(p2[:at2]) + '<span style="display:none">gwzj.net原创首发</span>' + esc(p2[at2:])
    paragraphs_html[3] = esc(paragraphs[3]) + "公文之家"
    split = next(i for i, p in enumerate(paragraphs) if "新型职业农民" in p)
    at5 = paragraphs[split].index("新型职业农民") + 3
    paragraphs_html[split] = (esc(paragraphs[split][:at5]) + "</p>\n<p>— 2 —</p>\n<p>"
                              + esc(paragraphs[split][at5:]))
    content = "\n".join(f"<p>{p}</p>" for p in paragraphs_html)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{art.title}_公文之家</title></head>
<body><div class="head"><a>公文之家</a> <span>每天更新 · 最全公文范文</span></div>
<div class="loc">位置：<a>公文之家</a> » <a>工作总结</a> » <a>农业工作总结</a></div>
<div class="art"><div class="title"><h1>{art.title}</h1><span>日期：2023-02-14</span> <span>栏目：农业工作总结</span></div>
<div class="text">
{content}
<p>{art.title}的相关内容：怎样写好一篇年度工作总结？</p>
<p>年度工作总结是对一年来工作的全面回顾，写作时要实事求是，既要讲成绩，也要讲问题，做到重点突出、条理清晰。</p>
<p>写总结一般分为标题、正文和落款三部分，正文通常包括基本情况、主要成绩、存在问题和今后打算等内容，语言要简洁准确。</p>
<p>更多精彩的农业工作总结范文，请点击进入公文之家工作总结栏目。</p>
</div></div>
<div class="foot">公文之家 www.gwzj.net 版权所有</div></body></html>"""
    write("blind_b_watermarks_seo_filler.html", page, "utf-8",
          spec([(art.title, art.body)], published="2023-02-14"),
          ["公文之家", "gwzj", "原创首发", "— 2 —", "相关内容", "怎样写好", "年度工作总结是对", "标题、正文和落款",
           "更多精彩", "每天更新", "栏目："])


def paywall_middle_gb2312() -> None:
    """A gb2312-declared page with a middle paywall notice between two visible parts and download buttons."""
    art = A.ELDERLY_CARE_SURVEY
    first = art.paragraphs[:4]
    rest = art.paragraphs[9:]
    truth = "\n".join(first + rest)
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{art.title} - 调研报告 - 笔友文秘网</title></head>
<body><div id="header">笔友文秘网 <a>会员中心</a> <a>充值</a></div>
<div id="crumb">首页 &gt;&gt; 调研报告 &gt;&gt; 民政调研</div>
<div id="main"><h1>{art.title}</h1>
<div class="attr">时间：2022-05-19 &nbsp; 字数：约3100字 &nbsp; 类别：调研报告</div>
<div class="dl"><a class="btn">下载Word文档</a> <a class="btn">立即下载（需5积分）</a></div>
<div id="content">
{p_tags(first)}
<p style="color:red">……（笔友文秘网www.biyouws.com此处隐藏1637字，开通VIP会员即可查看全文）……</p>
{p_tags(rest)}
</div>
<div class="dl"><a class="btn">下载本文档</a> <span>文档格式：.docx　大小：21KB</span></div>
<div class="related"><b>相关阅读：</b><a>农村养老服务体系建设调研报告</a>、<a>关于居家养老服务的调研与思考</a></div></div>
<div id="footer">笔友文秘网 版权所有 Copyright 2010-2022</div></body></html>"""
    write("blind_b_paywall_middle_gb2312.html", page, "gbk",
          spec([(art.title, truth)], published="2022-05-19", truncated=True, omitted_min=1637),
          ["笔友文秘网", "会员中心", "字数：约", "下载Word文档", "立即下载", "此处隐藏", "开通VIP", "文档格式", "相关阅读",
           "版权所有"], declared="gb2312")


def canonical_br_div() -> None:
    """<br>-separated paragraphs in one div, a canonical <link>, and an in-text 本文链接 line with the same address."""
    art = A.MARKET_SUPERVISION
    url = "https://www.gwfw8.com/zongjie/20211230/58213.html"
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{art.title}【精选】</title>
<link rel="canonical" href="{url}"></head>
<body><div class="top-nav"><a>首页</a><a>总结</a><a>计划</a><a>报告</a><a>心得</a><a>演讲稿</a></div>
<div class="wrap"><div class="cur">当前位置：首页 › 总结 › 年终总结</div>
<div class="post"><h1>{art.title}</h1>
<p class="post-meta">2021-12-30 · 阅读(1468) · 评论(0)</p>
<div class="post-body">
{br_lines(full_width(p) for p in art.paragraphs)}
<br />本文链接：{url}<br />
转载请注明出处，谢谢合作！
</div>
<div class="post-foot">本文标签：<a>市场监管所</a> <a>年度总结</a></div></div></div>
<div class="footer">© 2021 公文范文8 gwfw8.com</div></body></html>"""
    write("blind_b_canonical_br_div.html", page, "utf-8",
          spec([(art.title, art.body)], published="2021-12-30", canonical=url),
          ["当前位置", "阅读(1468)", "评论(0)", "本文链接", "gwfw8", "转载请注明", "本文标签", "演讲稿"])


def short_article_long_sidebar() -> None:
    """A short report beside a sidebar of five long teasers, plus 猜你喜欢 cards under it."""
    art = A.NURSING_REPORT
    teasers = [
        ("医院护士长年度述职报告", "本人自担任内科护士长以来,在护理部和科主任的领导下,认真履行护士长职责,狠抓护理质量和护理安全,带领全科护理人员圆满完成了各项护理工作任务,现将一年来的工作情况汇报如下,请各位领导和同事评议。"),
        ("护理部2022年工作计划", "2022年,护理部将以提高护理质量、保障患者安全为核心,深化优质护理服务,加强护理人才队伍建设,完善护理管理制度,推进护理信息化建设,努力为患者提供安全、优质、满意的护理服务。"),
        ("优质护理服务工作总结", "为进一步深化优质护理服务,我院以患者满意为目标,在全院开展了优质护理服务示范病房创建活动,通过实施责任制整体护理、改善护理服务流程,患者满意度明显提高,护理工作得到了社会的广泛认可。"),
        ("护士个人述职述廉报告", "在过去的一年里,我在科室领导和护士长的关心指导下,坚持以病人为中心,认真学习护理专业知识,严格执行各项规章制度和操作规程,廉洁行医,较好地完成了本职工作,现将一年来的情况报告如下。"),
        ("医院护理质量管理工作汇报", "护理质量是医院质量管理的重要组成部分。我院护理部建立了院、科、病区三级护理质量控制网络,每月对各病区护理质量进行检查考核,并将考核结果与绩效挂钩,有力促进了护理质量的持续改进。"),
    ]
    side = "\n".join(f'<div class="card"><a class="t">{t}</a><p>{esc(s)}</p></div>' for t, s in teasers)
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{art.title}_述职报告_百分范文网</title></head>
<body><div class="nav">百分范文网 | <a>述职报告</a> | <a>工作总结</a> | <a>工作计划</a></div>
<div class="bread"><a>首页</a> / <a>述职报告</a> / <span>{art.title}</span></div>
<div class="container"><div class="col-main">
<h1>{art.title}</h1><div class="byline">更新时间：2019-08-21 &nbsp; 手机版</div>
<div class="article-text">
{p_tags([full_width(p) for p in art.paragraphs])}
</div>
<div class="guess"><h4>猜你喜欢</h4>
{side}
</div></div>
<div class="col-side"><h4>热门推荐</h4>
{side}
</div></div>
<div class="foot">百分范文网 - 免费范文下载</div></body></html>"""
    write("blind_b_short_article_long_sidebar.html", page, "utf-8",
          spec([(art.title, art.body)], published="2019-08-21"),
          ["百分范文网", "更新时间", "手机版", "猜你喜欢", "热门推荐", "本人自担任内科护士长", "护理部将以提高",
           "示范病房创建", "廉洁行医,较好地", "三级护理质量控制网络"])


def halfwidth_table_gbk() -> None:
    """An old table site declared GBK with half-width punctuation in the text, label cells and a meta line."""
    art = A.SORTING_SURVEY
    page = f"""<html><head><meta http-equiv="content-type" content="text/html;charset=GBK"><title>{art.title}</title></head>
<body bgcolor="#ffffff"><table width="100%" border="0"><tr><td>文秘114 - 免费的文秘资料库</td><td align="right">[登录] [注册] [投稿]</td></tr></table>
<table width="100%" border="1" cellpadding="6">
<tr><td width="80">标题:</td><td><b>{art.title}</b></td></tr>
<tr><td>信息:</td><td>时间:2019-11-02 16:40:07 | 来源:会员投稿 | 浏览:</td></tr>
<tr><td valign="top">内容:</td><td>{br_lines(art.paragraphs)}<br />
</td></tr>
<tr><td>提示:</td><td>本站资料均由会员投稿,仅供参考,请勿照抄.</td></tr>
</table>
<table width="100%"><tr><td><a>返回首页</a> | <a>打印本页</a> | <a>关闭窗口</a></td></tr></table>
</body></html>"""
    write("blind_b_halfwidth_table_gbk.html", page, "gbk",
          spec([(art.title, art.body)], published="2019-11-02"),
          ["文秘114", "[登录]", "标题:", "会员投稿", "浏览:", "仅供参考", "打印本页", "关闭窗口", "信息:"], declared="GBK")


def two_speeches_bold_headings() -> None:
    """Two articles on one page, each opened by a bold 篇一：/篇二： paragraph, the page title repeated in h1."""
    arts = [A.QUALITY_SPEECH, A.COMMUNITY_HALF_YEAR]
    numbers = ["一", "二"]
    blocks = "\n".join(f"<p><strong>篇{n}：{esc(a.title)}</strong></p>\n{p_tags([full_width(p) for p in a.paragraphs])}"
                       for n, a in zip(numbers, arts))
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>卫生健康系统工作会议讲话及总结（2篇）-范文站</title></head>
<body><div class="site">范文站 fanwenzhan.cn</div>
<div class="crumb">首页 » 讲话稿 » 卫生健康系统工作会议讲话及总结（2篇）</div>
<div class="entry"><h1>卫生健康系统工作会议讲话及总结（2篇）</h1>
<div class="meta">2020-09-18 09:41 | 范文站编辑 | 点赞 12</div>
<div class="body">
{blocks}
</div>
<div class="notice">版权声明：本站内容均来自互联网，仅供演示用，请勿用于商业和其他非法用途。如果侵犯了您的权益请与我们联系，我们将在24小时内删除。</div>
</div>
<div class="foot">范文站 © 2020</div></body></html>"""
    write("blind_b_two_articles_bold_headings.html", page, "utf-8",
          spec([(a.title, a.body) for a in arts], published="2020-09-18"),
          ["范文站", "讲话及总结（2篇）", "点赞", "篇一", "篇二", "版权声明", "侵犯了您的权益", "24小时内删除"])


def text_two_articles_utf8() -> None:
    """A .txt copy of a page: slogan, breadcrumb, title twice, meta line, Word page numbers, 相关阅读 second article."""
    first = Article(A.HOSPITAL_RECTIFICATION.title.replace("××医院", "xx县人民医院"),
                    A.HOSPITAL_RECTIFICATION.body.replace("××医院", "xx县人民医院").replace("0000-1234567", "0000-7654321"))
    second = A.PARTY_HISTORY_TWO
    p = first.paragraphs
    at = p[4].index("二是推行")
    lines_first = p[:4] + [p[4][:at], "", "2", "", p[4][at:]] + p[5:]
    url = "http://www.wmfw365.com/zhenggai/39120.html"
    text = "\n\n".join([
        "文秘范文365 · 写材料不求人",
        f"您所在的位置:文秘范文365 > 报告范文 > 整改报告 > {first.title}",
        first.title,
        f"作者:佚名 | 日期:2021-03-15 10:02:41 | 手机版:{first.title}",
        first.title,
    ]) + "\n\n" + "\n".join(lines_first) + "\n\n" + "\n\n".join([
        f"相关阅读:【学习心得】{second.title}",
        "\n\n".join(second.paragraphs),
        f"温馨提示:本文《{first.title}》仅供学习参考,请结合本单位实际修改使用。",
        "本文来源于网络收集整理,版权归原作者所有,如有侵权请及时告知。",
        f"本文网址:{url}",
    ]) + "\n"
    write("blind_b_text_two_articles_utf8.txt", text, "utf-8",
          spec([(first.title, first.body), (second.title, second.body)], published="2021-03-15", canonical=url),
          ["文秘范文365", "写材料不求人", "您所在的位置", "日期:2021", "手机版", "相关阅读", "温馨提示", "仅供学习参考",
           "版权归原作者", "本文网址", "wmfw365"])


def text_pipes_paywall_gbk() -> None:
    """A GBK .txt of a flattened table (pipes) with a 标题: cell and a tail paywall with counts."""
    art = Article(A.EDUCATION_BUREAU.title.replace("县教育局", "区教育局"),
                  A.EDUCATION_BUREAU.body.replace("县教育局", "区教育局").replace("县委、县政府", "区委、区政府")
                  .replace("全县", "全区"))
    shown, truth = cut(art, 8, 20)
    text = (f"| 标题:{art.title} |\n| {art.title} " + " ".join(shown) +
            " ……(未完待续,全文共1852字,当前仅显示约400字。开通会员后可查看全文并下载) |\n"
            "| 上一篇:区教育局2019年工作总结 下一篇:区教育局2021年工作计划 |\n"
            "| 相关栏目:教育工作总结 学校工作总结 教师工作总结 年终总结 |\n")
    write("blind_b_text_pipes_paywall_gbk.txt", text, "gbk",
          spec([(art.title, truth)], truncated=True, omitted_min=1452),
          ["标题:", "未完待续", "当前仅显示", "开通会员", "上一篇", "相关栏目", "|"])


def text_three_reports_watermark() -> None:
    """A .txt with three reports one after another (seed 002's shape): site label, split watermark, SEO filler."""
    nursing = A.NURSING_REPORT
    director = Article(A.DIRECTOR_REPORT.title.replace("2022", "2021"),
                       A.DIRECTOR_REPORT.body.replace("党的二十大精神", "党的十九届六中全会精神").replace("86篇", "79篇"))
    safety = Article(A.SAFETY_SPEECH.title.replace("全县", "全镇"),
                     A.SAFETY_SPEECH.body.replace("全县", "全镇").replace("*县", "*镇").replace("县应急管理局", "镇安监办")
                     .replace("县安委办", "镇安委办"))
    n = nursing.paragraphs
    split = next(i for i, p in enumerate(n) if "技能考核" in p)
    at = n[split].index("技能考核") + 2
    n_split = n[:split] + [n[split][:at] + "(述职报告网:\n\n\n;公文网:;范文网:)" + n[split][at:]] + n[split + 1:]
    d = director.paragraphs
    d_marked = d[:2] + [d[2] + "述职报告网"] + d[3:]
    text = "\n\n".join([
        "站内搜索",
        nursing.title,
        "【www.szbg8.com - 护理述职报告】",
        "\n".join(n_split),
        f"{nursing.title}的延伸内容:述职报告怎么写?有哪些注意事项?",
        "述职报告是任职者向上级、主管部门和下属群众陈述任职情况的书面报告,重在讲清楚履职情况,以叙述为主,议论为辅。",
        "写述职报告要实事求是,不夸大成绩,也不回避问题,语言要朴实,篇幅要适当。",
        "szbg8.com更多 精彩述职阅读",
        director.title,
        "\n".join(d_marked),
        safety.title,
        "\n".join(safety.paragraphs),
        f"\"{nursing.title}\"相关阅读",
    ]) + "\n"
    write("blind_b_text_three_reports_watermark.txt", text, "utf-8",
          spec([(nursing.title, nursing.body), (director.title, director.body), (safety.title, safety.body)]),
          ["站内搜索", "szbg8", "述职报告网", "公文网", "延伸内容", "述职报告是任职者", "不夸大成绩", "精彩述职", "相关阅读"])


def main() -> None:
    for make in (dede_gbk_table_paywall, phpcms_fold_sidebar, wordpress_comments, mobile_app_rest_unread,
                 undeclared_gbk_three_articles, big5_traditional, traditional_pinyin_utf8, discuz_thread,
                 watermarks_seo_filler, paywall_middle_gb2312, canonical_br_div, short_article_long_sidebar,
                 halfwidth_table_gbk, two_speeches_bold_headings, text_two_articles_utf8, text_pipes_paywall_gbk,
                 text_three_reports_watermark):
        make()
        print("wrote", make.__name__)


if __name__ == "__main__":
    main()
