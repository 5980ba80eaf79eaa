"""Write the blind_d hold-out pages (many CMS layouts and eras, as sites serve them) and their golden JSON truth."""

from __future__ import annotations

import html
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from opencc import OpenCC

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_d_articles as A  # noqa: E402

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pages"
PREFIX = "blind_d_"

HEAD_1 = re.compile(r"^[一二三四五六七八九十]+、")
HEAD_2 = re.compile(r"^（[一二三四五六七八九十]+）")
HEAD_3 = re.compile(r"^\d+\.")
# the half-width policy of the seed pages: Chinese commas, colons, semicolons and brackets become ASCII, 。 and quotes stay
HALF_WIDTH = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
# traditional glosses as template sites print them (衛(wèi)); only characters whose simplified form differs, as in seed 004
PINYIN = {"衛": "wèi", "發": "fā", "結": "jié", "網": "wǎng", "觀": "guān", "創": "chuàng", "環": "huán", "節": "jié",
          "現": "xiàn", "區": "qū", "統": "tǒng", "縣": "xiàn", "鄉": "xiāng", "鎮": "zhèn", "業": "yè", "務": "wù",
          "養": "yǎng", "護": "hù", "設": "shè", "療": "liáo"}
TO_TRADITIONAL = OpenCC("s2tw")


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def level(paragraph: str) -> int:
    """Heading level of a paragraph of the genre: 1 for 一、, 2 for （一）, 3 for 1., 0 for body text."""
    if HEAD_1.match(paragraph) and len(paragraph) < 40:
        return 1
    if HEAD_2.match(paragraph) and len(paragraph) < 30:
        return 2
    return 0


def traditional_with_pinyin(text: str) -> str:
    converted = TO_TRADITIONAL.convert(text)
    return "".join(f"{c}({PINYIN[c]})" if c in PINYIN else c for c in converted)


@dataclass
class Page:
    name: str
    ext: str
    encoding: str
    body: str
    truth: list[tuple[str, str]]  # (title, text) per article
    published: str | None
    without: list[str]
    with_: list[str]
    truncated: bool = False
    omitted_chars_min: int | None = None
    canonical_url: str | None = None
    traditional: bool = False
    noise_inside: list[str] = field(default_factory=list)  # strings injected inside article sentences
    declared_encoding: str | None = None

    def spec(self) -> dict:
        titles = [t for t, _ in self.truth]
        spec = {
            "input": f"{PREFIX}{self.name}.{self.ext}",
            "encoding": self.encoding,
            "truncated": self.truncated,
            "converted_from_traditional": self.traditional,
            "canonical_url": self.canonical_url,
            "published": self.published,
            "with": self.with_,
            "sentences": "all",
            "title": titles[0] if len(titles) == 1 else titles,
            "parts": len(titles),
            "without": self.without,
            "truth": [{"title": t, "text": x} for t, x in self.truth],
        }
        if self.omitted_chars_min:
            spec["omitted_chars_min"] = self.omitted_chars_min
        if self.traditional:
            spec["without_traditional"] = True
        return spec


def key(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def check_truth_on_page(page: Page) -> None:
    """Every truth sentence must be readable on the page once tags and the injected noise are taken away."""
    visible = html.unescape(re.sub(r"<[^>]+>", "", page.body))
    for noise in page.noise_inside:
        visible = visible.replace(noise, "")
    if page.traditional:
        visible = re.sub(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔù]+\)", "", visible)
        visible = OpenCC("t2s").convert(visible)
    visible = key(visible)
    for title, text in page.truth:
        for sentence in re.findall(r"[^。！？!?\n]+[。！？!?]?", text):
            assert key(sentence) in visible, (page.name, sentence)
        assert key(title) in visible, (page.name, title)


# ---------------------------------------------------------------------------------------------------------------
# 1. An old GB2312 table site (2008) with <font>, <br> and &nbsp; indents


def gb2312_font_table_farm() -> Page:
    art = A.FARM_CENTRE
    body = "<br>\r\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p) for p in art.paragraphs)
    side = "".join(f"·<a href='/Article/{n}.html'>{t}</a><br>" for n, t in [
        (8812, "乡镇农技站2008年工作总结"), (8790, "村委会2008年工作总结及2009年工作思路"),
        (8771, "农业局年终工作总结范文"), (8702, "畜牧兽医站上半年工作小结")])
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{art.title}_农村工作总结_秘书之窗</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td width="200"><img src="/images/logo.gif" width="200" height="60"></td>
  <td align="right"><font size="2"><a href="#">设为首页</a> | <a href="#">加入收藏</a> | <a href="#">联系站长</a></font></td></tr>
  <tr><td colspan="2" bgcolor="#336699" height="24"><font color="#FFFFFF" size="2">
  <a href="/"><font color="#FFFFFF">网站首页</font></a> | <a href="/zongjie/"><font color="#FFFFFF">工作总结</font></a> |
  <a href="/jihua/"><font color="#FFFFFF">工作计划</font></a> | <a href="/shuzhi/"><font color="#FFFFFF">述职报告</font></a> |
  <a href="/xinde/"><font color="#FFFFFF">心得体会</font></a></font></td></tr>
</table>
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr>
<td width="190" valign="top" bgcolor="#F2F2F2"><font size="2"><b>热门文章</b><br>{side}</font></td>
<td width="588" valign="top">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td><font size="2" color="#666666">您所在的位置：<a href="/">秘书之窗</a> &gt;&gt; <a href="/zongjie/">工作总结</a> &gt;&gt; <a href="/zongjie/nongcun/">农村工作总结</a> &gt;&gt; 正文</font></td></tr>
<tr><td align="center"><font size="4" color="#CC0000"><b>{art.title}</b></font></td></tr>
<tr><td align="center"><font size="2" color="#999999">作者：佚名&nbsp;&nbsp;文章来源：本站收集&nbsp;&nbsp;点击数：<script src="/count.asp?id=8820"></script>&nbsp;&nbsp;更新时间：2008-12-26</font><hr size="1" color="#CCCCCC"></td></tr>
<tr><td><font size="2" style="line-height:180%">
{body}
</font></td></tr>
<tr><td align="right"><font size="2">【字体：<a href="#">小</a> <a href="#">大</a>】【<a href="javascript:window.print()">打印本文</a>】【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>
<tr><td><font size="2">前一篇文章：<a href="/Article/8812.html">乡镇农技站2008年工作总结</a><br>
后一篇文章：<a href="/Article/8790.html">村委会2008年工作总结及2009年工作思路</a></font></td></tr>
</table>
</td></tr></table>
<table width="778" border="0" align="center"><tr><td align="center"><font size="2">
Copyright &copy; 2005-2008 秘书之窗 All Rights Reserved&nbsp;&nbsp;豫ICP备05012345号<br>
本站部分文章来源于互联网，如有侵权请来信告知，我们将在三个工作日内处理。</font></td></tr></table>
</body>
</html>
"""
    return Page("gb2312_font_table_farm", "html", "gbk", page, [(art.title, art.text)], "2008-12-26",
                without=["您所在的位置", "秘书之窗", "点击数", "打印本文", "前一篇文章", "后一篇文章", "Copyright", "热门文章",
                         "如有侵权请来信告知"],
                with_=["服务经费来源单一", "培训时间主要安排在农闲季节"])


# 2. A modern responsive UTF-8 site with a paywall in the middle of the article


def responsive_paywall_middle_safety() -> Page:
    art = A.STREET_SAFETY
    paras = list(art.paragraphs)
    cut = "（二）燃气使用不规范。23家餐饮店存在液化气钢瓶与灶具距离过近、"
    resume = "截至5月底，已整改隐患376处，整改率达到91.3%。"
    visible = paras[:5] + [cut, resume] + paras[9:]
    def block(p: str) -> str:
        return f"<h3>{esc(p)}</h3>" if level(p) == 1 else f"<p>{esc(p)}</p>"
    before = "\n".join(block(p) for p in paras[:5])
    after = "\n".join(block(p) for p in paras[9:])
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{art.title} - 报告 - 笔杆子文库</title>
<meta name="description" content="按照区安委会《关于开展安全生产隐患大排查大整治的通知》要求，我街道于今年3月至5月在辖区内集中开展了安全生产隐患排查整治工作。">
</head>
<body>
<header class="site-header"><div class="container"><a class="logo" href="/">笔杆子文库</a>
<nav><a href="/baogao/">报告</a><a href="/zongjie/">总结</a><a href="/jianghua/">讲话</a><a href="/vip/">开通VIP</a></nav>
<form class="search"><input placeholder="搜索范文"><button>搜索</button></form></div></header>
<main class="container">
<nav class="crumbs"><a href="/">首页</a> / <a href="/baogao/">报告</a> / <a href="/baogao/zhenggai/">整改报告</a> / 正文</nav>
<article class="post">
<h1 class="post-title">{art.title}</h1>
<div class="post-meta"><span class="date">2021-05-18</span><span class="views">3,204 人看过</span><span class="author">投稿人：笔友8821</span></div>
<div class="post-body">
{before}
<p>{esc(cut)}</p>
<div class="paywall"><p>……（篇幅较长，中间约960字已折叠，开通笔杆子VIP会员即可查看完整内容）……</p><a class="btn" href="/vip/">立即开通</a></div>
<p>{esc(resume)}</p>
{after}
</div>
<div class="post-copyright">声明：本文由笔友上传分享，仅供学习参考，版权归原作者所有。如有侵权，请联系我们删除。</div>
<div class="post-actions"><a class="btn-download" href="/down/55120">下载Word文档</a><a class="btn-copy">复制全文</a></div>
</article>
<section class="related"><h2>相关推荐</h2>
<ul>
<li><a href="/baogao/55121.html">社区消防安全隐患整改情况报告</a><p>为切实做好辖区消防安全工作，社区组织网格员对辖区内居民楼、商铺开展了全面排查……</p></li>
<li><a href="/baogao/55098.html">乡镇安全生产大检查工作总结</a><p>根据县安委会统一部署，我镇迅速行动，集中开展了安全生产大检查……</p></li>
</ul></section>
</main>
<footer class="site-footer"><p>&copy; 2023 笔杆子文库 版权所有 | 京ICP备18000000号-2 | 联系我们 | 用户协议</p></footer>
</body>
</html>
"""
    return Page("responsive_paywall_middle_safety", "html", "utf-8", page, [(art.title, "\n".join(visible))],
                "2021-05-18", truncated=True, omitted_chars_min=960,
                without=["笔杆子", "开通VIP", "篇幅较长", "人看过", "投稿人", "仅供学习参考", "下载Word文档", "相关推荐",
                         "社区消防安全隐患整改情况报告", "版权所有"],
                # the text right after the middle notice (整改措施和完成时间, named here before, is behind the fold)
                with_=["阅读量累计达到2.3万次", "截至5月底，已整改隐患376处"])


# 3. An AMP / mobile page: app banner, a CSS fold over text that is all there, download buttons, canonical link


def amp_mobile_fold_library() -> Page:
    art = A.LIBRARY_READING
    url = "https://www.shuxiangfw.cn/zongjie/20230415/88213.html"
    body = "\n".join(f"<p><strong>{esc(p)}</strong></p>" if level(p) else f"<p>{esc(p)}</p>" for p in art.paragraphs)
    page = f"""<!doctype html>
<html ⚡ lang="zh-CN">
<head>
<meta charset="utf-8">
<title>{art.title}（通用）_书香范文网手机版</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<style amp-custom>.fold{{max-height:520px;overflow:hidden}}.app-bar{{position:fixed;bottom:0}}</style>
</head>
<body>
<div class="app-bar"><amp-img src="/m/app.png" width="40" height="40"></amp-img><span>打开书香范文APP，阅读体验更流畅</span><a href="/app/">立即打开</a></div>
<header class="m-head"><a href="/">书香范文网</a><a href="/m/login">登录</a><a href="/m/so">搜索</a></header>
<amp-ad width="360" height="90" type="adsense" data-ad-slot="123"></amp-ad>
<h1>{art.title}</h1>
<div class="m-info">书香范文网 · 2023-04-15 · 2.6万次阅读</div>
<div class="m-content fold" id="content">
{body}
</div>
<div class="unfold" on="tap:content.toggleClass(class='fold')">展开剩余72% ∨</div>
<div class="m-tools"><a class="down" href="/down/88213.docx">下载本文（Word版）</a><a class="copy">一键复制</a></div>
<amp-ad width="360" height="90" type="adsense" data-ad-slot="456"></amp-ad>
<div class="m-like"><h3>猜你喜欢</h3>
<ul><li><a href="/zongjie/88190.html">社区读书节活动总结</a><p>为推动全民阅读，营造浓厚的读书氛围，社区于4月23日世界读书日当天举办了首届读书节……</p></li>
<li><a href="/zongjie/88177.html">农家书屋管理工作总结</a><p>一年来，我村农家书屋在镇文化站的指导下，坚持规范管理、热情服务……</p></li></ul></div>
<footer>© 书香范文网 <a href="{url}">电脑版</a> | <a href="/m/">手机版</a></footer>
</body>
</html>
"""
    return Page("amp_mobile_fold_library", "html", "utf-8", page, [(art.title, art.text)], "2023-04-15",
                canonical_url=url,
                without=["打开书香范文APP", "立即打开", "展开剩余", "下载本文", "一键复制", "猜你喜欢", "社区读书节活动总结",
                         "次阅读", "电脑版"],
                with_=["居民扫码即可免费下载电子书", "共收到居民撰写的书评和读后感138篇"])


# 4. A print version: print bar, a Chinese-style date, a print time, the page address as text at the foot


def print_version_hospital() -> Page:
    art = A.HOSPITAL_INSPECTION
    url = "https://www.gongwenzhan.com/zhenggai/2020/1109/5521.html"
    body = "\n".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>打印页面 - {art.title}</title>
<style media="print">.noprint{{display:none}}</style>
</head>
<body onload="window.print()">
<div class="noprint" style="text-align:right"><a href="javascript:window.print()">[打印本页]</a> <a href="javascript:window.close()">[关闭窗口]</a></div>
<div class="print-site">公文栈 · www.gongwenzhan.com</div>
<h2 style="text-align:center">{art.title}</h2>
<div class="print-info" style="text-align:center">发布日期：2020年11月9日　　来源：网友投稿　　编辑：小林</div>
<hr />
<div class="print-body">
{body}
</div>
<hr />
<div class="print-foot">本文地址：{url}<br />打印时间：2024-03-02 10:15:33</div>
</body>
</html>
"""
    return Page("print_version_hospital", "html", "utf-8", page, [(art.title, art.text)], "2020-11-09",
                canonical_url=url,
                without=["打印本页", "关闭窗口", "公文栈", "发布日期", "网友投稿", "本文地址", "打印时间", "gongwenzhan"],
                with_=["在门诊大厅和各病区设置收费公示屏", "对已完成的整改事项"])


# 5. A long reader-comment thread under the article


COMMENTS = [
    ("春风化雨", "2022-01-07 18:32", "写得很全面，结构清晰，正好我们学校也要交师德师风总结，借鉴一下框架，谢谢分享！", 12),
    ("山区教师老李", "2022-01-07 19:05", "第三部分“加强监督，严格考核”写得比较实在。我们学校也是每学期发放家长满意度问卷，不过回收率一直不高，不知道作者学校是怎么做到1800份的？", 8),
    ("匿名用户", "2022-01-07 20:47", "师德一票否决这个提法很多学校都有，关键是执行。", 3),
    ("小鱼老师", "2022-01-08 07:12", "收藏了，明天开会用得上。", 1),
    ("教导处王主任", "2022-01-08 09:30", "建议把青年教师帮带那一块再展开写一写，比如师徒结对的具体做法、考核办法、取得的成效，这样总结会更有说服力。另外最美教师评选可以写出具体事迹，光有数字略显单薄。", 21),
    ("hh2019", "2022-01-08 10:02", "请问有没有2022年的版本？", 0),
    ("园丁小编", "2022-01-08 10:15", "回复hh2019：本站新版已更新，可在师德师风栏目查看。", 2),
    ("向日葵", "2022-01-08 12:44", "我们县今年也在搞师德专项整治，要求每个学校都要有警示教育的内容，这篇里面有，很好。", 5),
    ("默默耕耘", "2022-01-08 21:19", "作为一名乡村教师，看到这样的总结很有感触。师德不是写在纸上的，是每天在课堂上、在和孩子相处的点点滴滴中体现出来的。希望所有的总结都能少一些套话，多一些真实的故事。", 34),
    ("游客9527", "2022-01-09 08:03", "顶一个", 0),
    ("北方的狼", "2022-01-09 09:41", "内容不错但是太短了，领导要求三千字以上，还得自己补充。", 2),
    ("蓝天白云", "2022-01-09 14:26", "第二部分的专题学习可以加上学习的具体篇目，比如《中小学教师职业道德规范》《新时代中小学教师职业行为十项准则》，写上学了几次、谁主讲，更像真的。", 9),
    ("三尺讲台", "2022-01-09 16:55", "家长满意率96.5%，我们学校只有九十出头，看来差距还不小。", 4),
    ("青青子衿", "2022-01-10 07:48", "转发给同事了，感谢园丁范文网。", 1),
    ("一线班主任", "2022-01-10 11:32", "说到师德，我想起刚参加工作时带我的师父，她每天最早到校、最晚离开，班上每个孩子的家庭情况都记在一个小本子上。那才是真正的师德，比任何总结都有分量。", 27),
    ("路人甲", "2022-01-10 13:07", "格式可以参考，内容还是要结合自己学校实际写。", 3),
    ("晨曦", "2022-01-11 09:15", "请问最后一段存在的问题那里，除了青年教师，还能写哪些方面？求指点。", 0),
    ("教导处王主任", "2022-01-11 10:40", "回复晨曦：可以写师德考核评价体系还不够完善、激励措施不够有力、宣传先进典型的力度不够等，结合实际选两三条就行。", 6),
    ("晨曦", "2022-01-11 12:02", "回复教导处王主任：明白了，非常感谢！", 0),
    ("静待花开", "2022-01-12 19:33", "好文章，已下载打印。", 1),
]


def comments_thread_teacher() -> Page:
    art = A.TEACHER_ETHICS
    body = "\n".join(f"<p><b>{esc(p)}</b></p>" if level(p) == 1 else f"<p>{esc(p)}</p>" for p in art.paragraphs)
    thread = "\n".join(
        f'<li class="cmt"><div class="cmt-user"><img src="/avatar/{i}.png"><span class="name">{esc(u)}</span>'
        f'<span class="time">{t}</span></div><div class="cmt-text">{esc(x)}</div>'
        f'<div class="cmt-act"><a>回复</a> <a>赞({n})</a> <a>举报</a></div></li>'
        for i, (u, t, x, n) in enumerate(COMMENTS))
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{art.title}_园丁范文网</title></head>
<body>
<div class="top">园丁范文网 —— 教师身边的写作助手 <a href="/login">登录</a> <a href="/reg">注册</a></div>
<div class="nav"><a href="/">首页</a><a href="/shide/">师德师风</a><a href="/jiaoan/">教案</a><a href="/zongjie/">工作总结</a></div>
<div class="main">
<div class="position">位置：<a href="/">园丁范文网</a> &raquo; <a href="/shide/">师德师风</a> &raquo; 正文</div>
<h1>{art.title}</h1>
<p class="info">2022-01-07 16:20　来源：园丁范文网　阅读：5621　<a href="#comments">评论：{len(COMMENTS)}</a></p>
<div class="content">
{body}
</div>
<div class="tags">标签：<a>师德师风</a> <a>工作总结</a> <a>学校</a></div>
<div id="comments" class="comments">
<h3>网友评论（{len(COMMENTS)}条）<span>文明上网，理性发言</span></h3>
<form><textarea placeholder="说点什么吧……"></textarea><button>发表评论</button></form>
<ul>
{thread}
</ul>
<a class="more">查看更多评论</a>
</div>
</div>
<div class="footer">园丁范文网 版权所有 © 2015-2022 | 本站内容由网友投稿，仅供参考</div>
</body></html>
"""
    return Page("comments_thread_teacher", "html", "utf-8", page, [(art.title, art.text)], "2022-01-07",
                without=["园丁范文网", "网友评论", "文明上网", "发表评论", "回复晨曦", "乡村教师", "真正的师德", "查看更多评论",
                         "标签：", "家长满意度问卷，不过回收率"],
                with_=["通过校园网站和宣传栏宣传他们的先进事迹", "家长满意率达到96.5%"])


# 6. A "精选3篇" page: three articles, each under 篇一/篇二/篇三, their own headings at h3/h4/strong


def jingxuan_three_party_day() -> Page:
    arts = [A.PARTY_DAY_COMMUNITY, A.PARTY_DAY_OFFICE, A.PARTY_DAY_VILLAGE]
    labels = ["篇一", "篇二", "篇三"]
    heading_tags = [("<p><strong>", "</strong></p>"), ("<h3>", "</h3>"), ("<h4>", "</h4>")]
    blocks = []
    for label, art, (open_, close) in zip(labels, arts, heading_tags):
        blocks.append(f'<h2 id="{label}">{label}：{esc(art.title)}</h2>')
        blocks += [f"{open_}{esc(p)}{close}" if level(p) else f"<p>{esc(p)}</p>" for p in art.paragraphs]
    toc = "".join(f'<li><a href="#{label}">{label}：{esc(art.title)}</a></li>' for label, art in zip(labels, arts))
    body = "\n".join(blocks)
    page = f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>主题党日活动总结精选3篇 - 党建文汇</title></head>
<body>
<div id="header"><a href="/" class="logo">党建文汇</a><ul class="menu"><li>党建</li><li>总结</li><li>心得</li><li>讲话</li></ul></div>
<div class="wrap">
<div class="bread">当前位置：<a href="/">党建文汇</a> → <a href="/dangjian/">党建工作</a> → 主题党日活动总结精选3篇</div>
<h1>主题党日活动总结精选3篇</h1>
<div class="meta">更新时间：2021-10-08　　作者：文汇小编　　手机版</div>
<div class="intro">主题党日活动总结精选3篇由本站会员投稿整理，小编精心挑选，欢迎大家阅读参考，觉得有用就收藏吧。</div>
<div class="toc"><b>本文目录</b><ol>{toc}</ol></div>
<div class="article-content">
{body}
</div>
<div class="end">以上就是小编为大家整理的主题党日活动总结精选3篇，希望对您有所帮助。更多党建范文请关注本站党建工作栏目。</div>
<div class="pages">上一篇：<a href="/dangjian/3301.html">党支部组织生活会情况报告</a>　下一篇：<a href="/dangjian/3303.html">党员冬训工作总结</a></div>
</div>
<div id="footer">党建文汇 © 2021 粤ICP备2021000000号</div>
</body></html>
"""
    return Page("jingxuan_three_party_day", "html", "utf-8", page, [(a.title, a.text) for a in arts], "2021-10-08",
                without=["精选3篇", "本文目录", "篇一", "篇二", "篇三", "文汇小编", "会员投稿", "以上就是小编", "党员冬训工作总结"],
                with_=["活动在庄严的国歌声中开始", "由党员自愿认领"])


# 7. A Word document saved as HTML (GB2312): the letterhead header and a page footer repeated on every page


def word_pages(paragraphs: tuple[str, ...], cuts: list[str]) -> list[tuple[str, object]]:
    """The paragraphs as a Word copy shows them: ("p"/"cont", text) and ("page", n), a page ending right after each cut."""
    out: list[tuple[str, object]] = []
    page_no = 1
    for p in paragraphs:
        cut = next((c for c in cuts if c in p), None)
        if cut:
            head, tail = p.split(cut, 1)
            out += [("p", head + cut), ("page", page_no), ("cont", tail)]
            page_no += 1
        else:
            out.append(("p", p))
    out.append(("page", page_no))
    return out


def word_html_headers_emergency() -> Page:
    art = A.EMERGENCY_REPORT
    pages = word_pages(art.paragraphs, ["将安全生产纳入全县综合", "储备帐篷、折叠床、救生衣等物资",
                                        "二是基层安全监管力量薄弱，部分乡镇安监站只有1至2名工"])
    total = sum(1 for kind, _ in pages if kind == "page")
    header = "<p class=MsoHeader align=right><span style='font-size:9.0pt'>××县应急管理局文件　　第{n}页</span></p>"
    footer = "<p class=MsoFooter align=center><span style='font-size:9.0pt'>— {n} —</span></p>"
    out = [header.format(n=1),
           f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>{esc(art.title)}</span></b></p>"]
    for kind, value in pages:
        if kind == "page":
            out.append(footer.format(n=value))
            if value < total:
                out.append("<br clear=all style='page-break-before:always'>")
                out.append(header.format(n=value + 1))
        else:
            indent = "" if kind == "cont" else "text-indent:32.0pt;"
            out.append(f"<p class=MsoNormal style='{indent}line-height:28.0pt'><span style='font-size:16.0pt;font-family:仿宋_GB2312'>{esc(value)}</span></p>")
    word = "\n".join(out)
    page = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>{art.title}</title>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Print</w:View></w:WordDocument></xml><![endif]-->
<style>p.MsoNormal{{margin:0cm;font-size:10.5pt;font-family:"Times New Roman"}}</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class="site-top">公文写作网 | 报告 &gt; 工作报告 | 发布：2023-01-06 | 下载Word原文</div>
<div class=WordSection1 style='layout-grid:15.6pt'>
{word}
</div>
<div class="site-foot">本文为Word原文转换，格式以原件为准。公文写作网整理发布。</div>
</body>
</html>
"""
    noise = [f"××县应急管理局文件　　第{n}页" for n in range(1, total + 1)] + [f"— {n} —" for n in range(1, total + 1)]
    return Page("word_html_headers_emergency", "html", "gbk", page, [(art.title, art.text)], "2023-01-06",
                noise_inside=noise,
                without=["应急管理局文件", "第2页", "第3页", "— 2 —", "— 3 —", "公文写作网", "下载Word原文", "格式以原件为准"],
                with_=["将安全生产纳入全县综合目标考核", "储备帐篷、折叠床、救生衣等物资1.2万件（套）",
                       "部分乡镇安监站只有1至2名工作人员", "群众可通过县政府网站下载各类灾害防范指南"])


# 8. A Word copy pasted as text (undeclared GBK): site lines, header "XX局文件 第N页" and "- N -" footers


def txt_gbk_word_copy_flood() -> Page:
    art = A.FLOOD_CONTROL
    url = "http://www.fwdq365.com/zongjie/shuili/2019/1230/7781.html"
    pages = word_pages(art.paragraphs, ["局领导带队对全县水库、堤防、在建水利",
                                        "我县遭遇入汛以来最强降雨，xx镇最大累计雨量达到286毫米。"])
    total = sum(1 for kind, _ in pages if kind == "page")
    lines = ["范文大全365 > 工作总结 > 水利工作总结", "", art.title, "",
             "发布者：水利小兵 | 发布于：2019-12-30 | 浏览：1022次 | 收藏本文", "", art.title, "",
             "*县水利局文件　第1页", ""]
    for kind, value in pages:
        if kind == "page":
            lines += ["", f"- {value} -", ""]
            if value < total:
                lines += [f"*县水利局文件　第{value + 1}页", ""]
        else:
            lines.append(("" if kind == "cont" else "　　") + str(value))
    lines += ["", "温馨提示：本站文档均由网友上传，仅供学习交流使用，请勿用于商业用途。",
              f"本文链接：{url}", "上一篇：水利局2019年河长制工作总结", "下一篇：乡镇水利站年度工作总结范文", ""]
    text = "\r\n".join(lines)
    noise = ["*县水利局文件　第2页", "*县水利局文件　第3页", "- 1 -", "- 2 -", "- 3 -"]
    return Page("txt_gbk_word_copy_flood", "txt", "gbk", text, [(art.title, art.text)], "2019-12-30",
                canonical_url=url, noise_inside=noise,
                without=["范文大全365", "水利小兵", "收藏本文", "水利局文件", "第2页", "温馨提示", "本文链接", "上一篇", "下一篇"],
                with_=["局领导带队对全县水库、堤防、在建水利工程进行了拉网式检查",
                       "并在县电视台和县政府网站上公布", "维护经费来源不稳定"])


# 9. Meta lines between title and body in odd formats, and a site-made summary of the first sentence


def meta_odd_food_safety() -> Page:
    art = A.FOOD_SAFETY
    body = "\n".join(f'<p style="text-indent:2em">{esc(p)}</p>' for p in art.paragraphs)
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{art.title}-文稿驿站</title></head>
<body>
<div class="topbar">文稿驿站 · 让写作更简单</div>
<div class="crumb"><a href="/">主页</a> » <a href="/zj/">总结</a> » <a href="/zj/jianguan/">监管工作</a></div>
<div class="detail">
<h1>{art.title}</h1>
<div class="titlebar"><em>2021/04/22</em> <i>|</i> 字号：<a>T</a><a>T</a> <i>|</i> 浏览：<span id="hits">2,187</span> 次 <i>|</i> <a>纠错</a></div>
<div class="source">信息来源：区局综合科　　发布人：管理员　　审核：张××</div>
<div class="summary"><b>摘要：</b>今年春季开学以来，我局联合区教育局在全区范围内开展了校园食品安全“护苗”专项行动……</div>
<div class="txt">
{body}
</div>
<div class="editor">【责任编辑：王××】</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a></div>
<div class="prenext"><p>上一篇：<a>区市场监管局“双随机”抽查工作总结</a></p><p>下一篇：<a>特种设备安全监管工作总结</a></p></div>
</div>
<div class="foot">文稿驿站 wengaoyz.com 所有文章仅供参考</div>
</body></html>
"""
    return Page("meta_odd_food_safety", "html", "utf-8", page, [(art.title, art.text)], "2021-04-22",
                without=["文稿驿站", "字号", "浏览：", "信息来源", "发布人", "审核：张", "摘要", "责任编辑", "分享到", "上一篇"],
                with_=["陪餐时间、陪餐人员、菜品情况一目了然", "罚没款合计3.4万元"])


# 10. Big5 page in traditional script with pinyin glosses (written as character references, Big5 has no tone marks)


def big5_traditional_pinyin_elderly() -> Page:
    art = A.ELDERLY_CARE
    title = TO_TRADITIONAL.convert(art.title)
    body = "\n".join(f"<p>{esc(traditional_with_pinyin(p))}</p>" for p in art.paragraphs)
    page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>{title} - 公文範本庫</title>
</head>
<body>
<div class="logo">公文範本庫</div>
<div class="nav">首頁 ＞ 工作總結 ＞ 民政工作總結</div>
<h1>{traditional_with_pinyin(art.title)}</h1>
<div class="time">時間：2021-06-30 14:22:05</div>
<div class="lead">提要：{title}一文由會員投稿分享，內容僅代表作者個人觀點，與本網立場無關，如需原創寫作請聯繫在線編輯。</div>
<h2>{title}</h2>
<div class="content">
{body}
</div>
<div class="foot">版權所有 公文範本庫　本站內容均來自網絡，僅供參考</div>
</body>
</html>
"""
    return Page("big5_traditional_pinyin_elderly", "html", "big5", page, [(art.title, art.text)], "2021-06-30",
                traditional=True,
                without=["公文范本库", "提要", "会员投稿", "与本网立场无关", "时间：", "版权所有", "wèi", "xiàn"],
                with_=["对新建的社区养老服务设施给予每平方米200元的建设补贴", "*县关于推进养老服务发展的实施意见"])


# 11. No charset anywhere (GBK): watermarks inside sentences and words, SEO filler after the article


def gbk_undeclared_watermarks_tax() -> Page:
    art = A.TAX_SERVICE
    marks = {
        "纳税人登录电子税务局即可下载完税证明": ("纳税人登录电子税务局即可下", "（公文易网 www.gwyi.cn 原创首发）", "载完税证明"),
        "精准推送政策提示信息3.6万条": ("精准推送政策提示信", "(本文来自：范文先生网)", "息3.6万条"),
        "邀请企业代表对纳税服务工作提出意见建议": ("邀请企业代", "（文章出处：公文易网：<br><br>；税务资讯网：；纳税服务网：）", "表对纳税服务工作提出意见建议"),
    }
    paras = []
    for p in art.paragraphs:
        for whole, (head, mark, tail) in marks.items():
            p = p.replace(whole, head + mark + tail)
        paras.append(p)
    paras[2] = paras[2] + "公文易网"  # a bare site name glued to the end of a paragraph
    body = "\n".join(f"<p>{p if '<br>' in p else esc(p)}</p>" for p in paras)
    filler = f"""<p><strong>{esc(art.title)}的相关知识：工作总结怎么写？工作总结的格式和写作技巧</strong></p>
<p>工作总结就是把一个时间段的工作进行一次全面系统的总检查、总评价、总分析、总研究，并分析成绩的不足，从而得出引以为戒的经验。</p>
<p>总结的基本格式一般包括标题、正文和落款三部分。正文开头要概述基本情况，主体部分写主要做法和成绩、经验和体会，结尾部分写存在的问题和今后的打算。</p>
<p>写总结要实事求是，切忌夸大成绩、回避问题；要突出重点，抓住本质，做到详略得当。</p>"""
    page = f"""<html>
<head>
<title>{art.title} - 公文易网</title>
<meta name="keywords" content="税务,营商环境,工作总结">
</head>
<body>
<div id="top">公文易网 - 免费公文范文下载</div>
<div id="nav">当前位置：公文易网 > 工作总结 > 税务工作总结 > </div>
<div id="art">
<h1>{art.title}</h1>
<div class="date">2020-12-21</div>
{body}
{filler}
</div>
<div id="tuijian"><b>公文易网推荐阅读：</b><a>税务局优化营商环境工作汇报</a> <a>税务所2020年工作总结</a> <a>纳税服务工作总结</a></div>
<div id="bottom">Copyright 2012-2020 公文易网 gwyi.cn</div>
</body>
</html>
"""
    noise = ["（公文易网 www.gwyi.cn 原创首发）", "(本文来自：范文先生网)", "（文章出处：公文易网：；税务资讯网：；纳税服务网：）", "公文易网"]
    return Page("gbk_undeclared_watermarks_tax", "html", "gbk", page, [(art.title, art.text)], "2020-12-21",
                noise_inside=noise,
                without=["公文易网", "gwyi", "范文先生网", "税务资讯网", "的相关知识", "工作总结怎么写", "写总结要实事求是",
                         "推荐阅读", "当前位置"],
                with_=["纳税人登录电子税务局即可下载完税证明", "精准推送政策提示信息3.6万条",
                       "邀请企业代表对纳税服务工作提出意见建议", "平均办理时间由原来的2天压缩到4小时以内。"])


# 12. A DedeCMS article page: breadcrumb, info line with labels in <small>, editor tag, trailers, disclaimer


def dede_trailers_volunteer() -> Page:
    art = A.VOLUNTEER_YOUTH
    body = "<br />\n".join(f"　　{esc(p)}" for p in art.paragraphs)
    related = "".join(f'<li><a href="/zongjie/tuanwei/{n}.html">{t}</a><span>{d}</span></li>' for n, t, d in [
        (1201, "团委2018年工作总结及2019年工作计划", "01-02"), (1188, "青年志愿者协会年度工作总结", "12-28"),
        (1175, "大学生暑期志愿服务活动总结", "12-20"), (1160, "学雷锋志愿服务活动总结", "12-11")])
    page = f"""<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8" />
<title>{art.title}_团委工作总结_范文宝</title>
<meta name="keywords" content="团县委,青年志愿服务,工作总结" />
</head>
<body>
<div class="header"><div class="logo"><a href="/">范文宝</a></div><div class="search"><input type="text" value="请输入关键字"/><input type="submit" value="搜索"/></div></div>
<div class="menu"><a href="/">首页</a><a href="/zongjie/">工作总结</a><a href="/jihua/">工作计划</a><a href="/xinde/">心得体会</a><a href="/fayan/">发言稿</a></div>
<div class="place">当前位置：<a href="/">范文宝</a> &gt; <a href="/zongjie/">工作总结</a> &gt; <a href="/zongjie/tuanwei/">团委工作总结</a> &gt; </div>
<div class="viewbox">
<div class="title"><h2>{art.title}</h2></div>
<div class="info"><small>时间:</small>2019-01-03<small>来源:</small>未知 <small>作者:</small>范文宝 <small>点击:</small><script src="/plus/count.php?view=yes&aid=1207&mid=1"></script>次</div>
<div class="content">
{body}
（责任编辑：admin）
</div>
<div class="context"><ul><li>上一篇：<a href="/zongjie/tuanwei/1201.html">团委2018年工作总结及2019年工作计划</a></li><li>下一篇：没有了</li></ul></div>
<div class="disclaimer">免责声明：本站文章均来自网络或网友投稿，版权归原作者所有。如有侵犯您的权益，请及时与我们联系，我们将第一时间删除。</div>
</div>
<div class="related"><h3>相关文章</h3><ul>{related}</ul></div>
<div class="footer"><a href="#top">返回顶部</a> Copyright &copy; 2012-2019 范文宝 www.fanwenbao.net 版权所有</div>
</body>
</html>
"""
    return Page("dede_trailers_volunteer", "html", "utf-8", page, [(art.title, art.text)], "2019-01-03",
                without=["当前位置", "范文宝", "点击", "责任编辑", "上一篇", "下一篇", "没有了", "免责声明", "相关文章",
                         "学雷锋志愿服务活动总结", "返回顶部"],
                with_=["在植树节、世界环境日等时间节点组织青年志愿者", "推送志愿者典型事迹文章36篇"])


# 13. A Discuz! forum thread with half-width punctuation in the first post, replies and signatures


def discuz_halfwidth_first_secretary() -> Page:
    art = A.FIRST_SECRETARY
    half = [p.translate(HALF_WIDTH) for p in art.paragraphs]
    first = "<br />\r\n".join(esc(p) for p in half)
    replies = [
        ("乡村振兴路", "2021-1-12 20:45", "沙发!写得很实在,尤其是产业那一块,茶叶种植带动68户,这个数据很有说服力。"),
        ("青山绿水", "2021-1-12 21:03", "板凳。楼主辛苦了,驻村一年不容易。"),
        ("老驻村", "2021-1-13 08:17", "我也是第一书记,第二年了。给楼主提个建议:述职报告里最好把派出单位给的支持单独写一段,领导看了会比较重视。另外存在的不足不要只写自己,也可以写村里的客观困难。"),
        ("山里红", "2021-1-13 09:02", "回复 老驻村 的帖子:谢谢前辈指点,我再改改。"),
        ("路过的", "2021-1-13 12:30", "收藏了,年底正好要写。"),
        ("小溪流水", "2021-1-14 19:48", "请问楼主,消费帮扶的销售额是怎么统计的?我们单位也搞了,但是数据不好算。"),
    ]
    posts = "\n".join(
        f'<table class="plhin" id="pid{i + 2}"><tr><td class="pls"><div class="authi"><a class="xw1">{u}</a></div></td>'
        f'<td class="plc"><div class="pi"><strong><em>{i + 2}</em>#</strong><div class="authi">发表于 {t}</div></div>'
        f'<div class="pct"><table><tr><td class="t_f" id="postmessage_{i + 2}">{esc(x)}</td></tr></table></div>'
        f'<div class="sign">签名:扎根基层,服务群众</div></td></tr></table>'
        for i, (u, t, x) in enumerate(replies))
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>[述职报告] {art.title} - 基层工作交流 - 村官论坛 - Powered by Discuz!</title>
</head>
<body id="nv_forum" class="pg_viewthread">
<div id="toptb">村官论坛 | <a>登录</a> | <a>立即注册</a> | <a>找回密码</a></div>
<div id="pt" class="bm cl"><div class="z"><a href="./">村官论坛</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-12-1.html">基层工作交流</a> <em>&rsaquo;</em> <a>{art.title}</a></div></div>
<div id="postlist" class="pl bm">
<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">3127</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">6</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid=12&amp;filter=typeid&amp;typeid=3">[述职报告]</a> <span id="thread_subject">{art.title}</span></h1></td></tr></table>
<table class="plhin" id="pid1"><tr><td class="pls"><div class="authi"><a class="xw1">山里红</a></div><dl><dt>积分</dt><dd>1286</dd></dl></td>
<td class="plc"><div class="pi"><strong>楼主</strong><div class="authi">发表于 2021-1-12 20:18 | <a>只看该作者</a></div></div>
<div class="pct"><div class="pcb"><table><tr><td class="t_f" id="postmessage_1">
<i class="pstatus"> 本帖最后由 山里红 于 2021-1-12 20:31 编辑 </i><br />
{first}
</td></tr></table></div></div>
<div class="sign">签名:扎根基层,服务群众</div>
<div class="po"><a>回复</a> <a>支持(15)</a> <a>反对(0)</a> <a>举报</a></div></td></tr></table>
{posts}
</div>
<div id="f_pst">您需要登录后才可以回帖 <a>登录</a> | <a>立即注册</a></div>
<div id="ft">Powered by Discuz! X3.4 © 2001-2021 Comsenz Inc. 村官论坛</div>
</body>
</html>
"""
    return Page("discuz_halfwidth_first_secretary", "html", "utf-8", page, [(art.title, "\n".join(half))],
                "2021-01-12",
                without=["述职报告]", "本帖最后由", "沙发", "板凳", "老驻村", "扎根基层", "只看该作者", "登录后才可以回帖",
                         "Discuz", "消费帮扶的销售额是怎么统计的"],
                with_=["帮助村民销售土鸡、蜂蜜等农产品", "安装太阳能路灯120盏"])


# 14. A speech on a GBK site cut by a tail paywall, with download buttons


def gbk_speech_paywall_tail() -> Page:
    art = A.HEALTH_SPEECH
    body = "\n".join(f"<p>{esc(p)}</p>" for p in art.paragraphs)
    page = f"""<!DOCTYPE html>
<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>{art.title}（会员版）_讲话稿_第一文秘网</title></head>
<body>
<div class="hd"><span>第一文秘网</span> <a>会员中心</a> <a>充值</a> <a>帮助</a></div>
<div class="loc">您的位置：<a>首页</a> &gt; <a>讲话稿</a> &gt; <a>领导讲话</a></div>
<div class="box">
<h1>{art.title}</h1>
<div class="msg">2020-02-26　讲话稿　会员投稿　<span>已有1,093人下载</span></div>
<div class="txt">
{body}
<p class="more">……（全文共4126字，当前仅显示1718字，开通会员可下载完整Word文档）</p>
</div>
<div class="down"><a class="btn">立即下载</a> <a class="btn vip">VIP免费下载</a> <span>文档格式：doc　文档大小：28KB</span></div>
<div class="sm">本文档由会员上传，版权归作者所有，如有侵权请联系删除。</div>
<div class="sx">上一篇：<a>在全县疫情防控工作会议上的讲话</a><br>下一篇：<a>在医共体建设推进会上的讲话</a></div>
</div>
<div class="ft">第一文秘网 版权所有</div>
</body>
</html>
"""
    return Page("gbk_speech_paywall_tail", "html", "gbk", page, [(art.title, art.text)], "2020-02-26",
                truncated=True, omitted_chars_min=4126 - 1718,
                without=["第一文秘网", "会员中心", "您的位置", "人下载", "全文共4126字", "立即下载", "VIP免费下载", "文档格式",
                         "如有侵权", "上一篇"],
                with_=["同志们：", "今年计划招聘医学类专业技术人员60名"])


# 15. A WordPress theme: article + an appended 扩展阅读 article, tags, related excerpts, widgets


def wordpress_two_articles_air() -> Page:
    first, second = A.AIR_POLLUTION, A.DUST_CONTROL
    def blocks(art: A.Article) -> str:
        return "\n".join(f"<h3>{esc(p)}</h3>" if level(p) == 1 else f"<p>{esc(p)}</p>" for p in art.paragraphs)
    page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="UTF-8">
<title>{first.title} &#8211; 绿水范文</title>
<link rel='stylesheet' href='/wp-content/themes/twentytwenty/style.css' media='all' />
</head>
<body class="post-template-default single single-post">
<header id="site-header"><div class="header-titles"><div class="site-title"><a href="/">绿水范文</a></div><div class="site-description">环保人的写作素材库</div></div>
<nav class="primary-menu-wrapper"><ul><li><a>首页</a></li><li><a>工作总结</a></li><li><a>环保宣传</a></li><li><a>关于本站</a></li></ul></nav></header>
<main id="site-content" role="main">
<article class="post-3021 post type-post status-publish">
<header class="entry-header"><div class="entry-categories"><a href="/category/zongjie/" rel="category tag">工作总结</a></div>
<h1 class="entry-title">{first.title}</h1>
<div class="post-meta-wrapper"><ul class="post-meta"><li class="post-author">作者 <a>环保小编</a></li><li class="post-date"><a><time datetime="2022-12-12T09:30:00+08:00">2022年12月12日</time></a></li><li class="post-comment-link"><a>暂无评论</a></li></ul></div></header>
<div class="post-inner"><div class="entry-content">
{blocks(first)}
<p><strong>扩展阅读：{esc(second.title)}</strong></p>
{blocks(second)}
</div></div>
<div class="post-meta-wrapper post-meta-single-bottom"><ul class="post-meta"><li class="post-tags">标签：<a rel="tag">大气污染防治</a><a rel="tag">扬尘治理</a><a rel="tag">工作总结</a></li></ul></div>
<div class="section-inner"><div class="share">分享到：<a>微信</a><a>微博</a></div></div>
<nav class="pagination-single"><a class="previous-post">上一篇 水污染防治工作总结</a><a class="next-post">下一篇 土壤污染防治工作总结</a></nav>
<div class="related-posts"><h2>相关文章</h2>
<div class="rp"><a>区生态环境分局大气污染防治攻坚行动总结</a><p>今年以来，分局紧紧围绕空气质量改善目标，聚焦工业源、移动源、扬尘源，精准施策、科学治污，全区空气质量持续改善，优良天数同比增加19天……</p></div>
<div class="rp"><a>县环保局秋冬季大气污染综合治理工作汇报</a><p>为做好秋冬季大气污染防治工作，我局提前谋划、周密部署，制定了秋冬季攻坚行动方案，明确了重点任务和责任分工……</p></div>
</div>
<div class="comments-wrapper"><p class="comments-closed">评论已关闭。</p></div>
</article>
</main>
<aside class="sidebar"><div class="widget"><h2 class="widget-title">最新文章</h2><ul><li>水污染防治工作总结</li><li>环境监测站年度工作总结</li></ul></div>
<div class="widget"><h2 class="widget-title">文章归档</h2><ul><li>2022年12月</li><li>2022年11月</li></ul></div></aside>
<footer id="site-footer"><p>&copy; 2022 <a>绿水范文</a> · 由 WordPress 强力驱动</p></footer>
</body>
</html>
"""
    return Page("wordpress_two_articles_air", "html", "utf-8", page,
                [(first.title, first.text), (second.title, second.text)], "2022-12-12",
                without=["绿水范文", "环保小编", "暂无评论", "扩展阅读", "标签：", "分享到", "上一篇", "相关文章",
                         "优良天数同比增加19天", "评论已关闭", "最新文章", "文章归档", "WordPress"],
                with_=["细颗粒物平均浓度为31微克每立方米", "群众对扬尘问题的投诉量同比下降了42%"])


# 16. A 2005 ASP site: upper-case table markup, &nbsp; indents in <P>, bracketed tools, a short guest-book


def asp_2005_table_archives() -> Page:
    art = A.ARCHIVES_2005
    body = "\n".join(f"<P>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</P>" for p in art.paragraphs)
    page = f"""<HTML>
<HEAD>
<TITLE>{art.title}--*县档案信息网</TITLE>
<META http-equiv=Content-Type content="text/html; charset=gb2312">
<LINK href="../css.css" type=text/css rel=stylesheet>
</HEAD>
<BODY leftMargin=0 topMargin=0>
<TABLE cellSpacing=0 cellPadding=0 width=760 align=center border=0>
<TR><TD><IMG height=100 src="../images/banner.jpg" width=760></TD></TR>
<TR><TD bgColor=#0066cc height=22><FONT color=#ffffff>&nbsp;首页 | 机构设置 | 政策法规 | 工作动态 | 馆藏介绍 | 查档指南 | 网上留言</FONT></TD></TR>
</TABLE>
<TABLE cellSpacing=0 cellPadding=0 width=760 align=center border=0>
<TR><TD class=lanmu height=25>&nbsp;<IMG src="../images/arrow.gif">&nbsp;现在位置：<A href="../">首页</A> &gt;&gt; <A href="../gzdt/">工作动态</A> &gt;&gt; 正文</TD></TR>
<TR><TD align=middle height=40><FONT face=黑体 color=#ff0000 size=4>{art.title}</FONT></TD></TR>
<TR><TD align=middle><FONT color=#808080 size=2>作者：县档案局&nbsp;&nbsp;来源：本站原创&nbsp;&nbsp;发布时间：2005-7-15 9:32:06&nbsp;&nbsp;浏览次数：<SCRIPT src="../count.asp?id=233"></SCRIPT></FONT></TD></TR>
<TR><TD><FONT face=宋体 size=2>
{body}
</FONT></TD></TR>
<TR><TD align=right><FONT size=2>【<A href="#">发表评论</A>】【<A href="#">加入收藏</A>】【<A href="#">告诉好友</A>】【<A href="javascript:window.print()">打印此文</A>】【<A href="javascript:window.close()">关闭窗口</A>】</FONT></TD></TR>
<TR><TD><FONT size=2>上一篇：县档案局开展“6·9国际档案日”宣传活动<BR>下一篇：全县档案工作会议召开</FONT></TD></TR>
<TR><TD><FONT size=2><B>网友评论：</B>（只显示最新10条。评论内容只代表网友观点，与本站立场无关！）<BR>
查档的市民 2005-7-18 15:02:11<BR>档案馆查档服务态度很好，上次帮我查到了1982年的招工档案，非常感谢！<BR>
老干部 2005-7-20 09:45:37<BR>建议把民国时期的档案也整理一下，方便研究地方史。</FONT></TD></TR>
</TABLE>
<TABLE width=760 align=center><TR><TD align=middle><FONT size=2>版权所有：*县档案局&nbsp;&nbsp;地址：*县人民路88号&nbsp;&nbsp;电话：0000-1234567<BR>建议使用IE6.0以上浏览器，1024*768分辨率浏览本站</FONT></TD></TR></TABLE>
</BODY>
</HTML>
"""
    return Page("asp_2005_table_archives", "html", "gbk", page, [(art.title, art.text)], "2005-07-15",
                without=["现在位置", "发布时间", "浏览次数", "发表评论", "告诉好友", "上一篇", "网友评论", "招工档案",
                         "版权所有", "分辨率", "馆藏介绍"],
                with_=["查档时间由原来的半天缩短到20分钟左右", "查档群众可在阅览室电脑上检索目录"])


# 17. A mobile document viewer that shows the first pages and "还剩N页未读"


def mobile_doc_unread_vaccination() -> Page:
    art = A.VACCINATION_CLINIC
    body = "\n".join(f'<p class="reader-word-layer">{esc(p)}</p>' for p in art.paragraphs)
    page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{art.title} - 道客文档手机版</title></head>
<body>
<div class="open-app">打开道客文档App，免费下载本文档 <a class="btn">打开</a></div>
<div class="doc-head"><h1>{art.title}</h1>
<div class="doc-info"><span>上传于2022-08-19</span><span>7页</span><span>2.3万阅读</span><span>4.6分</span></div></div>
<div class="reader">
<div class="page-mark">第1页 / 共7页</div>
{body}
</div>
<div class="fold-tip"><p>还剩5页未读，继续阅读</p><a class="btn-read">继续阅读</a></div>
<div class="doc-btns"><a class="btn-down">免费下载本文档（.docx）</a><a class="btn-vip">开通VIP，畅享全站文档</a></div>
<div class="rec"><h3>相关文档</h3>
<div class="item"><a>预防接种门诊规范化建设工作方案</a><p>为进一步规范预防接种服务，提高接种质量，根据有关要求，结合我县实际，制定本方案……</p><span>5页 · 1.2万阅读</span></div>
<div class="item"><a>乡镇卫生院预防接种工作自查报告</a><p>按照县卫健局要求，我院对照预防接种工作规范，对本院预防接种工作进行了认真自查……</p><span>3页 · 8千阅读</span></div>
</div>
<div class="footer">道客文档 手机版 | 用户协议 | 隐私政策</div>
</body></html>
"""
    return Page("mobile_doc_unread_vaccination", "html", "utf-8", page, [(art.title, art.text)], "2022-08-19",
                truncated=True,
                without=["道客文档", "打开", "上传于", "2.3万阅读", "第1页", "还剩5页未读", "继续阅读", "免费下载本文档",
                         "开通VIP", "相关文档", "预防接种门诊规范化建设工作方案"],
                with_=["受种者家长可通过手机小程序查询接种记录和下次接种时间", "每天两次记录冷链温度"])


# 18. A UTF-8 text copy carrying one notice of nearly every kind, in full-width wording of its own


def txt_notice_catalogue_home_care() -> Page:
    art = A.HOME_CARE_STATION
    url = "https://www.fanwenyz.com/huibao/31207.html"
    paras = list(art.paragraphs)
    lines = ["学习范文　提升写作　就上范文驿站", "范文驿站　＞　汇报材料　＞　正文", "",
             art.title, art.title, "",
             "2023年05月10日 11:08　｜　编辑：驿站小编　｜　手机版阅读", "",
             "下载范文驿站APP，海量范文随时查！", ""]
    for i, p in enumerate(paras):
        lines.append(p)
        if i == 5:
            lines += ["", "范文驿站（fanwenyz.com）", ""]
        if i == 9:
            lines.append("本文由范文驿站整理，更多汇报材料请访问范文驿站汇报栏目。")
    lines += ["", "温馨提示：本文为网友投稿，仅供参考，请根据本单位实际情况修改使用。",
              "版权声明：本站所有文章均由网友上传或网络收集，若涉及版权问题请来信告知，我们核实后立即删除。",
              f"原文地址：{url}",
              "上一篇：社区老年食堂运营情况汇报　下一篇：街道养老服务工作情况汇报", ""]
    text = "\n".join(lines)
    return Page("txt_notice_catalogue_home_care", "txt", "utf-8", text, [(art.title, art.text)], "2023-05-10",
                canonical_url=url,
                without=["范文驿站", "提升写作", "手机版阅读", "APP", "fanwenyz", "温馨提示", "版权声明", "原文地址", "上一篇",
                         "驿站小编"],
                with_=["各位领导：", "运营资金来源较为单一", "服务站还设立了老年人阅读角"])


BUILDERS = [gb2312_font_table_farm, responsive_paywall_middle_safety, amp_mobile_fold_library, print_version_hospital,
            comments_thread_teacher, jingxuan_three_party_day, word_html_headers_emergency, txt_gbk_word_copy_flood,
            meta_odd_food_safety, big5_traditional_pinyin_elderly, gbk_undeclared_watermarks_tax,
            dede_trailers_volunteer, discuz_halfwidth_first_secretary, gbk_speech_paywall_tail,
            wordpress_two_articles_air, asp_2005_table_archives, mobile_doc_unread_vaccination,
            txt_notice_catalogue_home_care]


def encode(page: Page) -> bytes:
    # Big5 has no letters with tone marks: such sites write the pinyin as character references
    if page.encoding != "big5":
        return page.body.encode(page.encoding)
    tone_letters = set("".join(PINYIN.values())) - set("abcdefghijklmnopqrstuvwxyz")
    for char in set(page.body):
        try:
            char.encode("big5")
        except UnicodeEncodeError:
            assert char in tone_letters, (page.name, char)
    return page.body.encode("big5", errors="xmlcharrefreplace")


def main() -> None:
    for build in BUILDERS:
        page = build()
        check_truth_on_page(page)
        path = PAGES / f"{PREFIX}{page.name}.json"
        (PAGES / f"{PREFIX}{page.name}.{page.ext}").write_bytes(encode(page))
        spec = page.spec()
        if path.exists():  # keep a recorded xfail across regeneration: it describes what the cleaner does with this page
            old = json.loads(path.read_text(encoding="utf-8"))
            if "xfail" in old:
                spec["xfail"] = old["xfail"]
        path.write_text(json.dumps(spec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(path.name, sum(len(t) for _, t in page.truth), "chars")


if __name__ == "__main__":
    main()
