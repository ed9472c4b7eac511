#!/usr/bin/env python3
"""Writes the test corpus (NAME.txt + gold NAME.json) into this folder.

    python3 tests/corpus/make_corpus.py

The prose is original; the layout artefacts follow ../../../shared/docs/genre.md.
Gold files are written in the seeds' gold format (see README.md here)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from corpuslib import Doc, quad, cit, votes_for, finish  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = []


def doc(f):
    DOCS.append(f)
    return f


# --------------------------------------------------------------------------
# c01: style A, notes WITH bodies under a 注 heading (（1） …), subtitle,
# heading with a note marker, bold page number, 同上 / 前掲 / Ibid.
# --------------------------------------------------------------------------
@doc
def c01():
    d = Doc("c01_turkmen_gas_A_notes", "A", 84, "quad")
    g = d.gold
    g.update(title="カスピ海の天然ガスとトルクメニスタンの中立外交",
             subtitle="2009 年の中国向けパイプライン開通以後",
             chapter="第三章", author="岡田晴彦")
    d.raw([" " + quad("第三章", "~        ", "カスピ海の天然ガスとトルクメニスタンの中立外交") + "    ", "",
           quad("――", "2009", "~ ", "年の中国向けパイプライン開通以後――") + "    ", "",
           quad("岡田", "~    ", "晴彦") + "    ", " ", ""])
    d.heading(2, "はじめに")
    d.para("トルクメニスタンは、世界有数の天然ガス埋蔵量を持ちながら、その輸出ルートの大半をソ連時代に建設されたパイプライン網に依存してきた。"
           "1995 年 12 月に国連総会で「永世中立」の地位を承認されて以来、同国は軍事同盟への不参加を掲げ、CIS の枠組みにも距離を置いてきた[[1]]。"
           "しかし、中立を掲げる外交と、ロシアに輸出の大部分を握られた経済構造との間には、独立当初から大きな緊張が存在していた。")
    d.para("本章では、2009 年の中国向けパイプライン開通を転機として、トルクメニスタンのガス輸出がどのように多角化し、それがロシア、中国、欧州との関係にいかなる影響を及ぼしたのかを検討する。"
           "あわせて、カスピ海横断パイプライン構想が停滞を続ける理由についても考察したい。")
    d.heading(2, ["１．ト", "ルクメニスタンのガス資源と「永世中立」"])
    d.heading(3, ["(1)", "ソ連解体後の輸出依存"])
    d.para("同国の確認埋蔵量は約 13.6 兆立方メートルとされ、ロシア、イラン、カタールに次ぐ世界第 4 位の規模である[[2]]。"
           "ソ連時代、トルクメニスタンのガスは中央アジア・センター（CAC）パイプラインを通じてロシア経由で各共和国や欧州に送られており、独立後もこの構造は基本的に変わらなかった。"
           "ガスプロムは同パイプラインの運用を事実上独占し、トルクメニスタン産ガスを安価に買い取って欧州に{PB}転売することで大きな利益を得ていた[[3]]。")
    d.para("ニヤゾフ初代大統領は、こうした依存を「中立」の名のもとに正当化しつつも、価格交渉では度々ロシアと対立した。"
           "1997 年と 2000 年前後には、価格をめぐる対立から輸出が一時停止され、国家財政は深刻な打撃を受けている。"
           "岩崎によれば、この時期の輸出停止はトルクメニスタンにとって交渉力の限界を示すものであった[[4]]。")
    d.heading(3, ["(2)", "2009", "~ ", "年の爆発事故と対露関係の悪化"], note=5)
    d.para("2009 年 4 月、CAC パイプラインのトルクメニスタン区間で爆発事故が発生し、同国からロシアへのガス輸出は全面的に停止した。"
           "トルクメニスタン側は、ガスプロムが事前の通告なく引き取り量を急減させたことが事故の原因であると非難し、両国関係は急速に冷え込んだ[[6]]。"
           "輸出は翌 2010 年 1 月に再開されたものの、その量は事故以前の 3 分の 1 程度にとどまった。")
    d.para("この事故は、ロシア向け輸出に依存することの危うさをトルクメニスタン指導部に強く印象づけた。"
           "ベルディムハメドフ大統領は、以後、輸出先の多角化を最優先課題として掲げるようになる。"
           "岩崎は、事故をめぐる対立が「中立」外交の実質的な転換点になったと指摘している[[7]]。")
    d.heading(2, ["２．", "輸出ルートの多角化"])
    d.heading(3, ["(1)", "中国向けパイプライン"])
    d.para("輸出多角化の中心となったのが、中国向けの中央アジア・中国ガスパイプラインである。"
           "同パイプラインはトルクメニスタン東部のガス田を起点とし、ウズベキスタン、カザフスタンを経由して中国の新疆ウイグル{PN:23}自治区に至る。"
           "2009 年 12 月の開通式には 4 か国の首脳が出席し、この地域における中国の存在感を強く印象づけた[[8]]。")
    d.heading(4, ["(a)", "A・B・C", "~ ", "ライン"])
    d.para("最初に完成した A ラインに続き、2010 年に B ライン、2014 年に C ラインが稼働し、3 本の年間輸送能力は合計 550 億立方メートルに達した。"
           "2020 年代に入ると、トルクメニスタンの輸出量の 7 割以上が中国向けとなり、かつてのロシア依存は中国依存へと置き換わったとの見方が広がっている[[9]]。")
    d.heading(4, ["(b)", "D", "~ ", "ライン構想の停滞"])
    d.para("第 4 のルートとして計画された D ライン[[10]]は、当初 2016 年の完成を目指していたが、建設は大幅に遅れている。"
           "中国側の需要見通しの変化に加え、経由国との通過料をめぐる交渉が難航していることが背景にある。"
           "Whitfield らは、中国が価格交渉で優位に立つために建設を意図的に遅らせている可能性を指摘する[[11]]。")
    d.heading(3, ["(2)", "カスピ海横断パイプライン構想"])
    d.para("欧州向けルートとして長年議論されてきたのが、カスピ海の海底を経由してアゼルバイジャンに至るカスピ海横断パイプライン（TCP）構想である。"
           "2018 年 8 月にカスピ海の法的地位に関する条約が署名されたことで、法的な障害の一部は取り除かれたと評価された。"
           "しかし、ロシアとイランは環境保護を理由に沿岸国全ての同意が必要であると主張しており、構想は具体化していない。")
    d.para("欧州連合（EU）は、ロシア産ガスへの依存を減らす観点から TCP への関心を示し続けているが、資金負担や需要の見通しをめぐる不確実性は大きい。"
           "トルクメニスタン政府自身も、外国企業による陸上ガス田への直接投資を厳しく制限しており、欧州企業の参入は進んでいない。")
    d.heading(2, ["３．", "結びにかえて"])
    d.para("以上のように、トルクメニスタンは 2009 年以降、輸出先の多角化に一定の成果を上げたものの、その実態はロシア依存から中国依存への移行にとどまっている。"
           "「永世中立」を掲げる外交は、特定の大国との同盟を避けるという点では一貫しているが、経済面ではむしろ一国への依存を深める結果となった。")
    d.para("2022 年 3 月に就任したセルダル・ベルディムハメドフ大統領のもとでも、こうした基本的な構図は変わっていない[[12]]。"
           "ロシアのウクライナ侵攻によって欧州のエネルギー市場が大きく変化するなか、カスピ海を越えて欧州に至るルートが現実のものとなるかどうかは、同国の中立外交の行方を占う試金石となろう。")

    notes = {
        1: "トルクメニスタンは 2005 年 8 月に CIS の正式加盟国から準加盟国へと地位を変更した。",
        2: "BP, Statistical Review of World Energy 2021, London: BP, 2021, p. 34.",
        3: "岩崎大輔「トルクメニスタンの中立政策と天然ガス外交」『ロシア・東欧研究』第 38 号、2009 年、45-62 頁。",
        4: "同上、50 頁。",
        5: "ИА REGNUM, «Ашхабад обвинил Москву во взрыве на газопроводе», 10.04.2009. <https://regnum.ru/news/1150413.html>",
        6: "森川修一『中央アジアのエネルギー地政学』東洋書院、2012 年、88-93 頁。",
        7: "岩崎、前掲論文、55-57 頁。",
        8: "中国石油天然気集団公司「中国―中亜天然気管道項目簡介」2019 年 12 月 10 日。<http://www.cnpc.com.cn/cnpc/gjhz/201912/10c7a2f3d6e54b2a9a1e3f5c8b7d6e01.shtml>",
        9: "John Whitfield and Anna Kovacs, “Pipelines and Neutrality: Turkmenistan's Gas Diplomacy,” Central Asian Affairs, Vol. 7, No. 2 (2020), pp. 121-145.",
        10: "D ラインは、ウズベキスタン、タジキスタン、キルギスを経由して新疆ウイグル自治区に至る計画であり、2014 年 9 月に着工式が行われた。",
        11: "Ibid., p. 130.",
        12: "外務省「トルクメニスタン基礎データ」<https://www.mofa.go.jp/mofaj/area/turkmenistan/data.html>（2023 年 11 月 30 日最終閲覧）",
    }
    d.heading(2, "注")
    g["headings"].pop()  # the notes heading is back matter, not a body heading
    for n, t in notes.items():
        lines = d.wrap("（%d） %s" % (n, t), count_refs=False)
        if n == 9:
            d.page_break(("space", None))
        d.text_lines(lines, end_space=True)
        g["notes"].append({"n": n, "text": t})
    iwasaki = dict(authors=["岩崎大輔"], title="トルクメニスタンの中立政策と天然ガス外交",
                   container="ロシア・東欧研究", issue="38", date="2009", type="article-journal")
    whit = dict(authors=["John Whitfield", "Anna Kovacs"], title="Pipelines and Neutrality: Turkmenistan's Gas Diplomacy",
                container="Central Asian Affairs", volume="7", issue="2", date="2020", type="article-journal", lang="en")
    g["citations"] = [
        cit(2, ["BP"], "Statistical Review of World Energy 2021", publisher="BP", date="2021", pages="34",
            type="report", lang="en"),
        cit(3, pages="45-62", **iwasaki),
        cit(4, pages="50", back_reference="同上", **iwasaki),
        cit(5, ["ИА REGNUM"], "Ашхабад обвинил Москву во взрыве на газопроводе", date="2009-04-10",
            url="https://regnum.ru/news/1150413.html", type="article-newspaper", lang="ru"),
        cit(6, ["森川修一"], "中央アジアのエネルギー地政学", publisher="東洋書院", date="2012", pages="88-93", type="book"),
        cit(7, pages="55-57", back_reference="前掲論文", **iwasaki),
        cit(8, ["中国石油天然気集団公司"], "中国―中亜天然気管道項目簡介", date="2019-12-10",
            url="http://www.cnpc.com.cn/cnpc/gjhz/201912/10c7a2f3d6e54b2a9a1e3f5c8b7d6e01.shtml", type="webpage", lang="zh"),
        cit(9, pages="121-145", **whit),
        cit(11, pages="130", back_reference="Ibid.", **whit),
        cit(12, ["外務省"], "トルクメニスタン基礎データ", url="https://www.mofa.go.jp/mofaj/area/turkmenistan/data.html",
            accessed="2023-11-30", type="webpage"),
    ]
    g["remarks"] = ("Style A with note bodies: markers （（（（n）））） in the body, bodies （n） … under a bold 注 heading at the end "
                    "(notes section = back matter, so 注 is not listed among body headings). Note 5 is referenced from a heading. "
                    "Back-references are resolved: 4 (同上) and 7 (前掲論文) to Iwasaki (note 3), 11 (Ibid.) to Whitfield (note 9), "
                    "each with its own pages. Note 12 has an access date (最終閲覧) but no publication date. Notes 1 and 10 hold no citation.")
    return d


# --------------------------------------------------------------------------
# c02: style B, endnotes after a rule line, Western-style citations, 編 book,
# 前掲書 chapter, 同上 / Ibid., era year, 最終閲覧 full date, ； lists, 拙稿
# --------------------------------------------------------------------------
@doc
def c02():
    d = Doc("c02_mongolia_B_endnotes", "B", 118, "sup")
    g = d.gold
    g.update(title="モンゴルの「第三の隣国」政策と中露関係", chapter="第 5 章", author="山本亜紀")
    d.raw([" 第 5 章 モンゴルの「第三の隣国」政策と中露関係 ", "", "山本 亜紀 ", ""])
    d.heading(2, "はじめに")
    d.para("モンゴルは、ロシアと中国という 2 つの大国に挟まれた内陸国である。1990 年の民主化以降、同国は両隣国とのバランスを保ちつつ、"
           "それ以外の民主主義国との関係を強化する「第三の隣国」政策を外交の柱としてきた[[1]]。本稿では、この政策の形成過程を振り返ったうえで、"
           "2014 年以降の中露接近とロシアのウクライナ侵攻がモンゴル外交にいかなる制約を課しているのかを検討する。")
    d.heading(2, "1. 「第三の隣国」政策の形成")
    d.para("「第三の隣国」という表現が公式に用いられるようになったのは、1990 年代前半のことである。1994 年に採択された対外政策の基本文書は、"
           "ロシアと中国との均衡のとれた関係を維持することを最優先課題としつつ、米国、日本、欧州諸国などとの関係発展を掲げた[[2]]。"
           "当時のモンゴルは、ソ連からの援助の途絶によって深刻な経済危機に直面しており、西側諸国や国際機関からの支援が不可欠であった。")
    d.para("この政策はその後も歴代政権に引き継がれ、2011 年に改定された新しい基本文書では、「第三の隣国」との協力が政治、経済、文化、"
           "人道の各分野に拡大された[[3]]。平成 15 年に刊行された研究書は、この政策が小国の生存戦略として一定の合理性を持つと評価して{PB}いる[[4]]。")
    d.heading(2, "2. 中露両国との関係")
    d.heading(3, "(1) ロシア")
    d.para("ロシアはモンゴルにとって、石油製品の 9 割以上を供給する最大のエネルギー供給国である[[5]]。2019 年 9 月には、両国間で"
           "「包括的戦略的パートナーシップ」に関する条約が締結され、関係の格上げが図られた。一方で、モンゴル国内には、ロシア産燃料への過度な依存が"
           "国家の自立を損なうとの懸念も根強い[[6]]。")
    d.heading(3, "(2) 中国")
    d.para("中国は、モンゴルの輸出の約 8 割を占める最大の貿易相手国である。石炭や銅精鉱の輸出はモンゴル経済の生命線であり、2022 年には"
           "石炭輸出が過去最高を記録した[[7]]。しかし、国境の通関が新型コロナウイルス対策で度々停止されたことは、中国市場への依存の脆弱性を"
           "浮き彫りにした。")
    d.para("2016 年 11 月にダライ・ラマ 14 世がモンゴルを訪問した際、中国は国境通過手数料の引き上げや借款交渉の凍結といった対抗措置をとった[[8]]。"
           "この一件は、経済的依存が外交上の自由を直接的に制約しうることを示した事例として、しばしば言及される。")
    d.heading(2, "3. 日米との協力")
    d.para("「第三の隣国」の中でも、日本と米国は特に重要な位置を占める。日本は 1991 年以来、モンゴルにとって最大の二国間援助国であり、"
           "2016 年には経済連携協定（EPA）が発効した[[9]]。米国とは、国連平和維持活動への参加を軸とした安全保障協力が進み、"
           "多国間共同訓練「カーン・クエスト」が毎年実施されている[[10]]。")
    d.heading(2, "おわりに")
    d.para("ロシアのウクライナ侵攻以後、モンゴルは国連総会の関連決議で棄権を続けており、中露両国への配慮を優先する姿勢を示している[[11]]。"
           "他方で、同国は西側との経済関係の強化も模索しており、2023 年には岸田首相の訪問を受けて両国関係を「平和と繁栄のための特別な戦略的パートナーシップ」"
           "に格上げした。大国間の対立が深まるなかで、「第三の隣国」政策がどこまで実質を伴うものとなるかが、今後のモンゴル外交の焦点となろう[[12]]。")
    # endnotes after a rule line
    d.out += [" ", "", "――――――――――――――――"[:16] + " "]
    notes = [
        (1, "1", "Sarah Donovan, “Mongolia's Third Neighbor Policy and the Limits of Balancing,” Asian Survey, Vol. 52, No. 3 (2012), pp. 523-545."),
        (2, "２", "1994 年に採択された対外政策の基本文書の邦訳は、田中一郎編『モンゴル国の政治と外交』アジア経済研究所、平成 15 年、201-215 頁に収録されている。"),
        (3, "３", "同上、216-230 頁。"),
        (4, "4", "佐藤健「小国外交としての『第三の隣国』政策」田中編、前掲書、45-68 頁。"),
        (5, "5", "Asian Development Bank, Mongolia: Energy Sector Assessment, Strategy, and Road Map, Manila: ADB, 2020, p. 12."),
        (6, "6", "Ibid., p. 15."),
        (7, "7", "「モンゴルの石炭輸出、過去最高に」『日本経済新聞』2023 年 1 月 18 日。"),
        (8, "8", "中国の対応については、次を参照。鈴木正人「ダライ・ラマ訪問とモンゴル・中国関係」『東亜』第 596 号、2017 年 2 月、60-69 頁；"
                 "Peter Hale, “China's Punitive Measures against Mongolia,” The Diplomat, December 12, 2016. <https://thediplomat.com/2016/12/chinas-punitive-measures-against-mongolia/>"),
        (9, "9", "外務省「日・モンゴル経済連携協定」<https://www.mofa.go.jp/mofaj/gaiko/fta/j_mongolia/index.html>（2023 年 11 月 30 日最終閲覧）"),
        (10, "10", "U.S. Embassy in Mongolia, “Exercise Khaan Quest 2023 Opens at Five Hills Training Area,” June 19, 2023. <https://mn.usembassy.gov/exercise-khaan-quest-2023/>"),
        (11, "11", "拙稿「ウクライナ戦争とモンゴルの中立外交」『国際問題』第 712 号、2023 年 4 月、25-34 頁。"),
        (12, "12", "本稿の脱稿後、2023 年 9 月にはローマ教皇フランシスコがモンゴルを訪問し、同国の国際的な存在感を高めた。"),
    ]
    for n, lab, t in notes:
        lines = d.wrap(lab + " " + t, count_refs=False)
        if n == 9:
            while d.out[-1] == "":
                d.out.pop()
            d.prefix = " "
            lines = d.wrap(lab + "  " + t, count_refs=False)
        for i, (ln, _, _) in enumerate(lines):
            d.put(ln + (" " if i == len(lines) - 1 else ""))
        d.blank()
        g["notes"].append({"n": n, "text": t})
    tanaka = dict(authors=["田中一郎"], title="モンゴル国の政治と外交", publisher="アジア経済研究所", date="2003",
                  type="book", editors=["田中一郎"])
    adb = dict(authors=["Asian Development Bank"], title="Mongolia: Energy Sector Assessment, Strategy, and Road Map",
               publisher="ADB", date="2020", type="report", lang="en")
    g["citations"] = [
        cit(1, ["Sarah Donovan"], "Mongolia's Third Neighbor Policy and the Limits of Balancing", container="Asian Survey",
            volume="52", issue="3", date="2012", pages="523-545", type="article-journal", lang="en"),
        cit(2, pages="201-215", **tanaka),
        cit(3, pages="216-230", back_reference="同上", **tanaka),
        cit(4, ["佐藤健"], "小国外交としての『第三の隣国』政策", container="モンゴル国の政治と外交", publisher="アジア経済研究所",
            date="2003", pages="45-68", type="chapter", editors=["田中一郎"], back_reference="前掲書"),
        cit(5, pages="12", **adb),
        cit(6, pages="15", back_reference="Ibid.", **adb),
        cit(7, [], "モンゴルの石炭輸出、過去最高に", container="日本経済新聞", date="2023-01-18", type="article-newspaper"),
        cit(8, ["鈴木正人"], "ダライ・ラマ訪問とモンゴル・中国関係", container="東亜", issue="596", date="2017-02", pages="60-69",
            type="article-journal"),
        cit(8, ["Peter Hale"], "China's Punitive Measures against Mongolia", container="The Diplomat", date="2016-12-12",
            url="https://thediplomat.com/2016/12/chinas-punitive-measures-against-mongolia/", type="webpage", lang="en"),
        cit(9, ["外務省"], "日・モンゴル経済連携協定", url="https://www.mofa.go.jp/mofaj/gaiko/fta/j_mongolia/index.html",
            accessed="2023-11-30", type="webpage"),
        cit(10, ["U.S. Embassy in Mongolia"], "Exercise Khaan Quest 2023 Opens at Five Hills Training Area", date="2023-06-19",
            url="https://mn.usembassy.gov/exercise-khaan-quest-2023/", type="webpage", lang="en"),
        cit(11, ["山本亜紀"], "ウクライナ戦争とモンゴルの中立外交", container="国際問題", issue="712", date="2023-04", pages="25-34",
            type="article-journal"),
    ]
    g["remarks"] = ("Style B: single-spaced, bare superscript refs ` n`, endnotes after a rule line, numbers in ASCII or full width, "
                    "note 9 after a page break (leading space, two spaces after the number). Chapter and title share the first line. "
                    "Ordinary numbers that look like refs: `2 つ`, `9 割`, `8 割`, `ダライ・ラマ 14 世`. "
                    "Era year 平成 15 年 = 2003. Note 2 cites an edited book (editor counted as creator); note 3 (同上) and note 6 (Ibid.) "
                    "are resolved back-references; note 4 is a chapter whose book is given by 前掲書; note 8 holds two works separated by ；; "
                    "note 11 is 拙稿 (author = this chapter's author); note 12 holds no citation. Note 7 is an unsigned newspaper article. "
                    "The Diplomat (online magazine) is typed webpage, as the seeds type Nippon.com.")
    return d


# --------------------------------------------------------------------------
# c03: style C, two tables: a vote grid (2023, caption gives the year, 欠席)
# and a numeric table (表 2, 億ドル, +9%, ▲2.1, －, an empty cell, (注) line)
# --------------------------------------------------------------------------
@doc
def c03():
    d = Doc("c03_asean_C_tables", "C", 76, "none")
    g = d.gold
    g.update(title="ASEAN 諸国とロシア：ウクライナ侵攻後の関係", chapter="第 3章", author="中村直樹")
    d.raw([" 第 3章", "ASEAN 諸国とロシア：ウクライナ侵攻後の関係", "", "中村 直樹", ""])
    d.tight = {2, 31}
    d.para("2022年 2月のロシアによるウクライナ侵攻は、東南アジア諸国連合（ASEAN）の加盟国にも難しい選択を迫った。"
           "ASEANは内政不干渉とコンセンサスを原則とし、域外大国間の対立に巻き込まれることを伝統的に避けてきた。"
           "本稿では、国連での投票行動、貿易関係、軍事・技術協力の 3つの側面から、侵攻後の ASEAN諸国とロシアの関係を整理したい。")
    d.heading(2, "国連における投票行動")
    d.para("まず、国連総会におけるウクライナ関連決議への投票行動を確認しておこう。侵攻直後の 2022年 3月 2日の決議では、"
           "ASEAN加盟国のうちベトナムとラオスが棄権したものの、他の 8か国は賛成に回った。しかし、決議の内容がロシアへの具体的な措置に"
           "踏み込むにつれ、棄権する国が{PB}増えていった。2023年に採択された主な決議について、各国の投票をまとめたのが表 1である。")
    cap1 = "2023 年の国連総会ウクライナ関連決議における ASEAN 諸国の投票行動"
    head1 = ["国名", "2月 23日", "4月 26日", "12月 19日"]
    rows1 = [["インドネシア", "賛成", "賛成", "棄権"],
             ["カンボジア", "賛成", "棄権", "棄権"],
             ["シンガポール", "賛成", "賛成", "賛成"],
             ["タイ", "賛成", "棄権", "棄権"],
             ["フィリピン", "賛成", "賛成", "賛成"],
             ["ブルネイ", "賛成", "賛成", "棄権"],
             ["ベトナム", "棄権", "棄権", "反対"],
             ["マレーシア", "賛成", "棄権", "棄権"],
             ["ミャンマー", "賛成", "賛成", "賛成"],
             ["ラオス", "棄権", "欠席", "反対"]]
    d.raw(["表 1 2023年の国連総会ウクライナ関連決議における ASEAN諸国の投票行動", "",
           "国名 2月 23日 4月 26日 12月 19日", "",
           "インドネシア 賛成 賛成 棄権", "",
           "カンボジア 賛成 棄権 棄権", "シンガポール 賛成 賛成 賛成", "タイ 賛成 棄権   棄権",
           "フィリピン 賛成 賛成 賛成", "ブルネイ 賛成 賛成 棄権", "",
           "ベトナム 棄権 棄権 反対", "マレーシア 賛成 棄権 棄権", "ミャンマー 賛成 賛成 賛成",
           "ラオス 棄権 欠席 反対", "", "出所：国連デジタルライブラリーの投票記録より筆者作成", ""])
    iso = {"インドネシア": "IDN", "カンボジア": "KHM", "シンガポール": "SGP", "タイ": "THA", "フィリピン": "PHL",
           "ブルネイ": "BRN", "ベトナム": "VNM", "マレーシア": "MYS", "ミャンマー": "MMR", "ラオス": "LAO"}
    d.table_gold("表 1", cap1, [head1], rows1, "国連デジタルライブラリーの投票記録より筆者作成",
                 votes=votes_for(iso, ["2023-02-23", "2023-04-26", "2023-12-19"], rows1,
                                 ["A/RES/ES-11/6", "A/RES/77/284", "A/RES/78/221"]))
    d.last = "table"
    d.para("なお、2月 23日の決議は「ウクライナにおける包括的、公正かつ永続的な平和」を求める決議（A/RES/ES-11/6）、"
           "4月 26日の決議は「国連と欧州評議会の協力」に関する決議（A/RES/77/284）、12月 19日の決議は「クリミアにおける人権状況」"
           "に関する決議（A/RES/78/221）である。")
    d.para("表 1からは、フィリピン、シンガポール、ミャンマーの 3か国が一貫して賛成した一方、ベトナムとラオスが棄権や反対を続けたことがわかる。"
           "ミャンマーについては、国連代表部が軍事政権ではなく、民主派の国民統一政府（NUG）寄りの立場をとっていることに注意が必要である。"
           "インドネシア、マレーシア、タイは、ロシア非難の色合いが強い決議では棄権に転じる傾向が{PN:57}みられた。")
    d.heading(2, "貿易とエネルギー")
    d.para("経済面では、侵攻後も ASEAN諸国とロシアの貿易は全体として拡大した。表 2は、2021年と 2022年の主要国の対露貿易額を比較したものである。")
    head2 = ["国名", "2021年", "2022年", "前年比", "収支"]
    rows2 = [["インドネシア", "27億ドル", "36億ドル", "+33%", "8.2"],
             ["シンガポール", "80億ドル", "97億ドル", "+21%", "▲3.5"],
             ["タイ", "28億ドル", "31億ドル", "+9%", "▲2.1"],
             ["ベトナム", "71億ドル", "52億ドル", "▲27%", "21.4"],
             ["マレーシア", "30億ドル", "28億ドル", "▲7%", "4.5"],
             ["ミャンマー", "4億ドル", "6億ドル", "+50%", "1.8"],
             ["ラオス", "－", "0.4億ドル", "", "0.3"],
             ["ASEAN 計", "275億ドル", "310億ドル", "+13%", "28.6"]]
    d.raw(["表 2 ロシアと ASEAN主要国の貿易", "",
           "国名 2021年 2022年 前年比 収支", "",
           "インドネシア 27億ドル 36億ドル +33% 8.2", "シンガポール 80億ドル 97億ドル +21% ▲3.5",
           "タイ 28億ドル 31億ドル +9% ▲2.1", "ベトナム 71億ドル 52億ドル ▲27% 21.4",
           "マレーシア 30億ドル 28億ドル ▲7% 4.5", "ミャンマー 4億ドル 6億ドル +50% 1.8",
           "ラオス － 0.4億ドル   0.3", "ASEAN 計 275億ドル 310億ドル +13% 28.6", "",
           "（注）収支はロシア側からみた値（億ドル）。▲はマイナス。ラオスの 2021年の", "",
           "数値は公表されていない。", "",
           "出所：各国の貿易統計より筆者作成", ""])
    d.table_gold("表 2", "ロシアと ASEAN 主要国の貿易", [head2], rows2, "各国の貿易統計より筆者作成",
                 extra={"table_note": "収支はロシア側からみた値（億ドル）。▲はマイナス。ラオスの 2021年の数値は公表されていない。"})
    d.last = "table"
    d.para("2022年の ASEAN全体の対露貿易額は 310億ドルと、前年比で 1割以上増加した。とりわけインドネシアとシンガポールの伸びが大きく、"
           "ロシア産の石油製品や肥料の輸入増加が寄与している。他方、ロシア製の部品や機械を多く輸入してきたベトナムでは、決済の困難から貿易額が大きく落ち込んだ。")
    d.heading(2, "軍事・技術協力")
    d.para("ASEAN諸国の中には、ソ連時代からロシア製兵器に依存してきた国が少なくない。ベトナムは保有する主要装備の約 8割がロシア製とされ、"
           "ミャンマー軍政も戦闘機や攻撃ヘリコプターの調達をロシアに頼っている。侵攻後、ロシアの兵器輸出能力が低下したことで、"
           "こうした国々は部品の確保や整備に困難を抱えるようになった。")
    d.para("インドネシアは 2018年に Su-35戦闘機 11機の購入契約を結んでいたが、米国の制裁法（CAATSA）による制裁の可能性を理由に、"
           "2021年末までに計画を事実上断念した。フィリピンも 2022年 6月に、ロシア製大型ヘリコプターの調達契約を破棄している"
           "（以上の経緯については、拙稿「ASEAN の対露姿勢と中立性」『アジア研究』第 69巻第 3号、2023年、15-31頁を参照されたい）。")
    d.heading(2, "おわりに")
    d.para("以上のように、ASEAN諸国の対露姿勢は一様ではなく、国連での投票行動、経済関係、軍事協力のいずれにおいても国ごとの差が大きい。"
           "ただし、全体としてみれば、各国はロシアを国際的に孤立させることには慎重であり、大国間対立の中で{PN:58}自らの選択肢を狭めないことを優先している。")
    d.para("こうした姿勢は、ASEANが掲げる「中心性」の維持と表裏一体のものである。ウクライナ侵攻が長期化するなかで、"
           "ASEAN諸国がロシアとの関係をどのように管理していくのかは、インド太平洋の地域秩序を考える上でも重要な論点となろう。")
    g["citations"] = [cit(None, ["中村直樹"], "ASEAN の対露姿勢と中立性", container="アジア研究", volume="69", issue="3",
                          date="2023", pages="15-31", type="article-journal")]
    g["remarks"] = ("Style C: double-spaced, short-line paragraph ends, unnumbered headings, plain page numbers 57 and 58. "
                    "Table 1 is a vote grid; the year (2023) comes from the caption; 欠席 = NV; a run of spaces in the タイ row is not an empty cell "
                    "(every row has one token per column). The paragraph after it names each resolution. "
                    "Table 2 is numeric: 'ASEAN 計' is one cell (converter space), ▲ = minus, － = none, and the ラオス row has an EMPTY 前年比 "
                    "cell (shown by a run of spaces; 0.3 has no % so it belongs to 収支). The (注) line and the 出所 line belong to the table, "
                    "not to notes. The body citation is 拙稿 (author = chapter author), 第 69巻第 3号 = volume 69, issue 3.")
    return d


# --------------------------------------------------------------------------
# c04: style A, wrapped table (4 columns, empty corner) crossing a page break
# (bold page number + leading-space line inside the table); `1.` half-width
# quadrupled sections, （1） full-width subsections, (a); ＊; a numbered list;
# markers without bodies; repeated characters (佐々木, 誠誠誠誠).
# --------------------------------------------------------------------------
@doc
def c04():
    d = Doc("c04_caucasus_A_wrapped", "A", 86, "quad")
    g = d.gold
    g.update(title="南コーカサス諸国の対露関係の変容", chapter="第五章", author="佐々木誠")
    d.raw([" " + quad("第五章", "~        ", "南コーカサス諸国の対露関係の変容") + "    ", "",
           quad("佐々木", "~    ", "誠") + "    ", " ", ""])
    d.heading(2, ["1.", "問題の所在"])
    d.para("2020 年秋の第 2 次ナゴルノ・カラバフ紛争と、2022 年 2 月のロシアによるウクライナ侵攻は、南コーカサス地域におけるロシアの影響力を大きく揺るがした。"
           "アルメニア、アゼルバイジャン、ジョージアの 3 国は、いずれもソ連の構成共和国として独立したが、その対露関係は独立当初から大きく異なっていた[[1]]。")
    d.para("本章では、3 国の対露関係が 2020 年以後どのように変容したのかを、安全保障、経済、世論の側面から比較し、ロシアの地域的影響力の変化について考察する。"
           "なお、本章で扱う期間は、主として 2020 年 9 月から 2023 年 10 月までである。")
    d.heading(2, ["2.", "ナゴルノ・カラバフ紛争とロシア"])
    d.heading(3, ["（1）", "2020", "~ ", "年の第", "~ ", "2", "~ ", "次紛争"])
    d.para("2020 年 9 月 27 日に始まった第 2 次紛争は、44 日間にわたる戦闘の末、ロシアの仲介による 11 月 10 日の停戦合意で終結した[[2]]。"
           "アゼルバイジャンはトルコから供与された無人機を活用して戦況を優位に進め、カラバフ周辺の 7 地区と、カラバフ本体の約 3 分の 1 を奪還した。"
           "停戦合意に基づき、約 2000 人のロシア平和維持部隊がカラバフに展開したことは、ロシアが地域の調停者としての地位を保ったことを示すものと受け止められた[[3]]。")
    d.para("しかし、アルメニアにとって、この停戦はロシアの「同盟国」としての役割に対する深い失望をもたらした。"
           "アルメニアは集団安全保障条約機構（CSTO）の加盟国であるが、ロシアは戦闘がカラバフとその周辺で行われていることを理由に、"
           "条約上の防衛義務は生じないとの立場を{PB}とった[[4]]。")
    d.heading(3, ["（2）", "平和維持部隊の撤収"])
    d.para("2023 年 9 月、アゼルバイジャンは「対テロ作戦」と称する軍事行動によってカラバフ全域を掌握し、10 万人を超えるアルメニア系住民がアルメニア本国に避難した[[5]]。"
           "ロシアの平和維持部隊はこの事態に介入せず、その存在意義は大きく損なわれた。")
    d.para("この過程で、アルメニアのパシニャン首相は CSTO への参加を事実上凍結し、ロシアへの安全保障上の依存は「戦略的な誤り」であったと公言するに至った[[6]]。"
           "アルメニアはその後、フランスやインドからの武器調達を進め、安全保障の多角化を図っている。")
    d.heading(2, ["3.", "ジョージアとロシア"])
    d.heading(3, ["（1）", "2008", "~ ", "年戦争の遺産"])
    d.para("ジョージアは 2008 年 8 月のロシアとの戦争以来、ロシアと外交関係を断絶しており、南オセチアとアブハジアには現在もロシア軍が駐留している[[7]]。"
           "同国は NATO と EU への加盟を国家目標として憲法に明記しており、3 国の中で最も明確な親欧米路線をとってきた。")
    d.star()
    d.para("ところが、2022 年以後のジョージア政府の姿勢は、こうした従来の路線とは異なる様相を見せている。"
           "政府はウクライナへの連帯を表明しつつも、対露制裁には{PN:12}加わらず、ロシアとの直行便の再開を認めた[[8]]。"
           "また、ロシアからの動員逃れの流入によって、トビリシでは家賃の高騰など社会的な摩擦も生じている。")
    d.heading(3, ["（2）", "「外国の代理人」法をめぐる対立"])
    d.para("2023 年 3 月、与党「ジョージアの夢」が提出したいわゆる「外国の代理人」法案は、大規模な抗議行動を引き起こし、撤回に追い込まれた[[9]]。"
           "野党や市民社会は、同法案がロシアの同種の法律を模倣したものであると批判した。")
    d.heading(2, ["4.", "対露姿勢の比較"])
    d.para("以上の考察をもとに、3 国の対露姿勢を安全保障、経済、世論、ウクライナ侵攻への対応の 4 点から比較したものが表１である。")
    head = ["", "アルメニア", "アゼルバイジャン", "ジョージア"]
    rows = [["安全保障", "CSTO 加盟国だが、2023 年以降は活動への参加を事実上凍結。ギュムリにロシア軍基地。",
             "2022 年 2 月、ロシアと「同盟的相互作用」宣言に署名。トルコとの軍事協力を重視。",
             "2008 年戦争以後、ロシアと断交。NATO 加盟を目標とする。"],
            ["経済関係", "EAEU 加盟国。対露貿易は 2022 年に約 2 倍に拡大。", "南北輸送回廊の要衝として対露協力を拡大。",
             "対露貿易は拡大したが、制裁の迂回には関与しないと表明。"],
            ["対露世論", "カラバフ喪失後、対露不信が急速に拡大。", "比較的安定。", "一貫して厳しい。"],
            ["ウクライナ侵攻への対応", "国連決議では棄権が中心。", "中立を維持しつつ人道支援を実施。", "国連決議には賛成。対露制裁には不参加。"]]
    d.wrapped_table("表１", "南コーカサス 3 国の対露関係の比較", head, rows, [16, 30, 30, 30],
                    breaks={11: ("pnspace", "13")}, source="（出所）各種報道をもとに筆者作成。")
    g["tables"][-1]["source"] = "各種報道をもとに筆者作成。"
    d.heading(3, ["（1）", "安全保障面の相違"])
    d.heading(4, ["(a)", "アルメニア"])
    d.para("アルメニアにとって、ロシアとの同盟はトルコとアゼルバイジャンに対する安全保障の要であった。"
           "しかし、2020 年と 2023 年の二度にわたってロシアが実質的な支援を行わなかったことで、同盟の信頼性は根本から揺らいだ[[10]]。")
    d.heading(4, ["(b)", "アゼルバイジャン"])
    d.para("アゼルバイジャンは、トルコとの「シュシャ宣言」による同盟関係を基軸としつつ、ロシアとも「同盟的相互作用」宣言を結ぶことで、"
           "両者の間で巧みに均衡をとっている[[11]]。カラバフ問題の解決によって、同国の対露交渉力はむしろ高まったといえる。")
    d.heading(3, ["（2）", "経済関係の深化"])
    d.para("安全保障面での距離の拡大とは対照的に、経済面では 3 国とロシアの結びつきは強まった。"
           "アルメニアとジョージアを経由する対露輸出は 2022 年に急増し、欧米の制裁を迂回する取引が含まれているとの指摘もある[[12]]。"
           "アゼルバイジャンも、ロシアとイランを結ぶ南北輸送回廊の整備に積極的に関与している[[13]]。")
    d.heading(2, ["5.", "結論"])
    d.para("以上の比較から、次の 3 点を指摘できる。")
    d.list_items([
        "第 1 に、2020 年以後の南コーカサスにおいて、ロシアの安全保障上の影響力は明らかに低下した。とりわけアルメニアとの同盟関係の形骸化は、CSTO の信頼性そのものを損なっている[[14]]。",
        "第 2 に、経済面ではむしろ 3 国とロシアの結びつきは強まっている。制裁下のロシアにとって、南コーカサスは物流と決済の迂回路としての価値を高めた。",
        "第 3 に、ロシアの後退によって生じた空白を、トルコ、イラン、EU がそれぞれの思惑で埋めようとしている。地域の秩序は、単一の大国による管理から、複数の外部勢力が競合する構図へと移行しつつある[[15]]。",
    ])
    g["remarks"] = ("Style A, markers （（（（n）））） 1-15 without bodies (refs kept, unresolved). Sections are half-width `1.` quadrupled "
                    "(`1.1.1.1.問題の所在…`), subsections full-width （1）, sub-subsections (a)/(b). Repeated characters are real in the author "
                    "line (佐々木 ×4, 誠 ×4). ＊ is a section break inside section 3, not a heading. Section 5 holds a numbered list `1.  ` "
                    "(not headings). Table 1 is a wrapped table with an empty corner cell and 4 columns; it crosses a page break: a bold "
                    "page number 13 and a line starting with a page-break space sit inside row 3. The (出所) line is the table's source. "
                    "Bold page numbers: 12 (in the prose) and 13 (inside the table).")
    return d


# --------------------------------------------------------------------------
# c05: style B with footnotes at the foot of each page and plain page numbers;
# （1） full-width subsections; 図表 1 numeric grid with thousands separators
# --------------------------------------------------------------------------
@doc
def c05():
    d = Doc("c05_arctic_B_footnotes", "B", 110, "sup")
    g = d.gold
    g.update(title="北極をめぐる国際協力の変容とロシア", author="高橋優")
    d.foot_mode = True
    d.footnotes = {
        1: "U.S. Department of State, “Joint Statement on Arctic Council Cooperation Following Russia's Invasion of Ukraine,” March 3, 2022. <https://www.state.gov/joint-statement-on-arctic-council-cooperation-following-russias-invasion-of-ukraine/>",
        2: "ノルウェーの議長国期間は 2025 年 5 月までの 2 年間である。",
        3: "Правительство России, «Об утверждении плана развития Северного морского пути на период до 2035 года», 01.08.2022. <http://government.ru/docs/46270/>",
        4: "北川亮「北極海航路の現状と課題」『海運経済研究』第 56 号、2022 年、1-12 頁。",
        5: "同上、8 頁。",
        6: "国务院新闻办公室『中国的北极政策』白皮书、2018 年 1 月 26 日。<http://www.scio.gov.cn/zfbps/32832/Document/1618203/1618203.htm>",
        7: "Marlene Laruelle, Russia's Arctic Strategies and the Future of the Far North, Armonk: M.E. Sharpe, 2014, pp. 45-60.",
        8: "Laruelle, op. cit., p. 112.",
    }
    d.raw([" 北極をめぐる国際協力の変容とロシア ", "", "高橋 優 ", ""])
    d.para("北極圏は、気候変動による海氷の減少とともに、資源開発や新たな航路の可能性から国際的な注目を集めてきた。冷戦後の北極では、"
           "ロシアを含む沿岸国が北極評議会を中心に協力を積み重ね、「高い北、低い緊張」とも呼ばれる安定した状況が続いていた。本稿では、"
           "ロシアのウクライナ侵攻がこうした協力の枠組みにどのような影響を与えたのかを、北極評議会と北極海航路の 2 つの側面から検討する。")
    d.heading(2, "1. 北極評議会の機能停止")
    d.heading(3, "（1）2022 年 3 月の「一時停止」")
    d.para("2022 年 3 月 3 日、ロシアを除く北極評議会の 7 か国は共同声明を発表し、ロシアが議長国を務める評議会の会合への参加を一時停止すると"
           "表明した[[1]]。北極評議会は 1996 年のオタワ宣言によって設立され、軍事安全保障を扱わないことを前提に、環境保護や先住民族の権利などの"
           "分野で協力を進めてきた。侵攻はこの前提そのものを揺るがすものであった。")
    d.heading(3, "（2）作業部会の限定的再開")
    d.para("その後、2022 年 6 月には、ロシアが参加しない形での作業部会の活動が一部再開された。2023 年 5 月に議長国がノルウェーに移ったことを"
           "受け[[2]]、評議会は作業部会レベルでのオンライン会合を段階的に再開したが、閣僚級の会合は開かれていない。ロシア政府は評議会からの"
           "脱退の可能性にも言及しており、協力の枠組みは依然として不安定な状態に{PN:57}ある。")
    d.heading(2, "2. 北極海航路とロシア")
    d.heading(3, "（1）航路の利用実績")
    d.para("一方、ロシアは北極海航路の開発を国家的な優先課題として位置づけている。2022 年 8 月に政府が承認した開発計画は、2035 年までに"
           "航路の貨物輸送量を年間 2 億トン規模に拡大する目標を掲げた[[3]]。図表 1 は、近年の北極海航路の貨物輸送量の推移を示したものである。")
    head = ["年", "貨物量（万トン）", "前年比"]
    rows = [["2018", "2,018", "+88%"], ["2019", "3,150", "+56%"], ["2020", "3,297", "+5%"],
            ["2021", "3,485", "+6%"], ["2022", "3,410", "▲2%"], ["2023", "3,625", "+6%"]]
    d.raw(["図表 1 北極海航路の貨物輸送量の推移 ", "年 貨物量（万トン） 前年比 "]
          + [" ".join(r) + " " for r in rows]
          + ["出典：ロシア国営原子力企業ロスアトムの発表をもとに筆者作成 ", ""])
    d.table_gold("図表 1", "北極海航路の貨物輸送量の推移", [head], rows, "ロシア国営原子力企業ロスアトムの発表をもとに筆者作成")
    d.last = "table"
    d.para("輸送量の大半は、ヤマル半島の LNG や北極圏の原油など、ロシア国内の資源の積み出しが占めている。北川が指摘するように、国際的な"
           "通過輸送は依然としてごく一部にとどまる[[4]]。2022 年以降は欧州の海運会社の撤退により、外国船の通過はさらに減少した[[5]]。")
    d.heading(3, "（2）中国との協力")
    d.para("こうした中で存在感を増しているのが中国である。中国は 2018 年 1 月に発表した北極政策白書で自らを「近北極国家」と位置づけ、"
           "「氷上シルクロード」の建設を提唱した[[6]]。侵攻後、中国の海運会社はロシアの北極の港と中国の港を結ぶ航行を拡大しており、2023 年には"
           "通過輸送のかなりの部分を中国向けの貨物が占めるようになった。")
    d.para("もっとも、ロシアは北極における主権と管轄権に強いこだわりを持っており、中国の関与の拡大を{PN:58}無条件に歓迎しているわけではない[[7]]。"
           "ラリュエルは、ロシアが北極を「国家の偉大さ」の象徴として位置づけてきたことを強調している[[8]]。")
    d.heading(2, "3. 展望")
    d.para("ウクライナ侵攻は、北極における国際協力の基盤を大きく損なった。フィンランドとスウェーデンの NATO 加盟により、北極評議会の"
           "ロシア以外の 7 か国は全て NATO 加盟国となり、北極は東西対立の新たな前線となりつつある。他方で、気候変動や環境保護、捜索救助"
           "といった課題は、ロシアの参加なしには十分に対処できない。北極における協力をいかに再建するかは、今後の国際秩序を考える上での"
           "重要な課題である。")
    d.page_break(("pn", "59"))
    for n, t in d.footnotes.items():
        g["notes"].append({"n": n, "text": t})
    lar = dict(authors=["Marlene Laruelle"], title="Russia's Arctic Strategies and the Future of the Far North",
               publisher="M.E. Sharpe", date="2014", type="book", lang="en")
    kit = dict(authors=["北川亮"], title="北極海航路の現状と課題", container="海運経済研究", issue="56", date="2022",
               type="article-journal")
    g["citations"] = [
        cit(1, ["U.S. Department of State"], "Joint Statement on Arctic Council Cooperation Following Russia's Invasion of Ukraine",
            date="2022-03-03", url="https://www.state.gov/joint-statement-on-arctic-council-cooperation-following-russias-invasion-of-ukraine/",
            type="webpage", lang="en"),
        cit(3, ["Правительство России"], "Об утверждении плана развития Северного морского пути на период до 2035 года",
            date="2022-08-01", url="http://government.ru/docs/46270/", type="webpage", lang="ru"),
        cit(4, pages="1-12", **kit),
        cit(5, pages="8", back_reference="同上", **kit),
        cit(6, ["国务院新闻办公室"], "中国的北极政策", date="2018-01-26",
            url="http://www.scio.gov.cn/zfbps/32832/Document/1618203/1618203.htm", type="report", lang="zh"),
        cit(7, pages="45-60", **lar),
        cit(8, pages="112", back_reference="op. cit.", **lar),
    ]
    g["remarks"] = ("Style B with FOOTNOTES at the foot of each page (bodies `n …` printed before the plain page number 57, 58, 59; "
                    "no rule line); each new page starts with a space. Refs are bare superscripts; note 2's ref sits before a comma-less "
                    "continuation (`受け 2、`). Subsections use full-width （1）. 図表 1 is a numeric grid with thousands separators and an "
                    "出典 source line; it is single-spaced like the prose. Back-references: 5 (同上) -> 4, 8 (op. cit.) -> 7. Note 2 holds no "
                    "citation. Note 6 is a white paper (report) in Chinese.")
    return d


# --------------------------------------------------------------------------
# c06: style C with （注1） style markers (incl. (注 3), a lost bracket and a
# full-width digit), notes under 註 with (1) … bodies, 表 3-1 with （出所）
# --------------------------------------------------------------------------
@doc
def c06():
    d = Doc("c06_water_C_chuu", "C", 80, "none")
    g = d.gold
    g.update(title="中央アジアの水とエネルギー：上流国と下流国の協力", author="小林真理")
    d.raw([" 中央アジアの水とエネルギー：上流国と下流国の協力", "", "小林 真理", ""])
    d.tight = {8, 30}
    d.heading(2, "問題の所在")
    d.para("中央アジアの水資源は、キルギスとタジキスタンの山岳地帯に源を発するアムダリヤ川とシルダリヤ川に大きく依存している。"
           "上流に位置する両国は水資源に恵まれる一方で化石燃料に乏しく、下流のウズベキスタン、カザフスタン、トルクメニスタンは逆に"
           "天然ガスや石炭に恵まれる一方、灌漑用水の大半を上流国に依存している[[1|（注1）]]。本稿では、この上流国と下流国の利害対立が"
           "ソ連解体後にどのように展開し、近年どのような協力が進められているのかを概観する。")
    d.heading(2, "ソ連時代の水・エネルギー交換")
    d.para("ソ連時代、この地域の水とエネルギーは、モスクワの計画当局によって一体的に管理されていた。上流の貯水池は夏季に放流して"
           "下流の綿花栽培に灌漑用水を供給し、その見返りとして、下流の共和国は冬季に上流の共和国へ石炭やガスを供給した[[2|（注 2）]]。"
           "この仕組みは、ソ連の解体とともに各国が独立した主権国家となったことで機能しなくなった。")
    d.para("独立後、上流国は冬季の電力不足を補うために貯水池の水を冬に放流するようになり、下流国では夏季の灌漑用水不足と冬季の洪水が"
           "問題となった。1998年にはシルダリヤ川流域の 4か国が水とエネルギーの交換に関する協定を結んだが、燃料の供給量や価格をめぐる対立が"
           "続き、協定は十分に履行されなかった[[3|(注 3)]]。表 3-1は、各国の電力構成を比較したものである。")
    head = ["国名", "設備容量", "水力", "火力"]
    rows = [["キルギス", "3.9GW", "90%", "10%"], ["タジキスタン", "5.8GW", "93%", "7%"],
            ["カザフスタン", "24.6GW", "12%", "86%"], ["ウズベキスタン", "16.9GW", "13%", "87%"],
            ["トルクメニスタン", "5.2GW", "－", "100%"]]
    d.raw(["表 3-1 中央アジア諸国の電力構成（2021年）", "", "国名 設備容量 水力 火力", ""]
          + [" ".join(r) for r in rows]
          + ["", "（出所）各国エネルギー省の資料より筆者作成。", ""])
    d.table_gold("表 3-1", "中央アジア諸国の電力構成（2021年）", [head], rows, "各国エネルギー省の資料より筆者作成。")
    d.last = "table"
    d.para("表からわかるように、キルギスとタジキスタンは発電の 9割以上を水力に頼っている。そのため、冬季の渇水期には深刻な電力不足に"
           "陥ることが多く、下流国からの燃料供給の停止は、両国の市民生活に直接的な打撃を与えてきた。")
    d.heading(2, "ログン・ダムをめぐる対立")
    d.para("上流国と下流国の対立を象徴するのが、タジキスタンのヴァフシュ川に建設が進められているログン・ダムである。完成すれば堤高約 335"
           "メートルと世界最高級のダムとなる計画で、タジキスタン政府はこれを国家の独立と発展の象徴と位置づけてきた。これに対し、"
           "ウズベキスタンのカリモフ大統領は、ダムの建設が下流の水供給を脅かすとして強く反対し、両国関係は長年にわたって{PB}緊張した[[4|（注4]]。")
    d.para("世界銀行は 2014年に評価報告書を公表し、一定の条件のもとでダム建設は技術的・経済的に可能であるとの判断を示した[[5|（注5）]]。"
           "2016年にカリモフ大統領が死去し、ミルジヨエフ大統領が就任すると、ウズベキスタンは周辺国との関係改善に舵を切り、"
           "ログン・ダムへの反対も事実上取り下げた。")
    d.heading(2, "近年の協力の進展")
    d.para("2020年代に入ると、上流国と下流国の協力はより具体的なものとなった。2023年 1月には、キルギス、カザフスタン、ウズベキスタンの "
           "3か国が、キルギスのナリン川に計画されているカンバラタ 1水力発電所の共同建設に関するロードマップに署名した[[6|（注6）]]。"
           "同発電所が完成すれば、冬季の電力不足の緩和と、下流国への安定的な水供給の両立が{PN:84}期待される。")
    d.para("もっとも、気候変動による氷河の縮小は、長期的には地域全体の水資源を減少させると予測されている。アジア開発銀行の報告書は、"
           "2050年までにアムダリヤ川の流量が最大で 15%減少する可能性を指摘している[[7|（注７）]]。")
    d.heading(2, "結び")
    d.para("中央アジアの水とエネルギーをめぐる問題は、ソ連時代の一体的な管理が失われたことに起因する構造的なものである。"
           "近年の協力の進展は歓迎すべきものであるが、その持続性は各国の政治的意思と、気候変動という外部要因に大きく左右される。"
           "地域の安定のためには、二国間の取引を超えた多国間の制度の構築が求められよう。")
    notes = {
        1: "中央アジアの水問題の全体像については、次を参照。川端秀明「中央アジアの水資源管理」『ユーラシア研究』第 48号、2013年、12-18頁。",
        2: "同上、14頁。",
        3: "本村正「シルダリヤ川流域における水・エネルギー協定の形成と挫折」『アジア経済』第 52巻第 4号、2011年、2-25頁。",
        4: "Rustam Azimov, “Rogun and the Politics of Water in Central Asia,” Central Asian Survey, Vol. 35, No. 1 (2016), pp. 19-36.",
        5: "World Bank, Techno-Economic Assessment Study for Rogun Hydroelectric Construction Project, Washington, D.C.: World Bank, 2014.",
        6: "Kabar, «Кыргызстан, Казахстан и Узбекистан подписали дорожную карту по Камбаратинской ГЭС-1», 06.01.2023. <https://kabar.kg/news/kyrgyzstan-kazakhstan-i-uzbekistan-podpisali-dorozhnuiu-kartu/>",
        7: "Asian Development Bank, Climate Change and Water in Central Asia, Manila: ADB, 2022, p. 27.",
    }
    d.heading(2, "註")
    g["headings"].pop()
    for n, t in notes.items():
        lines = d.wrap("(%d) %s" % (n, t), count_refs=False)
        d.text_lines(lines, end_space=False)
        g["notes"].append({"n": n, "text": t})
    kaw = dict(authors=["川端秀明"], title="中央アジアの水資源管理", container="ユーラシア研究", issue="48", date="2013",
               type="article-journal")
    g["citations"] = [
        cit(1, pages="12-18", **kaw),
        cit(2, pages="14", back_reference="同上", **kaw),
        cit(3, ["本村正"], "シルダリヤ川流域における水・エネルギー協定の形成と挫折", container="アジア経済", volume="52", issue="4",
            date="2011", pages="2-25", type="article-journal"),
        cit(4, ["Rustam Azimov"], "Rogun and the Politics of Water in Central Asia", container="Central Asian Survey", volume="35",
            issue="1", date="2016", pages="19-36", type="article-journal", lang="en"),
        cit(5, ["World Bank"], "Techno-Economic Assessment Study for Rogun Hydroelectric Construction Project", publisher="World Bank",
            date="2014", type="report", lang="en"),
        cit(6, ["Kabar"], "Кыргызстан, Казахстан и Узбекистан подписали дорожную карту по Камбаратинской ГЭС-1", date="2023-01-06",
            url="https://kabar.kg/news/kyrgyzstan-kazakhstan-i-uzbekistan-podpisali-dorozhnuiu-kartu/", type="article-newspaper", lang="ru"),
        cit(7, ["Asian Development Bank"], "Climate Change and Water in Central Asia", publisher="ADB", date="2022", pages="27",
            type="report", lang="en"),
    ]
    g["remarks"] = ("Style C (no chapter line). Note markers are （注n） forms, not quadrupled: （注1）, （注 2）, (注 3), （注4 with the closing "
                    "bracket lost, （注５…） with a full-width digit （注７）. Note bodies `(n) …` follow a 註 heading (back matter, not a body "
                    "heading). 表 3-1 is a numeric grid with a （出所） source line; － = none. Plain page number 84; a page-break space in "
                    "the ログン paragraph. Note 2 (同上) resolves to note 1's work.")
    return d


# --------------------------------------------------------------------------
# c07: style B, vote grid whose dates span several years (year in every
# header cell, converter spaces inside dates), label 表 1-2, 不参加, 出典;
# (a)/(b) directly under a numbered section; a short endnote section.
# --------------------------------------------------------------------------
@doc
def c07():
    d = Doc("c07_central_asia_B_votes", "B", 116, "sup")
    g = d.gold
    g.update(title="中央アジア諸国の国連外交：ウクライナ問題への投票行動", author="石田健一")
    d.raw([" 中央アジア諸国の国連外交：ウクライナ問題への投票行動 ", "", "石田 健一 ", ""])
    d.heading(2, "はじめに")
    d.para("中央アジア 5 か国は、いずれもロシアと密接な政治・経済関係を持つ一方、ロシアによる旧ソ連諸国の領土の一体性の侵害には、"
           "自国の主権に関わる問題として強い警戒感を抱いてきた。本稿では、2014 年のクリミア併合と 2022 年以後のウクライナ侵攻をめぐる"
           "国連総会決議への投票行動から、各国の対露姿勢の変化を読み解く[[1]]。")
    d.para("中央アジア諸国の国連での投票行動は、これまで十分に注目されてこなかった。各国の外交当局は投票の理由をほとんど説明せず、"
           "国内のメディアも投票結果を詳しく報じないためである。しかし、限られた情報の中でも、投票行動の変化は各国の対外姿勢を知る上で"
           "貴重な手がかりとなる。")
    d.heading(2, "1. 投票行動の推移")
    d.para("表 1-2 は、ウクライナ問題に関する主要な国連総会決議への中央アジア 5 か国の投票をまとめたものである。比較のために、ロシアと"
           "ウクライナの投票もあわせて示した。")
    head = ["国名", "2014 年 3 月 27 日", "2022 年 3 月 2 日", "2022 年 10 月 12 日", "2023 年 2 月 23 日"]
    rows = [["ウズベキスタン", "不参加", "不参加", "棄権", "棄権"],
            ["カザフスタン", "棄権", "棄権", "棄権", "棄権"],
            ["キルギス", "不参加", "棄権", "棄権", "棄権"],
            ["タジキスタン", "不参加", "棄権", "棄権", "棄権"],
            ["トルクメニスタン", "不参加", "不参加", "不参加", "不参加"],
            ["ロシア", "反対", "反対", "反対", "反対"],
            ["ウクライナ", "賛成", "賛成", "賛成", "賛成"]]
    d.raw(["表 1-2 ウクライナ関連の国連総会決議に対する中央アジア諸国の投票 ",
           "国名 2014 年 3 月 27 日 2022 年 3 月 2 日 2022 年 10 月 12 日 2023 年 2 月 23 日 "]
          + [" ".join(r) + " " for r in rows]
          + ["出典：国連デジタルライブラリーをもとに筆者作成。 ", ""])
    iso = {"ウズベキスタン": "UZB", "カザフスタン": "KAZ", "キルギス": "KGZ", "タジキスタン": "TJK",
           "トルクメニスタン": "TKM", "ロシア": "RUS", "ウクライナ": "UKR"}
    d.table_gold("表 1-2", "ウクライナ関連の国連総会決議に対する中央アジア諸国の投票", [head], rows,
                 "国連デジタルライブラリーをもとに筆者作成。",
                 votes=votes_for(iso, ["2014-03-27", "2022-03-02", "2022-10-12", "2023-02-23"], rows,
                                 ["A/RES/68/262", "A/RES/ES-11/1", "A/RES/ES-11/4", "A/RES/ES-11/6"]))
    d.last = "table"
    d.para("2014 年 3 月 27 日の決議 68/262 は、クリミアでの「住民投票」を無効とし、ウクライナの領土の一体性を確認するものであった。"
           "このとき、カザフスタンを除く 4 か国は投票に参加しなかった。2022 年 3 月 2 日の決議 ES-11/1 はロシアの侵攻を非難し、10 月 12 日の"
           "決議 ES-11/4 は 4 州の「併合」を無効とし、2023 年 2 月 23 日の決議 ES-11/6 は包括的かつ永続的な平和を求めるものである[[2]]。")
    d.para("表 1-2 から読み取れるのは、2014 年と 2022 年以後とで、各国の行動に明確な変化がみられることである。2014 年には、カザフスタンを"
           "除く 4 か国が投票そのものに参加せず、態度の表明を避けた。これに対し 2022 年以後は、トルクメニスタンを除く 4 か国が棄権という形で"
           "投票に参加するようになった。不参加から棄権への移行は小さな変化に見えるが、国連の場で自国の立場を記録に残すという意味で、"
           "ロシアとの距離を示す意思表示と解釈することもできる[[3]]。")
    d.heading(2, "2. 各国の姿勢")
    d.heading(3, "(a) カザフスタン")
    d.para("カザフスタンは、2014 年の段階から一貫して棄権を選択してきた。トカエフ大統領は 2022 年 6 月のサンクトペテルブルク国際経済"
           "フォーラムで、ドネツクとルハンシクの「独立」を承認しないと明言し、プーチン大統領の面前で距離を示した[[4]]。")
    d.heading(3, "(b) ウズベキスタンとトルクメニスタン")
    d.para("ウズベキスタンは、2022 年 3 月の時点では投票に参加しなかったが、同年 10 月以降は棄権に転じ、態度を明確にしつつある。"
           "これに対し、永世中立を掲げるトルクメニスタンは、全ての決議で投票に参加していない。")
    d.heading(2, "3. ロシアの反応")
    d.para("ロシアは、中央アジア諸国の棄権を公然と批判することは控えてきた。ラブロフ外相は 2022 年 10 月、各国が「独自の判断」で"
           "投票することを尊重すると述べ、関係の悪化を避ける姿勢を示した。他方で、同盟国であるはずの CSTO 加盟国が一度もロシアと同じ"
           "反対票を投じていないことに、ロシア側が不満を抱いているとの報道もある。")
    d.heading(2, "おわりに")
    d.para("中央アジア諸国は、ロシアを公然と非難することは避けつつも、賛成も反対もしないという形で、ロシアの行動を支持しない意思を"
           "示してきた。棄権と不参加の使い分けには、各国の対露関係と国内事情の違いが反映されている[[5]]。")
    d.out += [" ", "", "――――――――――――――――" + " "]
    notes = [
        (1, "中央アジア諸国の対露関係の全体像については、宇野健「ウクライナ戦争と中央アジア」『ロシア・ユーラシアの経済と社会』第 1075 号、2023 年 3 月、2-19 頁を参照。"
            "（本稿の URL は全て 2023 年 12 月 1 日最終閲覧）"),
        (2, "各決議の投票記録は次による。United Nations Digital Library, “Voting Data,” <https://digitallibrary.un.org/search?cc=Voting+Data>"),
        (3, "湯川真一「中央アジア諸国の国連総会における投票行動」『国際政治』第 201 号、2020 年、100-115 頁。"),
        (4, "Reuters, “Kazakhstan will not recognise Donbas separatist republics, president says,” June 17, 2022."),
        (5, "宇野、前掲論文、15 頁。"),
    ]
    for n, t in notes:
        lines = d.wrap("%d %s" % (n, t), count_refs=False)
        for i, (ln, _, _) in enumerate(lines):
            d.put(ln + (" " if i == len(lines) - 1 else ""))
        d.blank()
        g["notes"].append({"n": n, "text": t})
    uno = dict(authors=["宇野健"], title="ウクライナ戦争と中央アジア", container="ロシア・ユーラシアの経済と社会",
               issue="1075", date="2023-03", type="article-journal")
    g["citations"] = [
        cit(1, pages="2-19", **uno),
        cit(2, ["United Nations Digital Library"], "Voting Data", url="https://digitallibrary.un.org/search?cc=Voting+Data",
            accessed="2023-12-01", type="webpage", lang="en"),
        cit(3, ["湯川真一"], "中央アジア諸国の国連総会における投票行動", container="国際政治", issue="201", date="2020",
            pages="100-115", type="article-journal"),
        cit(4, ["Reuters"], "Kazakhstan will not recognise Donbas separatist republics, president says", date="2022-06-17",
            type="article-newspaper", lang="en"),
        cit(5, pages="15", back_reference="前掲論文", **uno),
    ]
    g["remarks"] = ("Style B. The vote table's dates span 2014-2023: every header cell carries its own year, written with converter "
                    "spaces (`2014 年 3 月 27 日`), so header tokens cannot be split on spaces; the caption gives no single year. "
                    "Label 表 1-2, 不参加 = NV, source line 出典：. The table is single-spaced and every line ends with a space. "
                    "(a)/(b) sit directly under section 2, so they are level 3. Note 1's access-date remark applies to all URLs; "
                    "note 5 (前掲論文) resolves to note 1. Section 3 and おわりに are plain level-2 headings.")
    return d


def main():
    for f in DOCS:
        d = f()
        n = finish(d, HERE)
        print(f"{d.name}: {n} lines")


if __name__ == "__main__":
    main()
