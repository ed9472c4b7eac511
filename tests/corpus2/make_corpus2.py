#!/usr/bin/env python3
"""Writes the second held-out corpus (NAME.txt + gold NAME.json) into this folder.

    python3 tests/corpus2/make_corpus2.py

The prose is original; the layout artefacts follow ../../../shared/docs/genre.md (and the
forms it reports from elsewhere in the genre). Gold files are in the seeds' gold format.
See README.md for what each document exercises."""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from corpus2lib import Doc2, quad, cit, votes_for, finish  # noqa: E402

DOCS = []


def doc(f):
    DOCS.append(f)
    return f


# --------------------------------------------------------------------------
# k01: style A, width 84 (42 full-width). Ⅰ．/１．/(1) headings, single-dash
# subtitle, author + affiliation line, （注n） markers with bodies `注n …` under
# a bold 【注】, page numbers `- 12 -` followed by a running header, a vote table
# with 共和国 names that crosses a page break (page number + running header
# inside the table).
# --------------------------------------------------------------------------
RH01 = "第 2 章 キルギスにおける政権交代と対露関係"


@doc
def k01():
    d = Doc2("k01_kyrgyz_A_roman", "A", 84, "chuu", pn_fmt="- {} -", running_header=RH01)
    g = d.gold
    g.update(title="キルギスにおける政権交代と対露関係", subtitle="2020 年 10 月政変以後の外交",
             chapter="第 2 章", author="田村浩一", affiliation="北海道大学スラブ・ユーラシア研究センター准教授",
             running_header=RH01)
    d.raw([" " + quad("第", "~ ", "2", "~ ", "章", "~        ", "キルギスにおける政権交代と対露関係") + "    ", "",
           quad("―", "2020", "~ ", "年", "~ ", "10", "~ ", "月政変以後の外交―") + "    ", "",
           quad("田村", "~    ", "浩一") + "    ", "",
           "北海道大学スラブ・ユーラシア研究センター准教授", " ", ""])
    d.heading(2, ["Ⅰ．", "はじめに"])
    d.para("2020 年 10 月、キルギスでは議会選挙の結果に抗議する大規模なデモが発生し、ジェエンベコフ大統領が辞任に追い込まれた[[1]]。"
           "独立以来 3 度目となるこの政変によって、収監されていたジャパロフが釈放され、短期間のうちに首相、大統領代行を経て、"
           "翌 2021 年 1 月の大統領選挙で当選した。本章では、この政変以後のキルギスの対外政策、とりわけ対露関係の変化を検討する。")
    d.para("キルギスは、ユーラシア経済連合（EAEU）と集団安全保障条約機構（CSTO）の双方に加盟し、国内にロシア軍のカント空軍基地を"
           "擁するなど、中央アジアでも特にロシアとの結びつきが強い国である[[2]]。他方で、同国は中国への債務の増大や、"
           "タジキスタンとの国境をめぐる武力衝突など、複数の難題を抱えている。")
    d.heading(2, ["Ⅱ．", "政変の経緯と新政権の性格"])
    d.heading(3, ["１．", "2020", "~ ", "年", "~ ", "10", "~ ", "月の政変"])
    d.heading(4, ["(1)", "議会選挙と抗議行動"])
    d.para("10 月 4 日に実施された議会選挙では、大統領に近いとされる 2 つの政党が上位を占めたが、票の買収などの不正が広く指摘された。"
           "翌 5 日から首都ビシュケクで抗議行動が始まり、デモ隊は政府庁舎を占拠した[[3]]。中央選挙管理委員会は 6 日に選挙結果を"
           "無効とし、国内は一時的に権力の空白状態に陥った。")
    d.heading(4, ["(2)", "ジャパロフ政権の成立"])
    d.para("混乱のなかで台頭したのが、民族主義的な主張で知られるサディル・ジャパロフである。彼は支持者によって刑務所から解放されると、"
           "議会の臨時会合で首相に選出された。ジェエンベコフ大統領の辞任後は大統領の職務も代行し、2021 年 1 月の選挙では約 79%の票を"
           "得て当選した[[4]]。同時に行われた国民投票では、議院内閣制から大統領制への回帰が支持{PN:12}された。")
    d.heading(3, ["２．", "新憲法体制と権力の集中"])
    d.para("2021 年 4 月の国民投票で承認された新憲法は、大統領の権限を大幅に強化するものであった。大統領は内閣を直接率い、"
           "議会の定数は 120 から 90 に削減された。研究者の間では、この体制が 2010 年以前の権威主義体制への回帰であるとの見方が強い[[5]]。")
    d.heading(2, ["Ⅲ．", "対露関係の展開"])
    d.heading(3, ["１．", "政変へのロシアの対応"])
    d.para("ロシアは政変の過程で目立った介入を行わず、事態の推移を見守った。新政権の成立後、ロシアは財政支援の一部を一時的に"
           "凍結したが、ジャパロフ大統領が最初の外遊先にモスクワを選んだことで、関係は速やかに修復された[[6]]。")
    d.heading(3, ["２．", "ウクライナ侵攻後の立場"])
    d.para("2022 年 2 月のロシアによるウクライナ侵攻に対し、キルギス政府は中立的な立場を表明した。国連総会での関連決議に対しても、"
           "キルギスは賛成票を投じることはなく、棄権を続けている。表1は、2022 年の主要な決議における旧ソ連諸国の投票をまとめたものである。")
    cap = "2022 年の国連総会ウクライナ関連決議における旧ソ連諸国の投票"
    head = ["国名", "3 月 2 日", "3 月 24 日", "10 月 12 日", "11 月 14 日"]
    rows = [["アゼルバイジャン共和国", "不参加", "不参加", "不参加", "不参加"],
            ["アルメニア共和国", "棄権", "棄権", "棄権", "棄権"],
            ["ウクライナ", "賛成", "賛成", "賛成", "賛成"],
            ["ウズベキスタン共和国", "不参加", "棄権", "棄権", "棄権"],
            ["カザフスタン共和国", "棄権", "棄権", "棄権", "棄権"],
            ["キルギス共和国", "棄権", "棄権", "棄権", "棄権"],
            ["ジョージア", "賛成", "賛成", "賛成", "賛成"],
            ["タジキスタン共和国", "棄権", "棄権", "棄権", "棄権"],
            ["トルクメニスタン", "不参加", "不参加", "不参加", "不参加"],
            ["ベラルーシ共和国", "反対", "反対", "反対", "反対"],
            ["モルドバ共和国", "賛成", "賛成", "賛成", "賛成"],
            ["ロシア連邦", "反対", "反対", "反対", "反対"]]
    lines = ["表1 " + cap + " ", "", " ".join(head), ""]
    for i, r in enumerate(rows):
        lines += [" ".join(r), ""]
        if i == 6:
            lines.append(("pn", "13"))
    lines += ["出所：国連デジタルライブラリーの投票記録をもとに筆者作成。 ", ""]
    d.sep_before_heading()
    d.raw(lines)
    iso = {"アゼルバイジャン共和国": "AZE", "アルメニア共和国": "ARM", "ウクライナ": "UKR", "ウズベキスタン共和国": "UZB",
           "カザフスタン共和国": "KAZ", "キルギス共和国": "KGZ", "ジョージア": "GEO", "タジキスタン共和国": "TJK",
           "トルクメニスタン": "TKM", "ベラルーシ共和国": "BLR", "モルドバ共和国": "MDA", "ロシア連邦": "RUS"}
    d.table_gold("表1", cap, [head], rows, "国連デジタルライブラリーの投票記録をもとに筆者作成。",
                 votes=votes_for(iso, ["2022-03-02", "2022-03-24", "2022-10-12", "2022-11-14"], rows,
                                 ["A/RES/ES-11/1", "A/RES/ES-11/2", "A/RES/ES-11/4", "A/RES/ES-11/5"]))
    d.last = "table"
    d.para("3 月 2 日の決議 ES-11/1 はロシアの侵攻を非難し、3 月 24 日の決議 ES-11/2 は人道状況の改善を求め、10 月 12 日の決議 ES-11/4 は"
           "ウクライナ東部・南部 4 州の「併合」を無効とし、11 月 14 日の決議 ES-11/5 はロシアに損害の賠償を求めるものであった。"
           "中央アジアの 4 か国はいずれの決議でも賛成せず、トルクメニスタンは一度も投票に参加しなかった。")
    d.heading(2, ["Ⅳ．", "おわりに"])
    d.para("政変以後のキルギスは、国内では大統領への権力集中を進める一方、対外的にはロシアとの同盟関係を維持しつつ、"
           "中国やトルコとの関係にも配慮する均衡外交を続けている。ウクライナ侵攻後、ロシアからの送金や再輸出をめぐる経済的な"
           "結びつきはむしろ強まっており、キルギスの対露依存は{PN:14}容易には解消されないであろう[[7]]。")
    d.para("もっとも、ロシアの影響力の低下を見越して、ジャパロフ政権が欧米や湾岸諸国からの投資の呼び込みを図っていることも"
           "見逃せない。大国間の対立が続くなかで、小国キルギスがどこまで自律性を確保できるのかが、今後の焦点となろう。")
    notes = {
        1: "2005 年の「チューリップ革命」、2010 年の政変に続くものである。政変の経緯については、宮川真一・中野智子編著"
           "『キルギスの政治変動と社会』明石書店、2021 年、第 5 章を参照。",
        2: "中野智子「カント空軍基地とロシアの中央アジア戦略」『比較政治研究』第 12 巻第 3 号、2019 年、33-52 頁。",
        3: "「キルギス、選挙結果を無効に 抗議デモ拡大で」『日本経済新聞』2020 年 10 月 7 日（朝刊）。",
        4: "Aida Temirova, “Kyrgyzstan's Populist Turn,” in Daniel Hartley (ed.), Central Asia after the Pandemic "
           "(London: Routledge, 2022), pp. 45–67.",
        5: "同上、58-60 頁。",
        6: "イーゴリ・ペトロフ『ポスト・ソ連空間とロシア』山本健二監訳、東洋書店、2019 年、201-215 頁。",
        7: "世界銀行の推計によれば、2022 年のキルギスの GDP に占める国外送金の比率は約 3 割に達し、その大半がロシアからのものである。",
    }
    d.sep_before_heading()
    d.put(quad("【注】") + "    ")
    d.blank()
    for n, t in notes.items():
        lines = d.wrap("注%d %s" % (n, t), count_refs=False)
        d.text_lines(lines, end_space=True)
        g["notes"].append({"n": n, "text": t})
    tem = dict(authors=["Aida Temirova"], title="Kyrgyzstan's Populist Turn", container="Central Asia after the Pandemic",
               publisher="Routledge", date="2022", type="chapter", lang="en", editors=["Daniel Hartley"])
    g["citations"] = [
        cit(1, ["宮川真一", "中野智子"], "キルギスの政治変動と社会", publisher="明石書店", date="2021", type="book",
            editors=["宮川真一", "中野智子"]),
        cit(2, ["中野智子"], "カント空軍基地とロシアの中央アジア戦略", container="比較政治研究", volume="12", issue="3",
            date="2019", pages="33-52", type="article-journal"),
        cit(3, [], "キルギス、選挙結果を無効に 抗議デモ拡大で", container="日本経済新聞", date="2020-10-07",
            type="article-newspaper", edition="朝刊"),
        cit(4, pages="45-67", **tem),
        cit(5, pages="58-60", back_reference="同上", **tem),
        cit(6, ["イーゴリ・ペトロフ"], "ポスト・ソ連空間とロシア", publisher="東洋書店", date="2019", pages="201-215",
            type="book", translators=["山本健二"]),
    ]
    g["remarks"] = ("Style A (double-spaced, trailing space at paragraph ends, bold printed four times). Chapter runs split at "
                    "the digit (`第第第第 2222 章章章章`), subtitle between SINGLE dashes (`――――2020202020202020 年…外交―…`), "
                    "author line followed by a plain affiliation line (not author, not heading). Three heading levels: "
                    "Ⅰ．(2) > １．(3) > (1)(4). Note markers （注n） in plain text, bodies `注n …` under a bold 【注】 (back matter, "
                    "not a heading). Page numbers printed `- 12 -`; every new page starts with a RUNNING HEADER repeating the "
                    "chapter title (page header artefact: not a heading, not body text), one of them inside the vote table. "
                    "Vote table: country names with 共和国/連邦 suffixes (アゼルバイジャン共和国 AZE, ロシア連邦 RUS), header dates "
                    "with converter spaces (`3 月 24 日`), year from the caption, 不参加 = NV. Citations: 編著 (two editors, "
                    "counted as creators), journal 第 12 巻第 3 号, unsigned newspaper with （朝刊）, English chapter `in X (ed.), "
                    "Book (London: Routledge, 2022), pp. 45–67` (en dash -> 45-67), 同上 resolved to note 4, translated book "
                    "with 監訳 (translator not an author). Note 7 holds no citation.")
    return d


# --------------------------------------------------------------------------
# k02: style D, width 104 (52 full-width): single-spaced, paragraphs marked only
# by a full-width indent, no converter spaces. Subtitle between －, author with a
# bracketed affiliation on the next line, 【はじめに】/第n節/１．/【おわりに】,
# superscripts `n)`, endnotes `n) …` after a rule line, page numbers `― 21 ―`,
# a wrapped table comparing two countries (3 columns).
# --------------------------------------------------------------------------
@doc
def k02():
    d = Doc2("k02_belarus_D_indent", "D", 104, "paren", pn_fmt="― {} ―")
    g = d.gold
    g.update(title="ベラルーシ・ロシア連合国家の現在", subtitle="統合の深化と主権のジレンマ", author="森下さやか",
             affiliation="日本国際問題研究所研究員")
    d.raw(["ベラルーシ・ロシア連合国家の現在", "－統合の深化と主権のジレンマ－", "", "森下 さやか", "（日本国際問題研究所研究員）", ""])
    d.heading(2, "【はじめに】", text="【はじめに】")
    d.para("ベラルーシとロシアは、1999年12月に連合国家創設条約に署名して以来、四半世紀近くにわたって「連合国家」という独特の枠組みを"
           "維持してきた。共通の議会や通貨の導入は実現しなかったものの、両国は関税、エネルギー、安全保障の各分野で他の旧ソ連諸国には"
           "見られない緊密な関係を築いてきた[[1]]。")
    d.para("本稿では、連合国家の制度的な歩みを振り返ったうえで、2020年の大統領選挙後の政治危機と、2022年のロシアによるウクライナ侵攻が"
           "両国関係にもたらした変化を検討する。結論を先取りすれば、ベラルーシの対露依存は近年急速に深まったが、それは主権の放棄を"
           "意味するものではなく、ルカシェンコ政権は依然として一定の交渉力を保持している。")
    d.heading(2, "第1節 連合国家の制度と歩み")
    d.heading(3, "１．1999年の連合国家創設条約")
    d.para("連合国家創設条約は、共通の憲法、議会、通貨の導入を段階的に進めることを定めていた。しかし、ロシア側が事実上の編入に"
           "近い統合を求めたのに対し、ベラルーシ側は対等な国家連合を主張し、制度化は早い段階で停滞した[[2]]。2000年代には、天然ガスの価格や"
           "石油の関税をめぐる対立が繰り返され、両国関係はしばしば「エネルギー戦争」と形容された。")
    d.heading(3, "２．「統合プログラム」の採択")
    d.para("停滞していた統合が再び動き出したのは、2019年以降のことである。両国政府は税制や関税、エネルギー市場の統一を目指す"
           "一連のロードマップについて交渉を重ね、2021年9月には28の「連合プログラム」で合意した[[3]]。もっとも、その内容は当初の構想に"
           "比べて技術的な調整が中心であり、政治的な統合は棚上げされた[[4]]。西側の研究者の間では、この合意をベラルーシの主権の"
           "{PN:21}後退とみる見方と、むしろ統合の限界を確認したものとみる見方が併存している[[5]]。")
    d.heading(2, "第2節 2020年大統領選挙後の接近")
    d.para("2020年8月の大統領選挙でルカシェンコが6選を果たしたと発表されると、選挙の不正に抗議する大規模なデモが全国に広がった。"
           "欧米諸国は選挙結果を認めず、ベラルーシに対する制裁を相次いで発動した。孤立を深めた政権にとって、ロシアの政治的・経済的な"
           "支援は不可欠なものとなった。")
    d.para("ロシアは15億ドルの融資を供与し、治安部隊の派遣の用意があることも表明した。こうした支援と引き換えに、ベラルーシは"
           "ユーラシア経済連合（EAEU）の枠内での協力や、連合国家の統合プログラムの履行を受け入れていった[[6]]。2021年9月の首脳会談では、"
           "両国の首脳が統合の進展を確認する共同声明を発表した[[7]]。同じ時期、ベラルーシは中国との関係強化も図っており、"
           "習近平国家主席との電話会談で両国関係を「全天候型」の戦略的パートナーシップと位置づけている[[8]]。{PN:22}")
    d.para("表1は、同じくロシアと緊密な関係を持つカザフスタンと比較して、ベラルーシの対露関係の特徴をまとめたものである。")
    head = ["", "ベラルーシ", "カザフスタン"]
    rows = [["安全保障", "CSTO加盟。2023年にロシアの戦術核兵器の配備を受け入れた。",
             "CSTO加盟。2022年1月の騒乱ではCSTO部隊の派遣を要請したが、早期に撤収させた。"],
            ["経済統合", "連合国家の28の連合プログラムを実施中。貿易の約半分がロシア向け。",
             "EAEU加盟国。貿易相手としては中国とEUの比重が大きい。"],
            ["ウクライナ侵攻への対応", "領土の使用を容認し、国連決議では反対票を投じた。",
             "中立を維持し、ドネツク、ルハンシクの「独立」を承認せず。"],
            ["対西側関係", "2020年の大統領選挙後、欧米の制裁対象となった。", "多方位外交を掲げ、欧米との関係を維持。"]]
    d.wrapped_table("表1", "ベラルーシとカザフスタンの対露関係の比較", head, rows, [14, 42, 42],
                    source="出典：各種資料をもとに筆者作成。")
    g["tables"][-1]["source"] = "各種資料をもとに筆者作成。"
    d.heading(2, "第3節 ウクライナ侵攻とベラルーシ")
    d.para("2022年2月、ロシア軍の一部はベラルーシ領内からウクライナに侵攻した。ベラルーシ軍自体は戦闘に参加しなかったものの、"
           "領土の提供は欧州諸国に強い警戒感を抱かせ、ベラルーシは事実上の「共同交戦国」とみなされるようになった[[9]]。")
    d.para("それでもルカシェンコ政権は、自国軍の派兵という一線は越えず、ロシアとの同盟を強調しつつも独自の判断の余地を残してきた。"
           "2023年8月にはEUが新たな制裁を発動し、ベラルーシの孤立は一層深まった[[10]]。")
    d.heading(2, "【おわりに】", text="【おわりに】")
    d.para("ベラルーシの対露依存は、2020年以後、かつてない水準に達した。しかし、連合国家の制度が形式的な統合にとどまっていることが"
           "示すように、ベラルーシは国家としての主権を手放したわけではない。ロシアの国力が戦争によって消耗するなかで、"
           "ルカシェンコ政権がどのように自律性を確保していくのかが、今後の注目点である。")
    d.out += ["", "――――――――――――――――"]
    notes = [
        (1, "拙稿「ベラルーシ外交における『多方位』の論理」『ロシア・ユーラシアの経済と社会』第1050号、2020年11月、2–15頁。"),
        (2, "Кузнецов А.В. Белорусско-российская интеграция: итоги двадцатилетия // Вестник МГУ. 2019. № 3. С. 12–30."),
        (3, "28の連合プログラムは、マクロ経済政策、税制、金融、エネルギー、運輸、農業など広範な分野にわたる。"),
        (4, "Nadia Lewandowska, “Belarus between Integration and Sovereignty,” Europe-Asia Studies, Vol. 73, No. 6 (2021), pp. 1021–1044."),
        (5, "Ibid., p. 1030."),
        (6, "中村亮「ユーラシア経済連合の制度と実態」大西健編『ユーラシア地域統合の展望』ミネルヴァ書房、2017年、45–67頁。"),
        (7, "Президент Республики Беларусь, «Переговоры с Президентом России Владимиром Путиным», 09.09.2021. "
            "<https://president.gov.by/ru/events/peregovory-s-prezidentom-rossii-vladimirom-putinym-1631191802>"),
        (8, "《习近平同白俄罗斯总统卢卡申科通电话》，《人民日报》2021年7月1日。"),
        (9, "「ベラルーシ経由の侵攻、欧州に警戒広がる」『日本経済新聞』2022年3月4日（朝刊）。"),
        (10, "Council of the EU, “Belarus: EU adopts new sanctions,” 3 August 2023. "
             "<https://www.consilium.europa.eu/en/press/press-releases/2023/08/03/belarus-eu-adopts-new-sanctions/>"),
    ]
    for n, t in notes:
        for ln, _, _ in d.wrap("%d) %s" % (n, t), count_refs=False):
            d.put(ln)
        g["notes"].append({"n": n, "text": t})
    lew = dict(authors=["Nadia Lewandowska"], title="Belarus between Integration and Sovereignty", container="Europe-Asia Studies",
               volume="73", issue="6", date="2021", type="article-journal", lang="en")
    g["citations"] = [
        cit(1, ["森下さやか"], "ベラルーシ外交における『多方位』の論理", container="ロシア・ユーラシアの経済と社会", issue="1050",
            date="2020-11", pages="2-15", type="article-journal"),
        cit(2, ["Кузнецов А.В."], "Белорусско-российская интеграция: итоги двадцатилетия", container="Вестник МГУ",
            issue="3", date="2019", pages="12-30", type="article-journal", lang="ru"),
        cit(4, pages="1021-1044", **lew),
        cit(5, pages="1030", back_reference="Ibid.", **lew),
        cit(6, ["中村亮"], "ユーラシア経済連合の制度と実態", container="ユーラシア地域統合の展望", publisher="ミネルヴァ書房",
            date="2017", pages="45-67", type="chapter", editors=["大西健"]),
        cit(7, ["Президент Республики Беларусь"], "Переговоры с Президентом России Владимиром Путиным", date="2021-09-09",
            url="https://president.gov.by/ru/events/peregovory-s-prezidentom-rossii-vladimirom-putinym-1631191802",
            type="webpage", lang="ru"),
        cit(8, [], "习近平同白俄罗斯总统卢卡申科通电话", container="人民日报", date="2021-07-01", type="article-newspaper",
            lang="zh"),
        cit(9, [], "ベラルーシ経由の侵攻、欧州に警戒広がる", container="日本経済新聞", date="2022-03-04",
            type="article-newspaper", edition="朝刊"),
        cit(10, ["Council of the EU"], "Belarus: EU adopts new sanctions", date="2023-08-03",
            url="https://www.consilium.europa.eu/en/press/press-releases/2023/08/03/belarus-eu-adopts-new-sanctions/",
            type="webpage", lang="en"),
    ]
    g["remarks"] = ("Style D (new): single-spaced, NO empty line between paragraphs and no trailing spaces; a paragraph starts "
                    "with a full-width space indent `　`, its other lines do not (the only paragraph signal). No converter spaces "
                    "(`2020年8月`, `15億ドル`). Title, subtitle between －, author, bracketed affiliation on the next line "
                    "(not part of the author). Headings 【はじめに】/【おわりに】 (level 2, brackets kept), 第n節 (2), １． (3); an "
                    "empty line precedes a 第n節 heading only. Refs are flattened superscripts `n)` glued to the text (`築いてきた1)。`). "
                    "Page numbers `― 21 ―` (mid-paragraph; the next line starts with a space) and `― 22 ―` at a paragraph end "
                    "(the next paragraph's first line is ` 　表1は…`). Wrapped table with an empty corner cell comparing two "
                    "countries (3 columns), single-spaced, `出典：` source. Endnotes `n) …` after a rule line, no empty lines. "
                    "Citations: 拙稿 (author = this paper's author), Russian GOST `Автор // Журнал. 2019. № 3. С. 12–30.`, "
                    "Western journal with en dashes, Ibid., Japanese chapter in an edited book (編) with en dash pages, "
                    "Belarusian presidential site (webpage, ru), Chinese newspaper item `《…》，《人民日报》2021年7月1日` "
                    "(unsigned), 日本経済新聞 （朝刊）, Council of the EU press release with a `3 August 2023` date. "
                    "Note 3 holds no citation.")
    return d


# --------------------------------------------------------------------------
# k03: style C, width 60 (30 full-width): double-spaced, short last lines.
# ＊n markers with footnotes `＊n …` at the foot of each page, plain page
# numbers, a numeric grid with YEARS AS COLUMNS, an inline (1)(2)(3) list that
# wraps so that `(2)` starts a line, a lone ＊ section break, むすび.
# --------------------------------------------------------------------------
@doc
def k03():
    d = Doc2("k03_mongolia_C_narrow", "C", 60, "star", foot_label="＊{} ", pn_prefix=False)
    g = d.gold
    g.update(title="モンゴルの鉱物資源輸出と中露両国", chapter="第 4章", author="高田明美")
    d.raw([" 第 4章", "モンゴルの鉱物資源輸出と中露両国", "", "高田 明美", ""])
    d.foot_mode = True
    d.footnotes = {
        1: "モンゴル国家統計局「対外貿易統計」<https://www.1212.mn/>（2023年 10月 1日最終閲覧）",
        2: "吉田和夫「モンゴル経済の資源依存と通関問題」『アジア経済研究』第 25巻第 4号、2023年、20–27ページ。",
        3: "Thomas Byrne, Mongolia's Mining Boom and Its Discontents (New York: Columbia University Press, 2020), pp. 88–104.",
        4: "Ibid., p. 95.",
        5: "中华人民共和国商务部「中蒙经贸合作简况」2022年 5月 20日。<http://mn.mofcom.gov.cn/article/zxhz/202205/20220503312456.shtml>",
        6: "ТАСС, «Россия и Монголия обсудили маршрут газопровода „Сила Сибири — 2“», 15.09.2022. <https://tass.ru/ekonomika/15768541>",
        7: "この点については、本報告書の第 5章も参照されたい。",
    }
    d.heading(2, "はじめに")
    d.para("モンゴル経済は、石炭、銅、金などの鉱物資源の輸出に大きく依存している。輸出総額に占める鉱物資源の比率は 8割を超え、"
           "その大部分が隣国の中国に向けられている[[1]]。本章では、鉱物資源の輸出構造を概観したうえで、中国への依存がモンゴルの"
           "対外政策にどのような制約を課しているのか、またロシアとの関係がその中でどのような役割を果たしているのかを検討する。")
    d.heading(2, "１．鉱物資源と輸出構造")
    d.para("2019年から 2022年までの主要な輸出品目の推移をまとめたのが表 1である。")
    head = ["品目", "2019年", "2020年", "2021年", "2022年"]
    rows = [["石炭", "3,066.5", "2,142.3", "2,076.9", "7,079.1"],
            ["銅精鉱", "1,794.2", "1,837.5", "3,319.6", "3,125.4"],
            ["金", "507.3", "1,142.8", "625.1", "376.0"],
            ["鉄鉱石", "600.9", "591.2", "904.7", "362.5"],
            ["蛍石", "85.0", "81.3", "98.7", "－"],
            ["上記 5品目計", "6,053.9", "5,795.1", "7,025.0", "10,943.0"]]
    d.raw(["表 1 モンゴルの主要輸出品目の推移（百万ドル）", "", " ".join(head), ""]
          + [" ".join(r) for r in rows[:3]] + [""] + [" ".join(r) for r in rows[3:]]
          + ["", "出所：モンゴル国家統計局のデータをもとに筆者作成", ""])
    d.table_gold("表 1", "モンゴルの主要輸出品目の推移（百万ドル）", [head], rows,
                 "モンゴル国家統計局のデータをもとに筆者作成")
    d.last = "table"
    d.heading(3, "(1) 石炭")
    d.para("石炭の輸出は、2020年から 2021年にかけて、新型コロナウイルス対策による国境の閉鎖で大きく落ち込んだ。しかし、"
           "2022年には鉄道の新線開通や通関の自動化によって輸送力が回復し、輸出額は前年の 3倍以上に急増した[[2]]。")
    d.heading(3, "(2) 銅と金")
    d.para("銅精鉱の輸出は、オユ・トルゴイ鉱山の開発によって安定的に推移している。同鉱山は英豪系の資源大手が運営しており、"
           "地下鉱山の本格操業が始まれば、銅の生産量は現在の 2倍近くに増加すると見込まれている[[3]]。ただし、鉱山の利益配分を"
           "めぐっては、モンゴル政府と運営会社の対立が{PN:63}繰り返されてきた[[4]]。")
    d.heading(2, "２．中国依存と「第三の隣国」")
    d.para("モンゴルの輸出の 8割以上が中国向けとなっている理由として、(1)中国の旺盛な資源需要、(2)海への出口を持たない"
           "モンゴルにとって中国の港湾が不可欠であること、(3)両国を結ぶ鉄道と道路の整備が進んだこと、の三つが挙げられる。"
           "いずれも短期間で変わるものではなく、中国への依存は構造的なものといえる。")
    g["lists"].append({"items_start": ["中国の旺盛な資源需要", "海への出口を持たないモンゴルにとって中国の港湾が不可欠",
                                       "両国を結ぶ鉄道と道路の整備が進んだこと"], "inline": True})
    d.para("中国政府も、モンゴルを「一帯一路」の重要なパートナーと位置づけ、鉄道や道路の建設に資金を提供してきた[[5]]。"
           "他方で、モンゴル国内では中国への過度な依存に対する警戒感が根強く、歴代政権は日本、米国、欧州連合などとの関係"
           "強化によって依存の緩和を図ってきた。")
    d.star()
    d.para("ただし、「第三の隣国」との経済関係は、投資や援助の面では一定の成果を上げたものの、貿易の面では中国の比重を"
           "大きく下げるには至っていない。日本との経済連携協定も、モンゴルからの輸出の拡大には{PN:64}ほとんど結びついていない。")
    d.heading(2, "３．ロシア経由の輸送回廊")
    d.para("ロシアは、モンゴルにとって石油製品のほぼ全量を供給する国である。近年では、ロシアから中国に天然ガスを送る"
           "パイプライン「シベリアの力 2」のモンゴル経由ルートが注目を集めている[[6]]。実現すれば、モンゴルは通過料収入を"
           "得られる一方、中露両国への依存が一層強まることになる。")
    d.heading(2, "むすび")
    d.para("モンゴルの鉱物資源輸出は、中国市場と一体化することで拡大してきた。輸出の多角化は長年の課題であるが、地理的な"
           "条件を考えれば、中国への依存を短期間で大きく減らすことは難しい。モンゴルにとっての課題は、依存を前提としつつ、"
           "いかに交渉力を確保するかにある[[7]]。")
    d.page_break(("pn", "65"))
    for n, t in d.footnotes.items():
        g["notes"].append({"n": n, "text": t})
    byrne = dict(authors=["Thomas Byrne"], title="Mongolia's Mining Boom and Its Discontents",
                 publisher="Columbia University Press", date="2020", type="book", lang="en")
    g["citations"] = [
        cit(1, ["モンゴル国家統計局"], "対外貿易統計", url="https://www.1212.mn/", accessed="2023-10-01", type="webpage"),
        cit(2, ["吉田和夫"], "モンゴル経済の資源依存と通関問題", container="アジア経済研究", volume="25", issue="4",
            date="2023", pages="20-27", type="article-journal"),
        cit(3, pages="88-104", **byrne),
        cit(4, pages="95", back_reference="Ibid.", **byrne),
        cit(5, ["中华人民共和国商务部"], "中蒙经贸合作简况", date="2022-05-20",
            url="http://mn.mofcom.gov.cn/article/zxhz/202205/20220503312456.shtml", type="webpage", lang="zh"),
        cit(6, ["ТАСС"], "Россия и Монголия обсудили маршрут газопровода „Сила Сибири — 2“", date="2022-09-15",
            url="https://tass.ru/ekonomika/15768541", type="article-newspaper", lang="ru"),
    ]
    g["remarks"] = ("Style C (double-spaced, short last line ends a paragraph, plain unnumbered/numbered headings), narrow: "
                    "30 full-width characters. Converter spaces only before ASCII (`2021年 3月`, `第 4章`). Refs are `＊n` "
                    "(not to be confused with the lone `＊` section break inside section 2). FOOTNOTES at the foot of each page "
                    "(`＊n …`, single-spaced, after an empty line), then the plain page number 63, 64, 65; the next page does not "
                    "start with a space. Table 1 is a numeric grid with YEARS AS COLUMNS (`品目 2019年 2020年 …`), thousands "
                    "separators, `－` = not available, and a row label with a converter space (`上記 5品目計` is ONE cell). "
                    "An inline list `(1)…、(2)…、(3)…` inside a paragraph wraps so that its SECOND line starts with `(1)中国の…`: not a heading. "
                    "Citations: statistics site with 最終閲覧 only, journal 第 25巻第 4号 with ページ and an en dash, English "
                    "book `(New York: Columbia University Press, 2020), pp. 88–104`, Ibid., Chinese ministry page in simplified "
                    "characters, TASS item with „…“ inside «…». Note 7 is a cross-reference, not a citation.")
    return d


# --------------------------------------------------------------------------
# k04: style A, width 76 (38 full-width). No chapter: bold title and author.
# Bold `第 n 節` headings over `１．`, quadrupled markers with bodies `(n) …` under
# a bold 【註】, BOLD page numbers, a space grid with ASCII route names, a
# converter space inside a row label, an empty LAST cell, and the source line
# `（出所）各種報道より作成。`.
# --------------------------------------------------------------------------
@doc
def k04():
    d = Doc2("k04_azerbaijan_A_bold", "A", 76, "quad", pn_fmt="bold")
    g = d.gold
    g.update(title="アゼルバイジャンのエネルギー外交と南コーカサス", author="吉村大輔")
    d.raw([" " + quad("アゼルバイジャンのエネルギー外交と南コーカサス") + "    ", "",
           quad("吉村", "~    ", "大輔") + "    ", " ", ""])
    d.heading(2, ["第", "~ ", "1", "~ ", "節　問題の所在"])
    d.para("アゼルバイジャンは、カスピ海の石油と天然ガスを背景に、旧ソ連諸国の中でも独自性の強い外交を展開してきた。"
           "同国はロシアとも欧米とも同盟関係を結ばず、トルコとの特別な関係を軸としつつ、エネルギー輸出を通じて欧州との"
           "結びつきを強めてきた[[1]]。")
    d.para("2022 年 2 月のロシアによるウクライナ侵攻は、欧州のエネルギー安全保障を根底から揺るがし、ロシア産ガスの代替"
           "供給源としてのアゼルバイジャンの価値を高めた。本稿では、同国のエネルギー外交の展開をたどり、侵攻後の変化が"
           "南コーカサスの地域秩序に与える影響を考察する。")
    d.heading(2, ["第", "~ ", "2", "~ ", "節　エネルギー資源と輸出ルート"])
    d.heading(3, ["１．", "BTC", "~ ", "パイプラインと南ガス回廊"])
    d.para("2006 年に完成したバクー・トビリシ・ジェイハン（BTC）パイプラインは、ロシアを経由せずにカスピ海の原油を"
           "地中海に運ぶ初めてのルートとなった[[2]]。その後、天然ガスについても、南コーカサス・パイプライン（SCP）、"
           "トルコを横断する TANAP、ギリシャからイタリアに至る TAP を連結した「南ガス回廊」が 2020 年末に全面開通した。")
    d.para("南ガス回廊の年間輸送能力は約 160 億立方メートルであり、欧州のガス消費量全体からみれば{PN:31}わずかである。しかし、"
           "ロシアを経由しない供給路を確保したことの政治的な意味は大きかった[[3]]。")
    d.heading(3, ["２．", "欧州連合との関係"])
    d.para("EU は 2000 年代から、エネルギー供給源の多角化の観点からアゼルバイジャンとの協力を進めてきた。2006 年には"
           "エネルギー分野の戦略的パートナーシップに関する覚書が結ばれ、その後も首脳レベルの協議が重ねられた。他方で、"
           "EU は同国の人権状況や権威主義的な統治に対して批判的な立場をとっており、両者の関係は常に一定の緊張をはらんできた。")
    d.heading(2, ["第", "~ ", "3", "~ ", "節　ウクライナ侵攻後の変化"])
    d.heading(3, ["１．", "EU", "~ ", "とのガス覚書"])
    d.para("2022 年 7 月、フォン・デア・ライエン欧州委員長はバクーを訪問し、アゼルバイジャンからの天然ガス輸入を 2027 年"
           "までに倍増させることを目指す覚書に署名した[[4]]。同国から欧州への輸出量は 2022 年に前年比で約 4 割増加し、"
           "イタリアはトルコを上回る最大の輸出先となった。表 1 は、2022 年の主な輸出先をまとめたものである。")
    head = ["輸出先", "輸出量（億立方メートル）", "前年比", "主なルート"]
    rows = [["イタリア", "102", "+41%", "TAP"],
            ["トルコ", "89", "▲4%", "TANAP"],
            ["ギリシャ", "24", "+60%", "TAP"],
            ["ブルガリア", "14", "+133%", "TAP・IGB"],
            ["ジョージア", "25", "－", "SCP"],
            ["EU 向け計", "140", "+48%", ""]]
    d.sep_before_heading()
    lines = ["表 1 アゼルバイジャン産天然ガスの輸出先（2022 年） ", "", " ".join(head), ""]
    for r in rows:
        lines += [" ".join(c for c in r if c), ""]
    lines += ["（出所）各種報道より作成。 ", ""]
    d.raw(lines)
    d.table_gold("表 1", "アゼルバイジャン産天然ガスの輸出先（2022 年）", [head], rows, "各種報道より作成。")
    d.last = "table"
    d.para("もっとも、輸送能力の拡張には巨額の投資が必要であり、欧州の脱炭素政策のもとで長期契約を結ぶことに慎重な"
           "買い手も少なくない。北村が指摘するように、供給の増加には上流のガス田開発の進展も欠かせない[[5]]。")
    d.heading(3, ["２．", "ロシアとの「同盟的相互作用」"])
    d.para("注目すべきは、アゼルバイジャンが欧州との協力を深める一方で、ロシアとの関係も維持していることである。侵攻の"
           " 2 日前の 2022 年 2 月 22 日、アリエフ大統領はモスクワで「同盟的相互作用に関する宣言」に署名した[[6]]。さらに、"
           "同国はロシア産ガスを国内消費用に輸入しており、その分だけ自国産ガスを欧州に振り向けているとの指摘も{PN:32}ある。")
    d.heading(2, "おわりに")
    d.para("アゼルバイジャンのエネルギー外交は、欧州とロシアの双方と実利的な関係を築くことで、自国の交渉力を最大化する"
           "ものであった。日本にとっても、エネルギー安全保障の観点から南コーカサスの動向を注視する必要がある[[7]]。"
           "今後は、カスピ海横断パイプラインの実現の可否が、地域のエネルギー地図を左右することになろう[[8]]。")
    notes = {
        1: "International Energy Agency, Azerbaijan 2021 Energy Policy Review, Paris: IEA, 2021, p. 15.",
        2: "北村智子「南コーカサスのパイプライン政治」『国際問題』第 650 号、2016 年 4 月、15-26 頁。",
        3: "南ガス回廊の各区間の開通時期は、SCP の拡張部分と TANAP が 2018 年、TAP が 2020 年 11 月である。",
        4: "European Commission, “Memorandum of Understanding on a Strategic Partnership in the Field of Energy between "
           "the EU and Azerbaijan,” 18 July 2022. <https://ec.europa.eu/commission/presscorner/detail/en/ip_22_4550>",
        5: "北村、前掲論文、20 頁。",
        6: "Президент России, «Декларация о союзническом взаимодействии между Российской Федерацией и "
           "Азербайджанской Республикой», 22.02.2022. <http://kremlin.ru/supplement/5777>",
        7: "資源エネルギー庁『エネルギー白書 2023』日経印刷、2023 年、112-118 頁。",
        8: "IEA, op. cit., p. 22.",
    }
    d.sep_before_heading()
    d.put(quad("【註】") + "    ")
    d.blank()
    for n, t in notes.items():
        lines = d.wrap("(%d) %s" % (n, t), count_refs=False)
        d.text_lines(lines, end_space=True)
        g["notes"].append({"n": n, "text": t})
    iea = dict(authors=["International Energy Agency"], title="Azerbaijan 2021 Energy Policy Review", publisher="IEA",
               date="2021", type="report", lang="en")
    kit = dict(authors=["北村智子"], title="南コーカサスのパイプライン政治", container="国際問題", issue="650",
               date="2016-04", type="article-journal")
    g["citations"] = [
        cit(1, pages="15", **iea),
        cit(2, pages="15-26", **kit),
        cit(4, ["European Commission"],
            "Memorandum of Understanding on a Strategic Partnership in the Field of Energy between the EU and Azerbaijan",
            date="2022-07-18", url="https://ec.europa.eu/commission/presscorner/detail/en/ip_22_4550", type="webpage",
            lang="en"),
        cit(5, pages="20", back_reference="前掲論文", **kit),
        cit(6, ["Президент России"],
            "Декларация о союзническом взаимодействии между Российской Федерацией и Азербайджанской Республикой",
            date="2022-02-22", url="http://kremlin.ru/supplement/5777", type="webpage", lang="ru"),
        cit(7, ["資源エネルギー庁"], "エネルギー白書 2023", publisher="日経印刷", date="2023", pages="112-118",
            type="report"),
        cit(8, pages="22", back_reference="op. cit.", **iea),
    ]
    g["remarks"] = ("Style A: bold title and author, no chapter line. Headings `第 n 節　…` (bold runs split at the digit: "
                    "`第第第第 1111 節　問題の所在…`) over `１．…` (one with an ASCII run: `１．１．１．１．BTCBTCBTCBTC パイプライン…`). "
                    "Quadrupled markers with bodies `(n) …` under a bold 【註】 (back matter). BOLD page numbers 31 and 32 "
                    "(`31313131`). Table 1 is a space grid: ASCII route names (TAP, TANAP, TAP・IGB), ▲ = minus, － = none, "
                    "`EU 向け計` is ONE cell (converter space) and its row has an EMPTY LAST cell (no route), source line "
                    "`（出所）各種報道より作成。`. Citations: IEA report with `Paris: IEA`, 国際問題 第 650 号 with a month, "
                    "European Commission press page with a `18 July 2022` date, 前掲論文, Kremlin page in Russian, 白書 as a "
                    "report, `IEA, op. cit.` (abbreviated author) resolved to note 1. Note 3 holds no citation.")
    return d


# --------------------------------------------------------------------------
# k05: style B, width 96 (48 full-width). Decimal headings `1 はじめに`,
# `2.1 …`; author-date citations in the text `（大西 2019: 5）` and a 参考文献
# list (citations outside notes); a RUNNING HEADER (the book's title) at the
# top of each page after a plain page number.
# --------------------------------------------------------------------------
RH05 = "ロシアと北極：2022 年以後の国際環境"


@doc
def k05():
    d = Doc2("k05_arctic_B_biblio", "B", 96, "sup", running_header=RH05)
    g = d.gold
    g.update(title="北極海航路をめぐる日露協力の可能性", chapter="第 6 章", author="松井健", running_header=RH05)
    d.raw([" 第 6 章 ", "", "北極海航路をめぐる日露協力の可能性 ", "", "松井 健 ", ""])
    d.heading(2, "1 はじめに")
    d.para("北極海航路は、ロシアの北極海沿岸を通って欧州とアジアを結ぶ航路であり、スエズ運河経由に比べて航行距離を約 4 割短縮できる。"
           "気候変動による海氷の減少を背景に、2010 年代以降、その商業利用への関心が高まった（Halvorsen 2020）。日本にとっても、"
           "北極海航路はエネルギー輸入の多角化と物流の効率化の両面で潜在的な価値を持つ。")
    d.para("本章では、北極海航路の利用の現状を整理したうえで、日本の関与の実態と、2022 年のロシアによるウクライナ侵攻がもたらした"
           "制約を検討する。結論を先取りすれば、航路の商業的な価値は限定的であり、侵攻後は政治的なリスクがそれを大きく上回るように"
           "なっている。")
    d.heading(2, "2 北極海航路の現状")
    d.heading(3, "2.1 輸送量の推移")
    d.para("北極海航路の貨物輸送量は、ヤマル半島の液化天然ガス（LNG）事業の本格化に伴い、2010 年代後半に急増した。2021 年の輸送量は"
           "約 3500 万トンに達したが、その大半は{PN:45}ロシア国内の資源の積み出しであり、欧州とアジアを結ぶ通過輸送はごく一部にとどまる"
           "（大西 2019: 5）。国土交通省の調査でも、通過輸送の件数は年間数十隻程度で推移していることが確認されている（国土交通省 2021）。")
    d.heading(3, "2.2 外国船の利用")
    d.para("外国船による通過輸送は、砕氷船の支援が必要となることや、航行可能な期間が夏季に限られることから、コスト面での優位性を"
           "発揮しにくい。佐伯は、保険料や待機時間を含めた総費用でみれば、北極海航路がスエズ運河経由を下回るのは限られた条件のもと"
           "だけであると指摘する（佐伯 2022: 88–90）。")
    d.heading(2, "3 日本の関与")
    d.para("日本はヤマル LNG と、その後継事業であるアークティック LNG2 に出資し、北極圏からのエネルギー輸入の確保を図ってきた"
           "（Nakamura 2019: 50）。侵攻後、欧米の多くの企業がロシアの資源事業から撤退するなかで、日本の商社は権益の維持を選択した。"
           "ヤマル LNG からの日本向け出荷は侵攻後も継続されたと報じられている（日本経済新聞 2022）。")
    d.para("もっとも、ロシアの北極海航路に関する法制度は、沿岸国の管轄権を広く認める独自の解釈に基づいており、外国船の航行には"
           "ロシア当局の許可が必要とされる（Гаврилов 2018）。このことは、航路の利用が常にロシアとの政治関係に左右されることを{PN:46}意味している。")
    d.heading(2, "4 おわりに")
    d.para("北極海航路の商業的な価値は、気候変動によって今後さらに高まる可能性がある。しかし、ウクライナ侵攻によって、ロシアとの協力に"
           "伴う政治的なリスクは大きく上昇した。日本は、エネルギー安全保障上の利益と、国際的な対露制裁への協調との間で、難しい均衡を"
           "迫られている。")
    d.heading(2, "参考文献")
    g["headings"].pop()
    bib = [
        "大西富士夫（2019）「北極海航路の利用動向と課題」『海運経済研究』第 53 号、1–10 頁。",
        "国土交通省（2021）「北極海航路の利用動向に関する調査報告書」<https://www.mlit.go.jp/maritime/maritime_tk7_000030.html>"
        "（2023 年 9 月 1 日最終閲覧）。",
        "佐伯光彦（2022）『北極海航路と日本の海運』成山堂書店。",
        "日本経済新聞（2022）「ヤマル LNG、日本向け出荷を継続」『日本経済新聞』2022 年 6 月 2 日（夕刊）。",
        "Halvorsen, Erik (2020) “The Northern Sea Route after Crimea,” Polar Geography, 43(2): 113–131.",
        "Nakamura, Ken (2019) “Japan's Arctic Policy and the Northern Sea Route,” in Clara Lind (ed.), Asia and the Arctic, "
        "London: Routledge, pp. 45–67.",
        "Гаврилов В.В. (2018) Правовой режим Северного морского пути // Московский журнал международного права. № 2. С. 44–58.",
    ]
    g["back_paragraph_starts"] = [b[:20] for b in bib]
    for b in bib:
        lines = d.wrap(b, count_refs=False)
        for i, (ln, _, _) in enumerate(lines):
            d.put(ln + (" " if i == len(lines) - 1 else ""))
    g["citations"] = [
        cit(None, ["大西富士夫"], "北極海航路の利用動向と課題", container="海運経済研究", issue="53", date="2019",
            pages="1-10", type="article-journal"),
        cit(None, ["国土交通省"], "北極海航路の利用動向に関する調査報告書",
            url="https://www.mlit.go.jp/maritime/maritime_tk7_000030.html", date="2021", accessed="2023-09-01",
            type="report"),
        cit(None, ["佐伯光彦"], "北極海航路と日本の海運", publisher="成山堂書店", date="2022", type="book"),
        cit(None, ["日本経済新聞"], "ヤマル LNG、日本向け出荷を継続", container="日本経済新聞", date="2022-06-02",
            type="article-newspaper", edition="夕刊"),
        cit(None, ["Erik Halvorsen"], "The Northern Sea Route after Crimea", container="Polar Geography", volume="43",
            issue="2", date="2020", pages="113-131", type="article-journal", lang="en"),
        cit(None, ["Ken Nakamura"], "Japan's Arctic Policy and the Northern Sea Route", container="Asia and the Arctic",
            publisher="Routledge", date="2019", pages="45-67", type="chapter", lang="en", editors=["Clara Lind"]),
        cit(None, ["Гаврилов В.В."], "Правовой режим Северного морского пути",
            container="Московский журнал международного права", issue="2", date="2018", pages="44-58",
            type="article-journal", lang="ru"),
    ]
    g["remarks"] = ("Style B (single-spaced, trailing space at paragraph ends, empty line between paragraphs). Chapter, title "
                    "and author on separate lines. Decimal headings `1 はじめに`, `2.1 輸送量の推移` (a line starting `1 ` is "
                    "not an endnote here: there are no notes at all). Author-date references in the text (`（大西 2019: 5）`, "
                    "`（Halvorsen 2020）`) point into the 参考文献 list; they are not citations themselves. The 参考文献 "
                    "heading is back matter (not listed), its entries are the citations (note empty), one per line group, "
                    "no empty line between entries, each ending with a trailing space. Entry forms: `著者（年）「題」『誌』"
                    "第 53 号、1–10 頁。`, a ministry report with URL and 最終閲覧, a book, a newspaper with （夕刊）, Western "
                    "`Family, Given (Year) “Title,” Journal, 43(2): 113–131.` (authors given in natural order, judgement "
                    "call), an English chapter `in Clara Lind (ed.), Book, London: Routledge, pp. 45–67.`, a Russian GOST "
                    "item with `//`. Plain page numbers 45 and 46, each followed by a RUNNING HEADER (the book title "
                    "`ロシアと北極：2022 年以後の国際環境`, page header artefact: not a heading, not body text).")
    return d


# --------------------------------------------------------------------------
# k06: style C with a full-width first-line indent, width 70 (35 full-width):
# double-spaced, no trailing spaces. Author and affiliation on ONE line,
# `1．`/`（1）` headings, `(注n)` markers with bodies `(注n) …` under a plain 注,
# page numbers `― 87 ―`, a numeric table whose ROWS are years, with a `（注）`
# line and a source line.
# --------------------------------------------------------------------------
@doc
def k06():
    d = Doc2("k06_kazakhstan_C_indent", "C", 70, "chuu_half", pn_fmt="― {} ―", indent=True)
    g = d.gold
    g.update(title="制裁下のカザフスタン・ロシア経済関係", author="小林健太郎", affiliation="慶應義塾大学法学部准教授")
    d.raw(["制裁下のカザフスタン・ロシア経済関係", "", "小林 健太郎（慶應義塾大学法学部准教授）", ""])
    d.heading(2, "1．問題の所在")
    d.para("2022年 2月のロシアによるウクライナ侵攻と、それに続く欧米の対露制裁は、ロシアと経済的に深く結びついた中央アジア"
           "諸国に大きな影響を及ぼした。なかでもカザフスタンは、ロシアと 7,500キロメートルに及ぶ国境を接し、ユーラシア経済連合"
           "（EAEU）の関税同盟を通じて物流と市場を共有している[[1]]。")
    d.para("本稿では、侵攻後のカザフスタンとロシアの貿易の変化を概観し、いわゆる「並行輸入」や制裁の迂回をめぐる問題が、"
           "カザフスタンの対外政策にどのような緊張をもたらしているのかを考察する。")
    d.heading(2, "2．貿易の拡大と再輸出")
    d.heading(3, "（1）貿易額の推移")
    d.para("表 1は、2019年以降のカザフスタンの対露貿易の推移を示したものである。輸出額は侵攻後の 2022年に大きく増加し、"
           "輸入超過の幅も拡大した。")
    head = ["年", "輸出", "輸入", "収支"]
    rows = [["2019年", "53.1", "118.3", "▲65.2"],
            ["2020年", "47.9", "104.8", "▲56.9"],
            ["2021年", "60.2", "134.8", "▲74.6"],
            ["2022年", "88.0", "172.0", "▲84.0"],
            ["2023年", "91.7", "", ""]]
    d.raw(["表 1 カザフスタンの対露貿易の推移（億ドル）", "", " ".join(head), ""]
          + ["2019年 53.1 118.3 ▲65.2", "2020年 47.9 104.8 ▲56.9", "2021年 60.2 134.8 ▲74.6",
             "2022年 88.0 172.0 ▲84.0", "2023年 91.7"]
          + ["", "（注）2023年は輸出のみ速報値。▲は輸入超過。", "",
             "出所：カザフスタン共和国国家統計局の資料より筆者作成。", ""])
    d.table_gold("表 1", "カザフスタンの対露貿易の推移（億ドル）", [head], rows,
                 "カザフスタン共和国国家統計局の資料より筆者作成。",
                 extra={"table_note": "2023年は輸出のみ速報値。▲は輸入超過。"})
    d.last = "table"
    d.para("輸出の増加を支えたのは、欧米や日本、韓国の製品をカザフスタン経由でロシアに送る再輸出である[[2]]。"
           "ロシア政府は 2022年 5月、商標権者の許可を得ない並行輸入を合法化しており、カザフスタンの商社にとってはロシア市場への"
           "再輸出が新たな収益源となった。")
    d.heading(3, "（2）制裁の迂回をめぐる問題")
    d.para("欧米諸国は、こうした再輸出の一部が軍事転用の可能性のある部品を含んでいることを問題視し、カザフスタン政府に"
           "対策を求めた。これに応じて同国政府は、2023年 4月から、ロシア向けの特定品目の輸出を追跡する制度を導入した[[3]]。"
           "もっとも、EAEU域内では{PN:87}通関手続きが簡素化されているため、監視の実効性には限界があると指摘されている[[4]]。")
    d.heading(2, "3．トカエフ政権の「多方位」外交")
    d.para("トカエフ大統領は、侵攻後もロシアとの同盟関係を否定しない一方、ドネツク、ルハンシクの「独立」を承認しないことを"
           "明言し、対露制裁には加わらないが、制裁の迂回にも関与しないという立場をとってきた[[5]]。こうした姿勢は、"
           "欧米との経済関係を維持しつつ、ロシアとの決定的な対立を避けるための均衡策と理解できる[[6]]。")
    d.para("同時に、カザフスタンは中国との経済関係も強化している。2023年の中国との貿易額は過去最高を記録し、中国は"
           "ロシアに次ぐ第 2の貿易相手国としての地位を固めた[[7]]。")
    d.heading(2, "おわりに")
    d.para("ウクライナ侵攻後のカザフスタンは、ロシアとの経済的な結びつきを強めつつ、政治的には距離を保つという二面的な"
           "対応を続けてきた。再輸出による利益は短期的には同国経済を潤したが、二次制裁のリスクを{PN:88}常に伴っている[[8]]。")
    notes = {
        1: "外務省『令和 4年版外交青書』2022年、112頁。",
        2: "Kemal Aydin, Central Asia and the Sanctions Economy (London: Routledge, 2023), p. 77.",
        3: "岡田晴彦「カザフスタンの多角外交」村上陽一編『ユーラシアの地政学』岩波書店、2020年、101–125頁。",
        4: "同上、110頁。",
        5: "Коммерсантъ, «Казахстан нарастил реэкспорт в Россию», 14.03.2023. <https://www.kommersant.ru/doc/5873910>",
        6: "Aydin, op. cit., p. 102.",
        7: "中国海关总署「2023年中国与哈萨克斯坦双边贸易额创历史新高」2024年 1月 12日。"
           "<http://www.customs.gov.cn/customs/xwfb34/302425/5634521/index.html>",
        8: "二次制裁の対象となった企業の事例については、次章で詳しく扱う。",
    }
    d.heading(2, "注")
    g["headings"].pop()
    for n, t in notes.items():
        lines = d.wrap("(注%d) %s" % (n, t), count_refs=False)
        d.text_lines(lines, end_space=False)
        g["notes"].append({"n": n, "text": t})
    aydin = dict(authors=["Kemal Aydin"], title="Central Asia and the Sanctions Economy", publisher="Routledge",
                 date="2023", type="book", lang="en")
    oka = dict(authors=["岡田晴彦"], title="カザフスタンの多角外交", container="ユーラシアの地政学", publisher="岩波書店",
               date="2020", type="chapter", editors=["村上陽一"])
    g["citations"] = [
        cit(1, ["外務省"], "令和 4年版外交青書", date="2022", pages="112", type="report"),
        cit(2, pages="77", **aydin),
        cit(3, pages="101-125", **oka),
        cit(4, pages="110", back_reference="同上", **oka),
        cit(5, ["Коммерсантъ"], "Казахстан нарастил реэкспорт в Россию", date="2023-03-14",
            url="https://www.kommersant.ru/doc/5873910", type="article-newspaper", lang="ru"),
        cit(6, pages="102", back_reference="op. cit.", **aydin),
        cit(7, ["中国海关总署"], "2023年中国与哈萨克斯坦双边贸易额创历史新高", date="2024-01-12",
            url="http://www.customs.gov.cn/customs/xwfb34/302425/5634521/index.html", type="webpage", lang="zh"),
    ]
    g["remarks"] = ("Style C (double-spaced, no trailing spaces) WITH a full-width first-line indent `　` on every paragraph. "
                    "Converter spaces only before ASCII. Author and affiliation on one line (`小林 健太郎（慶應義塾大学法学部"
                    "准教授）`: the author is 小林健太郎). Headings `1．` (ASCII digit, full-width stop) and `（1）`. Markers "
                    "`(注n)` (half-width brackets, no space), bodies `(注n) …` under a plain 注 heading (back matter). Page "
                    "numbers `― 87 ―`, `― 88 ―`, each followed by a line starting with a space. Table 1: ROWS are years "
                    "(`2019年 53.1 118.3 ▲65.2`), the 2023 row has two EMPTY trailing cells, a `（注）` line (table_note, "
                    "not a note) and an `出所：` line. Citations: 外交青書 with an era year in its title, English book "
                    "`(London: Routledge, 2023)`, chapter in an edited book with en-dash pages, 同上, Kommersant item, "
                    "`Aydin, op. cit.` -> note 2, Chinese customs page. Note 8 holds no citation.")
    return d


def main():
    only = set(sys.argv[1:])
    for f in DOCS:
        if only and f.__name__ not in only:
            continue
        d = f()
        n = finish(d, HERE)
        print(f"{d.name}: {n} lines")


if __name__ == "__main__":
    main()
