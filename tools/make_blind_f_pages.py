"""Write the blind hold-out round F pages (multi-article segmentation, paywalls, repeated titles) and their truth JSONs."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from opencc import OpenCC

sys.path.insert(0, str(Path(__file__).resolve().parent))
import blind_f_articles as A  # noqa: E402

PAGES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "pages"
TO_TRADITIONAL = OpenCC("s2tw")  # Taiwan forms (為, 裡) are the ones Big5 can encode
HALF_WIDTH = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
# pinyin glosses a copy-paste site leaves after some characters (the first occurrence of each gets one)
PINYIN = {"衛": "wèi", "發": "fā", "學": "xué", "縣": "xiàn", "議": "yì", "護": "hù", "區": "qū", "務": "wù"}


def paragraphs(text: str) -> list[str]:
    return text.split("\n")


def html_paras(text: str) -> str:
    return "\n".join(f"<p>{line}</p>" for line in paragraphs(text))


def traditional(text: str) -> str:
    # the truth stays the simplified original even where t2s cannot give it back (着落 -> 著落 -> 著落)
    return TO_TRADITIONAL.convert(text)


def gloss(text: str) -> str:
    seen: set[str] = set()
    out = []
    for ch in text:
        out.append(ch)
        if ch in PINYIN and ch not in seen:
            seen.add(ch)
            out.append(f"({PINYIN[ch]})")
    return "".join(out)


def html_page(title: str, body: str, charset: str = "utf-8") -> str:
    return (
        f'<!DOCTYPE html>\n<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
        f"<title>{title}</title>\n</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def write(name: str, content: str, encoding: str, spec: dict, truth: list[dict], declared: bool = True) -> None:
    raw = content.encode(encoding)
    (PAGES / name).write_bytes(raw)
    for part in truth:
        assert 400 <= len(part["text"]) <= 3000 or part.get("partial"), (name, part["title"], len(part["text"]))
    full = {
        "input": name,
        "encoding": encoding if encoding != "utf-8-sig" else "utf-8",
        "truncated": False,
        "converted_from_traditional": False,
        "canonical_url": None,
        "published": None,
        "sentences": "all",
        "title": [p["title"] for p in truth] if len(truth) > 1 else truth[0]["title"],
        "parts": len(truth),
        "with": [],
        "without": [],
        **spec,
        "truth": [{"title": p["title"], "text": p["text"]} for p in truth],
    }
    existing = PAGES / (Path(name).stem + ".json")
    if existing.exists():  # an xfail note written after measuring stays with the page
        old = json.loads(existing.read_text(encoding="utf-8"))
        if "xfail" in old:
            full["xfail"] = old["xfail"]
    existing.write_text(json.dumps(full, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def page_pian_brackets_three() -> None:
    arts = [A.SUMMARY_SCHOOL, A.SUMMARY_AGRICULTURE, A.SELF_CHECK]
    intro = ("时光飞逝，转眼间一年的工作就要结束了，回顾这段时间的工作，是时候写一份总结了。下面是蓝本文库小编"
             "为大家精心整理的2023年工作总结精选3篇，欢迎大家借鉴与参考，希望对大家有所帮助。")
    body = ['<div class="top"><a href="/">蓝本文库</a> | <a href="/zongjie/">工作总结</a> | <a href="/jihua/">工作计划</a>'
            ' | <a href="/user/login">登录</a> <a href="/user/reg">注册</a></div>',
            '<div class="crumb">您的位置：<a href="/">蓝本文库</a> » <a href="/zongjie/">工作总结</a> » 年度总结</div>',
            '<h1>2023年工作总结精选3篇</h1>',
            '<div class="info">来源：蓝本文库　发布时间：2023-12-18　浏览：1826次</div>',
            '<div class="content">', f"<p>{intro}</p>"]
    for n, art in zip("一二三", arts):
        body.append(f"<p><strong>【篇{n}】{art['title']}</strong></p>")
        body.append(html_paras(art["text"]))
    body += ["</div>",
             '<div class="link">本文标题：2023年工作总结精选3篇<br>本文链接：https://www.lanbenwk.com/zongjie/58213.html</div>',
             '<div class="foot">蓝本文库 www.lanbenwk.com 版权所有 联系邮箱：kefu@lanbenwk.com</div>']
    write("blind_f_pian_brackets_three.html", html_page("2023年工作总结精选3篇-蓝本文库", "\n".join(body)), "utf-8",
          {"published": "2023-12-18", "canonical_url": "https://www.lanbenwk.com/zongjie/58213.html",
           "without": ["蓝本文库小编", "本文链接", "浏览：1826次", "【篇二】"]}, arts)


def page_dierpian_gbk_undeclared() -> None:
    arts = [A.DEBT_REPORT, A.PERSONAL_REPORT]
    lines = ["公文派 — 机关单位写材料的好帮手", "首页 → 述职报告 → 党建述职", "",
             "村党支部书记述职报告（共2篇）", "发表于 2024年01月06日　　分类：述职报告", "", "第一篇", arts[0]["title"], ""]
    lines += paragraphs(arts[0]["text"]) + ["", "第二篇", arts[1]["title"], ""] + paragraphs(arts[1]["text"])
    lines += ["", "声明：本站部分文章来自网友投稿，如有侵权请联系我们删除。",
              "上一篇：社区书记抓党建述职报告　　下一篇：2024年党支部工作计划", "相关标签：述职报告 党建 村支书"]
    write("blind_f_dierpian_gbk_undeclared.txt", "\n".join(lines) + "\n", "gbk",
          {"published": "2024-01-06", "without": ["公文派", "第二篇", "相关标签", "如有侵权"]}, arts)


def page_fanwen_er_gb2312() -> None:
    arts = [A.INSIGHTS_STUDY, A.SPEECH_CONTEST]
    body = ['<div id="nav"><a href="/">写作帮</a> <a href="/xinde/">心得体会</a> <a href="/yanjiang/">演讲稿</a></div>',
            '<div class="pos">当前位置：<a href="/">首页</a> &gt;&gt; <a href="/xinde/">心得体会</a> &gt;&gt; 培训心得</div>',
            "<h1>青年干部培训心得体会范文（2篇）</h1>",
            '<p class="meta">作者：佚名 | 时间：2022-10-11 | 阅读：562</p>', '<div class="art">']
    for n, art in zip("一二", arts):
        body.append(f"<p>范文{n}：{art['title']}</p>")
        body.append(html_paras(art["text"]))
    body += ["</div>", '<div class="down"><a href="/down/77120.doc">点击下载完整版Word文档（.doc）</a>'
             ' <a href="/down/77120.doc">下载本文</a></div>',
             '<div class="copy">Copyright (C) 写作帮 xiezuobang.net 保留所有权利</div>']
    write("blind_f_fanwen_er_gb2312.html",
          html_page("青年干部培训心得体会范文（2篇）_写作帮", "\n".join(body), "gb2312"), "gbk",
          {"published": "2022-10-11", "without": ["下载本文", "点击下载", "范文二", "写作帮"]}, arts)


def page_h2_four() -> None:
    arts = [A.PLAN_COMMUNITY, A.IMPLEMENTATION_PLAN, A.SURVEY_ELDERCARE, A.DEEDS_NURSE]
    body = ['<header><a href="/">公文云库</a><form><input name="q"><button>搜索</button></form></header>',
            "<main><article>", "<h1>社区工作材料范文4篇</h1>",
            "<p class=\"time\">2024-03-02 09:14 公文云库 编辑：小云</p>"]
    for art in arts:
        body.append(f"<h2>{art['title']}</h2>")
        body.append(html_paras(art["text"]))
    body += ["</article></main>",
             '<aside><h3>热门文章</h3><ul><li><a href="/a/1.html">2024年社区工作总结</a></li>'
             '<li><a href="/a/2.html">社区书记述职报告</a></li><li><a href="/a/3.html">网格员工作心得</a></li></ul></aside>',
             "<footer>Copyright © 2016-2024 公文云库 gongwenyk.com 版权所有 浙ICP备12345678号</footer>"]
    write("blind_f_h2_four.html", html_page("社区工作材料范文4篇 - 公文云库", "\n".join(body)), "utf-8",
          {"published": "2024-03-02", "without": ["热门文章", "公文云库", "浙ICP备"]}, arts)


def page_hr_two() -> None:
    arts = [A.RECTIFICATION_REPORT, A.SUMMARY_AGRICULTURE]
    body = ['<div class="logo">文秘驿站 — 您身边的写作顾问</div>',
            '<div class="bread"><a href="/">首页</a> / <a href="/baogao/">报告</a> / 整改报告</div>',
            "<h1>巡察整改情况报告范文（精选）</h1>",
            '<div class="sub">更新时间：2023年10月20日 ｜ 文秘驿站</div>', '<div id="text">',
            f"<p><strong>{arts[0]['title']}</strong></p>", html_paras(arts[0]["text"]), "<hr>",
            f"<p><strong>{arts[1]['title']}</strong></p>", html_paras(arts[1]["text"]), "</div>",
            '<div class="tip">温馨提示：文秘驿站所有文章仅供参考，请结合本单位实际修改使用。</div>']
    write("blind_f_hr_two.html", html_page("巡察整改情况报告范文（精选）_文秘驿站", "\n".join(body)), "utf-8",
          {"published": "2023-10-20", "without": ["文秘驿站", "温馨提示"]}, arts)


def page_related_teasers() -> None:
    art = A.SPEECH_INTEGRITY
    teasers = [
        ("在全市卫生系统廉政工作会议上的讲话", "同志们：今天我们召开全市卫生系统廉政工作会议，主要任务是认真贯彻落实上级纪委全会和全省卫生健康系统"
         "党风廉政建设工作会议精神，回顾总结去年工作，分析当前面临的形势，部署今年的党风廉政建设和反腐败工作。下面，我讲几点意见。"
         "一、提高思想认识，切实增强做好廉政工作的责任感和使命感……"),
        ("医院纪委书记在警示教育大会上的讲话", "各位同事：按照院党委的安排，今天我们召开警示教育大会，通报近期发生在医疗卫生领域的典型案例，"
         "目的是用身边事教育身边人，引导全院干部职工知敬畏、存戒惧、守底线。刚才大家观看了警示教育片，内容很深刻，希望大家认真反思……"),
        ("2023年医院党风廉政建设工作总结", "2023年，院党委坚持全面从严治党，认真落实党风廉政建设主体责任，持续深化行风建设，"
         "医院政治生态不断优化。全年共开展廉政谈话186人次，组织警示教育4次，对药品耗材采购等重点环节开展专项检查3次……"),
    ]
    body = ['<div class="app-banner">打开秘书之友APP，阅读全文更流畅 <a href="/app">立即打开</a></div>',
            '<div class="loc">秘书之友网 &gt; 讲话稿 &gt; 廉政讲话</div>', f"<h1>{art['title']}</h1>",
            '<div class="attr"><span>2023/03/08</span> <span>秘书之友网</span> <span>手机版</span></div>',
            '<div class="body">', html_paras(art["text"]), "</div>",
            '<div class="related"><h3>相关范文</h3>']
    for number, (title, teaser) in enumerate(teasers, 4101):
        body.append(f'<div class="item"><h4><a href="/jh/{number}.html">{title}</a></h4>'
                    f"<p>{teaser}</p><a class=\"more\" href=\"#\">查看全文&gt;&gt;</a></div>")
    body += ["</div>", '<div class="footer">秘书之友网 mishuzy.com 客服QQ：12345678</div>']
    write("blind_f_related_teasers.html", html_page(art["title"] + "-秘书之友网", "\n".join(body)), "utf-8",
          {"published": "2023-03-08", "without": ["警示教育大会", "廉政谈话186人次", "阅读全文更流畅", "查看全文"]}, [art])


def page_paywall_middle_continue() -> None:
    art = A.SUMMARY_CDC
    text = art["text"]
    cut_start = text.index("中心修订了") + len("中心修订了《突发公共卫生事件")
    cut_end = text.index("（三）慢性病综合防控")
    visible = text[:cut_start] + "\n" + text[cut_end:]
    lines = ["xx市疾控中心2023年工作总结(最新)", "", "笔杆子文库　bgzwk.net　>　工作总结　>　单位总结", "",
             art["title"], "", "时间：2024-01-12　字数：3120字", ""]
    body = text[:cut_start] + "……（笔杆子文库 bgzwk.net 此处隐藏1260字，开通VIP会员即可查看全部内容）……\n" + text[cut_end:]
    lines += paragraphs(body)
    lines += ["", "本文由笔杆子文库整理，转载请保留链接：http://www.bgzwk.net/zj/30418.html",
              "猜你喜欢：疾控中心个人总结　卫生院年度工作总结　公共卫生工作总结"]
    write("blind_f_paywall_middle_continue.txt", "\n".join(lines) + "\n", "utf-8",
          {"published": "2024-01-12", "truncated": True, "omitted_chars_min": 1260,
           "canonical_url": "http://www.bgzwk.net/zj/30418.html",
           "without": ["隐藏1260字", "VIP会员", "猜你喜欢", "笔杆子文库"]},
          [{"title": art["title"], "text": visible}])


def page_paywall_silent() -> None:
    art = A.PLAN_COMMUNITY
    text = art["text"]
    visible = text[: text.index("三、做好便民服务工作")].rstrip("\n")
    body = ['<div class="hd">星辰范文网 <a href="/vip">开通VIP</a></div>',
            '<div class="crumbs"><a href="/">首页</a> › <a href="/jihua/">工作计划</a> › 社区工作计划</div>',
            f"<h1>{art['title']}</h1>", '<div class="date">2023-12-29</div>', '<div class="txt">',
            html_paras(visible), "</div>",
            '<div class="vip-mask"><p>开通会员，解锁全文</p><a class="btn" href="/vip/buy">立即开通</a>'
            ' <a class="btn" href="/down/5521">付费下载</a></div>',
            '<div class="ft">星辰范文网 版权所有</div>']
    write("blind_f_paywall_silent.html", html_page(art["title"] + "_星辰范文网", "\n".join(body)), "utf-8",
          {"published": "2023-12-29", "truncated": True, "without": ["解锁全文", "付费下载", "立即开通"]},
          [{"title": art["title"], "text": visible, "partial": True}])


def page_notice_then_summary() -> None:
    arts = [A.NOTICE_INSPECTION, A.SUMMARY_CDC]
    body = ['<div class="site">材料宝 cailiaobao.cn</div>',
            '<div class="where">位置：材料宝 → 通知公告 → 安全生产</div>',
            "<h1>冬季安全生产检查通知及工作总结范文</h1>",
            '<div class="mt">发布：材料宝编辑部　日期：2023-11-22</div>',
            f"<h3>{arts[0]['title']}</h3>", html_paras(arts[0]["text"]),
            "<p>————————————————</p>",
            f"<h3>{arts[1]['title']}</h3>", html_paras(arts[1]["text"]),
            '<div class="share">分享到：微信 微博 QQ空间</div>',
            '<div class="ft">材料宝所有资料均来源于网络，仅供学习交流使用。</div>']
    write("blind_f_notice_then_summary.html",
          html_page("冬季安全生产检查通知及工作总结范文 - 材料宝", "\n".join(body)), "utf-8",
          {"published": "2023-11-22", "without": ["材料宝", "分享到", "————"]}, arts)


def page_big5_two_trad() -> None:
    arts = [A.SPEECH_INTEGRITY, A.SELF_CHECK]
    body = ['<div class="nav">學習範文網 | 首頁 | 講話稿 | 報告</div>',
            "<h1>" + traditional("医院廉政讲话及食品安全自查报告（2篇）") + "</h1>",
            "<p>發佈時間：2023年08月21日　點閱：318</p>",
            "<p>" + traditional("篇一：" + arts[0]["title"]) + "</p>", html_paras(traditional(arts[0]["text"])),
            "<p>" + traditional("篇二：" + arts[1]["title"]) + "</p>", html_paras(traditional(arts[1]["text"])),
            "<p>本文由網友投稿，僅供參考，不代表本站立場。</p>",
            '<div class="foot">學習範文網 版權所有 (C) 2023</div>']
    write("blind_f_big5_two_trad.html",
          html_page(traditional("医院廉政讲话及食品安全自查报告（2篇）") + "-學習範文網", "\n".join(body), "big5"),
          "big5", {"published": "2023-08-21", "converted_from_traditional": True, "without_traditional": True,
                   "without": ["学习范文网", "网友投稿", "点阅"]}, arts)


def page_speech_trailers() -> None:
    art = A.SPEECH_HEALTH_MEETING
    lines = ["秘书之家 | 讲话稿频道", "", art["title"] + "范文", "日期：2024-02-27　　作者：admin", "", art["title"], ""]
    lines += paragraphs(art["text"])
    lines += ["", "（本文由秘书之家编辑整理，转载请注明出处）", "更多相关：领导讲话稿　会议讲话　卫生健康",
              "上一篇：在全市医疗保障工作会议上的讲话　　下一篇：在乡镇卫生院院长座谈会上的讲话",
              "温馨提示：本站文章仅供学习参考，不得用于商业用途。"]
    write("blind_f_speech_trailers.txt", "\n".join(lines) + "\n", "utf-8",
          {"published": "2024-02-27", "without": ["秘书之家", "更多相关", "上一篇", "温馨提示"]}, [art])


def page_title_thrice_gbk() -> None:
    art = A.PERSONAL_REPORT
    body = ['<div class="top">佳文汇 · 述职报告频道 <a href="/login">登录</a></div>',
            "<h1>2023年度个人述职报告(精选)</h1>",
            '<div class="meta">栏目：述职报告　更新：2023-12-05 16:40:21</div>',
            "<h2>最新2023年度个人述职报告</h2>", '<div id="article">',
            f"<p>{art['title']}</p>", html_paras(art["text"]), "</div>",
            '<div class="fold">展开阅读全文∨</div>',
            '<div class="pager">上一篇：2023年度教师述职报告 下一篇：科室主任述职报告范文</div>']
    write("blind_f_title_thrice_gbk.html",
          html_page("2023年度个人述职报告(精选)_佳文汇", "\n".join(body), "gbk"), "gbk",
          {"published": "2023-12-05", "without": ["展开阅读全文", "佳文汇", "(精选)", "最新2023"]}, [art])


def page_word_pages_watermark() -> None:
    art = A.SURVEY_ELDERCARE
    text = art["text"]
    # a Word copy's page numbers split two sentences; a site watermark is injected mid-sentence
    text_page = text.replace("其中农村老年人口4.1万人。", "其中农村老年\n\n1\n\n人口4.1万人。", 1)
    text_page = text_page.replace("难以满足失能老人的护理需求。", "难以满足失能老人\n\n2\n\n的护理需求。", 1)
    text_page = text_page.replace("建立稳定的运营经费保障机制", "建立稳定的运营（佳作汇 www.jiazuohui.cn）经费保障机制", 1)
    lines = ["佳作汇-免费公文范文下载", "", art["title"], "", "原文地址：http://www.jiazuohui.cn/diaoyan/20931.html",
             "发布日期：2023-06-30", ""] + text_page.split("\n")
    lines += ["", "3", "", "【佳作汇】整理发布，仅供学习参考。"]
    write("blind_f_word_pages_watermark.txt", "\n".join(lines) + "\n", "gbk",
          {"published": "2023-06-30", "canonical_url": "http://www.jiazuohui.cn/diaoyan/20931.html",
           "with": ["其中农村老年人口4.1万人。", "难以满足失能老人的护理需求。", "建立稳定的运营经费保障机制"],
           "without": ["佳作汇", "jiazuohui"]}, [art])


def page_halfwidth_comments() -> None:
    art = A.IMPLEMENTATION_PLAN
    half = art["text"].translate(HALF_WIDTH)
    body = ['<div class="appbar">下载星辰范文APP,海量范文免费看 <a href="/app">立即下载</a></div>',
            '<div class="crumb">首页 &gt; 实施方案 &gt; 活动方案</div>', f"<h1>{art['title'].translate(HALF_WIDTH)}</h1>",
            '<div class="meta">2021-04-02 10:31 · 来源:星辰范文 · 3.2万阅读</div>', '<div class="content">',
            html_paras(half), "</div>", '<div class="more">还剩2页未读,继续阅读 <a href="/down/882">下载文档</a></div>',
            '<div class="comments"><h3>网友评论(3)</h3>',
            "<p>用户9527:写得很全面,正好用得上,谢谢分享!</p>", "<p>xiaoxu_88:实施步骤那部分很实用,已收藏。</p>",
            "<p>匿名网友:能不能出一篇村级的?</p></div>"]
    write("blind_f_halfwidth_comments.html", html_page(art["title"] + "-星辰范文", "\n".join(body)), "utf-8",
          {"published": "2021-04-02", "without": ["还剩2页未读", "下载文档", "网友评论", "已收藏", "海量范文"]},
          [{"title": art["title"], "text": half}])


def page_five_articles() -> None:
    arts = [A.INSIGHTS_STUDY, A.SPEECH_CONTEST, A.DEEDS_NURSE, A.SELF_CHECK, A.DEBT_REPORT]
    texts = [a["text"] for a in arts]
    deeds = texts[2]
    cut_start = deeds.index("她撰写的两篇护理论文")
    cut_end = deeds.index("二、心系患者")
    shown = deeds[:cut_start] + "……(此处省略486字，升级会员后查看)……\n" + deeds[cut_end:]
    truth = [dict(a) for a in arts]
    truth[2] = {"title": arts[2]["title"], "text": deeds[:cut_start].rstrip("\n") + "\n" + deeds[cut_end:]}
    lines = ["范文精选网", "", "优秀范文精选5篇", "", "更新时间：2023-09-15", "",
             "在日常的学习、工作、生活中，大家总少不了接触范文吧，范文可以帮助我们更好地写作。那么问题来了，到底应如何写一篇优秀的范文呢？"
             "以下是小编精心整理的5篇，供大家参考借鉴，希望可以帮助到有需要的朋友。", ""]
    for n, (art, text) in enumerate(zip(arts, texts[:2] + [shown] + texts[3:]), 1):
        lines += [f"篇{n}：{art['title']}", ""] + paragraphs(text) + [""]
    lines += ["【优秀范文精选5篇】相关文章：", "1.青年干部培训心得体会", "2.护士长先进事迹材料范文", "3.村支书述职报告"]
    write("blind_f_five_articles.txt", "\n".join(lines) + "\n", "utf-8",
          {"published": "2023-09-15", "truncated": True, "omitted_chars_min": 486,
           "without": ["小编精心整理", "省略486字", "相关文章", "篇3："]},
          truth)


def page_seo_filler_disclaimer() -> None:
    art = A.SUMMARY_SCHOOL
    text = art["text"].replace("学生书面作业时间控制在规定范围之内。",
                               "学生书面作业时间控制（范文先生网）在规定范围之内。", 1)
    body = ['<div class="hd">范文先生网 fanwenxs.com</div>',
            '<div class="pos">您现在的位置：首页 > 总结 > 教学工作总结</div>',
            f"<h1>{art['title']}</h1>", '<div class="info">时间：2023-07-08 整理：范文先生</div>',
            '<div class="content">', html_paras(text),
            f"<p>{art['title']}的相关拓展：教学工作总结怎么写？</p>",
            "<p>教学工作总结是学校和教师对一定时期内教学工作进行回顾、分析和评价的书面材料。写好教学工作总结，"
            "首先要实事求是，用事实和数据说话；其次要突出重点，抓住主要经验和问题；最后要有针对性地提出改进措施。</p>",
            "<p>总结的结构一般包括标题、前言、正文和结尾四个部分，正文是总结的核心，要写清楚做了什么、怎么做的、效果如何。</p>",
            "</div>", '<div class="mz">免责声明：本站所有文章来源于网络，版权归原作者所有，如有侵权请联系删除。</div>']
    write("blind_f_seo_filler_disclaimer.html", html_page(art["title"] + " - 范文先生网", "\n".join(body)), "utf-8",
          {"published": "2023-07-08", "with": ["学生书面作业时间控制在规定范围之内。"],
           "without": ["范文先生", "相关拓展", "教学工作总结怎么写", "免责声明"]}, [art])


def page_paywall_tail_gb2312() -> None:
    art = A.RECTIFICATION_REPORT
    text = art["text"]
    visible = text[: text.index("（三）关于“干部队伍建设有短板”的问题。") + len("（三）关于“干部队伍建设有短板”的问题。制定了年轻干部")]
    body = ['<div class="top">文秘帮 wenmibang.com</div>',
            '<div class="nav">当前位置：<a href="/">文秘帮</a> &gt; <a href="/zg/">整改报告</a> &gt; 正文</div>',
            f"<h1>{art['title']}</h1>", "<p class=\"sj\">时间：2023-10-16 07:25:40　人气：</p>", '<div class="zw">',
            html_paras(visible + "……（未完待续，本文共2360字，免费试读1000字，登录后可阅读全文）"), "</div>",
            '<div class="xg">相关阅读：巡察整改报告 整改情况汇报 专项整治报告</div>']
    write("blind_f_paywall_tail_gb2312.html", html_page(art["title"] + "_文秘帮", "\n".join(body), "gb2312"), "gbk",
          {"published": "2023-10-16", "truncated": True, "omitted_chars_min": 1360,
           "without": ["未完待续", "免费试读", "相关阅读", "文秘帮"]},
          [{"title": art["title"], "text": visible, "partial": True}])


def page_trad_pinyin_two() -> None:
    arts = [A.SURVEY_ELDERCARE, A.NOTICE_INSPECTION]
    body = ['<div class="nav">公文天地 | 首頁 | 調研報告</div>',
            "<h1>" + gloss(traditional(arts[0]["title"])) + "</h1>",
            "<p>時間：2022-11-03 14:20:11</p>",
            "<p>導讀：本文是網友分享的範文，僅代表作者個人觀點，與本站無關，歡迎參考借鑒。</p>"]
    for n, art in zip("一二", arts):
        body.append(f"<h2>第{n}篇：" + gloss(traditional(art["title"])) + "</h2>")
        body.append(html_paras(gloss(traditional(art["text"]))))
    body.append('<div class="foot">公文天地 版權所有</div>')
    write("blind_f_trad_pinyin_two.html",
          html_page(traditional(arts[0]["title"]) + "_公文天地", "\n".join(body)), "utf-8",
          {"published": "2022-11-03", "converted_from_traditional": True, "without_traditional": True,
           "without": ["(wèi)", "(xiàn)", "公文天地", "网友分享"]}, arts)


def page_big5_three_txt() -> None:
    arts = [A.SUMMARY_AGRICULTURE, A.INSIGHTS_STUDY, A.SPEECH_CONTEST]
    lines = ["華文範本網", "首頁 > 工作總結 > 半年總結", "", traditional("农业农村工作材料精选（3篇）"),
             "日期：2023/07/25", ""]
    for n, art in zip("一二三", arts):
        lines += [traditional(f"范文{n}"), traditional(art["title"])] + paragraphs(traditional(art["text"])) + [""]
    lines += ["更多精彩範文，請關注華文範本網。"]
    write("blind_f_big5_three_txt.txt", "\n".join(lines) + "\n", "big5",
          {"published": "2023-07-25", "converted_from_traditional": True, "without_traditional": True,
           "without": ["华文范本网", "更多精彩"]}, arts)


def main() -> None:
    for make in (page_pian_brackets_three, page_dierpian_gbk_undeclared, page_fanwen_er_gb2312, page_h2_four,
                 page_hr_two, page_related_teasers, page_paywall_middle_continue, page_paywall_silent,
                 page_notice_then_summary, page_big5_two_trad, page_speech_trailers, page_title_thrice_gbk,
                 page_word_pages_watermark, page_halfwidth_comments, page_five_articles,
                 page_seo_filler_disclaimer, page_paywall_tail_gb2312, page_trad_pinyin_two, page_big5_three_txt):
        make()


if __name__ == "__main__":
    main()
