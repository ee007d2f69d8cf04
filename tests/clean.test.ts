import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clean, cleanText, replay } from '../pipeline/clean/index.ts';

const seeds = readdirSync('raw').filter((f) => f.endsWith('.txt')).map((f) => ({ f, raw: readFileSync(`raw/${f}`, 'utf8') }));
const c = (s: string) => clean(s).text;

describe('clean: forum and web chrome', () => {
  it('drops a Discuz-like header, user panel and footer but keeps the report', () => {
    const raw = [
      '网站首页', '查看: 1203|回复: 3', '[湖南] 2024年某县政府工作报告', '[复制链接]', '  • 楼主', '  • 只看该作者',
      '    张三', '    积分', '    5821', '    Rank: 4', '    发表于 2024-3-2 08:11:09 | 显示全部楼层 |阅读模式',
      '', '2024年某县政府工作报告', '各位代表：', '现在，我代表县人民政府向大会报告工作。', '',
      '您需要登录后才可以回帖 登录 | 立即注册', '本版积分规则', '客服中心', '在线时间:', '周一~周五', '9:00-18:00', 'Powered by Discuz! X3.5', '快速回复 返回顶部 返回列表',
    ].join('\n');
    expect(c(raw)).toBe('2024年某县政府工作报告\n各位代表：\n现在，我代表县人民政府向大会报告工作。');
  });

  it('drops the replies of a forum thread and keeps the report its author posted over several posts', () => {
    const part1 = '各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。' + '全区地区生产总值增长6.1%，一般公共预算收入增长5%，固定资产投资增长8%，社会消费品零售总额增长9%。'.repeat(6);
    const part2 = '（接上楼）\n今年全区经济社会发展的主要预期目标是：地区生产总值增长7%以上，一般公共预算收入增长5%。' + '我们将坚持稳中求进工作总基调，推动高质量发展，办好民生实事，建设人民满意的服务型政府。'.repeat(5);
    const raw = [
      '楼主', '渝北老陈', '发表于 2019-1-18 10:23:15 | 只看该作者', part1, '回复 引用 TOP', '',
      '沙发', '渝北老陈', '发表于 2019-1-18 10:25:02 | 只看该作者', part2, '回复 引用 TOP', '',
      '板凳', '空港小李', '发表于 2019-1-18 10:52:41 | 只看该作者', '顶！今年地区生产总值增长8%，目标定得高。', '回复 引用 TOP', '',
      '5#', '渝北老陈', '发表于 2019-1-18 11:05:37 | 只看该作者', '回复 3# 空港小李 的帖子', '报告里是7%以上，力争8%。', '回复 引用 TOP', '',
      '6#', '两江游子', '发表于 2019-1-18 13:16:08 | 只看该作者', '我看了全文。' + '报告提出固定资产投资增长12%，社会消费品零售总额增长10%，这些目标都不低，大家怎么看。'.repeat(12), '回复 引用 TOP',
    ].join('\n');
    const text = c(raw);
    expect(text).toContain('地区生产总值增长7%以上');
    expect(text).toContain(part1.split('\n')[1].slice(0, 30));
    for (const reply of ['顶！', '报告里是7%以上', '回复 3#', '我看了全文', '增长12%']) expect(text).not.toContain(reply);
  });

  it('drops web furniture: location bar, font size, source and time, share bar, photo caption', () => {
    const raw = [
      '您的位置：首页 > 政务公开 > 政府工作报告', '2024年株洲市政府工作报告', '来源：株洲市人民政府  时间：2024-02-20 09:30',
      '【字号：大 中 小】 打印 关闭', '分享到：', '——2024年1月21日在株洲市第十六届人民代表大会第四次会议上',
      '各位代表：', '过去一年，我们砥砺奋进。', '1月21日，市长作政府工作报告。 记者 李四 摄', '今年工作任务艰巨。',
      '上一篇：关于某某的通知', '打印本页 关闭窗口', '版权所有：株洲市人民政府 湘ICP备05001234号',
    ].join('\n');
    expect(c(raw)).toBe('2024年株洲市政府工作报告\n——2024年1月21日在株洲市第十六届人民代表大会第四次会议上\n各位代表：\n过去一年，我们砥砺奋进。\n今年工作任务艰巨。');
  });
});

describe('clean: PDF text', () => {
  it('joins lines broken inside a sentence, also across a page break with a page number', () => {
    const raw = '各位代表：\n我们坚持稳中求进，牢牢守住不发生系\n\n－12－\n\n统性风险的底线。\n二、主要工作\n全年新增城镇就业1.2万人，城镇调查失业率控制在\n5.5%以内。';
    expect(c(raw)).toBe('各位代表：\n我们坚持稳中求进，牢牢守住不发生系统性风险的底线。\n二、主要工作\n全年新增城镇就业1.2万人，城镇调查失业率控制在5.5%以内。');
  });

  it('removes page numbers in their forms and a running header repeated on every page', () => {
    const raw = ['政府工作报告', '第一段落结束。', '— 3 —', '政府工作报告', '第二段落结束。', '- 4 -', '政府工作报告', '第三段落结束。', '第 5 页', '政府工作报告', '末段。'].join('\n');
    expect(c(raw)).toBe('政府工作报告\n第一段落结束。\n第二段落结束。\n第三段落结束。\n末段。');
  });

  it('drops the text a PDF repeats at a page boundary', () => {
    expect(c('坚持以习近平新时代中国特色社会主义思想\n\n义思想为指导，奋勇前进。')).toBe('坚持以习近平新时代中国特色社会主义思想为指导，奋勇前进。');
  });

  it('removes spaces inside words, numbers and brackets but keeps them next to Latin words', () => {
    expect(c('获评单项冠 军 3 项，建成标厂 3. 1 万平米，( 一 ) 坚持创新。')).toBe('获评单项冠军3项，建成标厂3.1万平米，（一）坚持创新。');
    expect(c('引进 KL 星品汇，建设 500KV 变电站。')).toBe('引进 KL 星品汇，建设500KV 变电站。');
  });

  it('joins a short line without commas that is as long as the page\'s lines; keeps a title shorter than them', () => {
    // the fourth line of 20 has no comma: 部分国有集体企业改制后的职工安置和社会保
    const para = '我县经济社会发展中还存在不少困难和问题，主要表现在经济总量不大，结构不优，工业化水平不高，缺乏带动力强的大企业和大项目，部分国有集体企业改制后的职工安置和社会保障问题至今没有完全得到解决，下岗职工再就业压力较大，政府职能转变滞后，少数干部服务意识不强，办事效率不高，经济发展软环境有待进一步改善。';
    // cut at 20 characters a line, as a PDF's text is; one cut leaves a line with no comma
    const cut = (t: string) => t.match(/.{1,20}/g)!.join('\n');
    const raw = `各位代表：\n${cut(para)}\n二、主要目标\n${cut(para)}`;
    expect(c(raw)).toBe(`各位代表：\n${para}\n二、主要目标\n${para}`);
    // no page width in a text of paragraphs: a short line without commas stays a title
    expect(c('各位代表：\n过去一年工作回顾\n全年地区生产总值增长6%，城乡居民收入稳步增长。')).toBe('各位代表：\n过去一年工作回顾\n全年地区生产总值增长6%，城乡居民收入稳步增长。');
  });

  it('keeps bullet items one per line apart, and joins a sentence a dash only continues', () => {
    const list = '还存在不少矛盾和问题：\n——经济总量不大，人均水平偏低；\n——产业结构不够合理；\n●资源环境约束加剧。\n对此，我们一定高度重视。';
    expect(c(list)).toBe(list);
    // a PDF line broken before a dash inside a sentence (no clause end before it) is joined
    expect(c('各位代表：\n我们要坚定不移地朝着既定的方向前进，团结一心，努力实现一个目标\n——全面建成小康社会。')).toBe('各位代表：\n我们要坚定不移地朝着既定的方向前进，团结一心，努力实现一个目标——全面建成小康社会。');
  });

  it('ends the last of items set one per line at its line, though it has no mark', () => {
    const raw = '今年要办好十件实事：\n（9）改造农村危房300户\n（10）完成库区移民后期扶持项目100个\n这十件实事，件件关系群众切身利益。';
    expect(c(raw)).toBe(raw);
    // items closed by marks: the last one's line break is a PDF's, inside its sentence
    expect(c('各位代表：\n（六）坚持依法行政，认真执行区人大及其常委会的决议决定。\n（七）坚持务实担当，自身建设全面加强。扎实开展“干部能力提升年”活动，广大干部理论素养、实战本\n领持续提升。')).toBe('各位代表：\n（六）坚持依法行政，认真执行区人大及其常委会的决议决定。\n（七）坚持务实担当，自身建设全面加强。扎实开展“干部能力提升年”活动，广大干部理论素养、实战本领持续提升。');
    // one item broken by a PDF inside its sentence is still joined
    expect(c('各位代表：\n（1）完成库区移民后期扶持项目100个，帮助1万名移民群众解决\n生产生活困难。')).toBe('各位代表：\n（1）完成库区移民后期扶持项目100个，帮助1万名移民群众解决生产生活困难。');
  });

  it('keeps a list number apart from a year that follows it', () => {
    expect(c('重点工作：\n1. 2024年完成改造。')).toBe('重点工作：\n1. 2024年完成改造。');
  });
});

describe('clean: markdown', () => {
  it('drops # and ** marks and keeps what they meant as hints', () => {
    const r = clean('## 一、经济发展\n**产业韧性提升。**加快培育主导产业。\n#### **二、民生**');
    expect(r.text).toBe('一、经济发展\n产业韧性提升。加快培育主导产业。\n二、民生');
    expect(r.hints.filter((h) => h.kind === 'heading').map((h) => r.text.slice(h.start, h.end))).toEqual(['一、经济发展', '二、民生']);
    expect(r.hints.filter((h) => h.kind === 'bold_lead').map((h) => r.text.slice(h.start, h.end))).toEqual(['产业韧性提升。']);
  });
  it('reads a table\'s rows as clauses, a name and its figure each, and drops the rule under the header', () => {
    const r = clean('主要预期目标是：\n\n| 指标 | 目标 |\n|---|:---:|\n| 地区生产总值 | 增长5%左右 |\n| 城镇调查失业率 | **5.5%左右** |\n\n实现上述目标，要做好以下工作。');
    expect(r.text).toBe('主要预期目标是：\n指标目标；地区生产总值增长5%左右；城镇调查失业率5.5%左右。\n实现上述目标，要做好以下工作。');
    // bullet items without a mark at their end are closed as a list's items are
    expect(clean('主要是：\n\n- 经济结构不合理的矛盾仍然突出\n- 部分国有企业生产经营困难\n\n对这些问题，我们一定要高度重视。').text).toBe('主要是：\n经济结构不合理的矛盾仍然突出；部分国有企业生产经营困难。\n对这些问题，我们一定要高度重视。');
    // a table of last year's results beside this year's targets: cells kept apart, no number runs into the next
    expect(clean('| 指标 | 2020年 | 2021年目标 |\n|---|---|---|\n| 地区生产总值增长（%） | 3.8 | 7左右 |').text).toBe('指标，2020年，2021年目标；地区生产总值增长（%），3.8，7左右。');
    expect(clean('| PM2.5 | 35 |').text).toBe('PM2.5，35。');
    // a pipe inside a sentence is no table
    expect(clean('全年增长5%|6%。').text).toBe('全年增长5%|6%。');
  });
});

describe('clean: punctuation and characters', () => {
  it('makes punctuation in Chinese context full width and digits half width', () => {
    expect(c('预计,全年增长 6.5%;投资增长１２％:(扣除不可比因素)!')).toBe('预计，全年增长6.5%；投资增长12%：（扣除不可比因素）！');
  });
  it('makes a full-width point half width between digits spaced apart (PDF text), in one cleaning', () => {
    expect(c('去年经济增长8 ．8 ％，商品零售价格涨幅为0 ．8 ％。')).toBe('去年经济增长8.8%，商品零售价格涨幅为0.8%。');
    expect(cleanText(c('增长1 0 ．5 ％'))).toBe(c('增长1 0 ．5 ％'));
  });
  it('keeps thousands separators and clock times', () => {
    expect(c('总额达1,234亿元，时间9:00-18:00。')).toBe('总额达1,234亿元，时间9:00-18:00。');
  });
  it('turns 十 typed for + into + inside codes, not inside numerals', () => {
    expect(c('依托"4十3"主导产业，形成"管委会十运营公司十经营主体"模式，做实"文旅十"品牌，落实"十四五"规划和"十大市场"建设。'))
      .toBe('依托“4+3”主导产业，形成“管委会+运营公司+经营主体”模式，做实“文旅+”品牌，落实“十四五”规划和“十大市场”建设。');
  });
  it('replaces a stray English and between Chinese words', () => {
    expect(c('贯彻党的二十大精神 and 习近平总书记重要讲话精神。')).toBe('贯彻党的二十大精神和习近平总书记重要讲话精神。');
  });
  it('removes NBSP and ideographic-space indentation', () => {
    expect(c('\u3000\u3000各位代表：\n\u00a0\u00a0现在，我代表市人民政府报告工作。')).toBe('各位代表：\n现在，我代表市人民政府报告工作。');
  });
  it('converts a 1950s transcription that mixes the scripts, and leaves a few quoted characters alone', () => {
    const mixed = ('从第一届全国人民代表大会第三次会議閉幕以来，已經整整一年了。这是偉大的轉变的一年，我們取得了許多宝貴的經验。' + '我国社会主义建设获得了巨大成绩，工业和农业生产都有了新的增长，人民生活逐步改善。'.repeat(6)).repeat(8);
    const r = clean(mixed);
    expect(r.text).toContain('会议闭幕以来，已经整整一年了。这是伟大的转变的一年，我们取得了许多宝贵的经验。');
    const quoted = '我们热烈欢迎來自臺灣的同胞。' + '各项工作扎实推进，经济社会发展取得新成效，人民群众获得感不断增强。'.repeat(60);
    expect(clean(quoted).text).toContain('來自臺灣');
  });
  it('converts a report in traditional characters', () => {
    const trad = '各位代表：我們堅持以人民為中心的發展思想，經濟發展實現新突破，全區產業結構不斷優化，對外開放邁出新步伐。'.repeat(3);
    const r = clean(trad);
    expect(r.text).toContain('我们坚持以人民为中心的发展思想，经济发展实现新突破');
    expect(r.repairs.some((x) => x.kind === 'traditional')).toBe(true);
  });
});

describe('clean: properties over the seeds', () => {
  for (const { f, raw } of seeds) {
    describe(f, () => {
      const r = clean(raw);
      it('is idempotent', () => expect(cleanText(r.text)).toBe(r.text));
      it('records every change: replaying the repairs on the raw text gives the clean text', () => expect(replay(raw, r.steps)).toBe(r.text));
      it('leaves no space between CJK characters or inside a number', () => {
        expect(r.text).not.toMatch(/[\u4e00-\u9fff，。；：、（）“”] +[\u4e00-\u9fff，。；：、（）“”]/);
        expect(r.text).not.toMatch(/\d\. \d|\d +[\u4e00-\u9fff]|[\u4e00-\u9fff] +\d/);
      });
      it('leaves no line break inside a sentence', () => {
        const lines = r.text.split('\n');
        const broken = lines.slice(0, -1).filter((l, i) => /[，、；]$/.test(l) && !/^\d+[.．、]/.test(lines[i + 1]));
        expect(broken).toEqual([]);
      });
      it('leaves no chrome line', () => {
        expect(r.text).not.toMatch(/发表于|查看: ?\d|回复: ?\d|Powered by|返回顶部|积分|登录|立即注册|客服中心|您的位置|【字号/);
      });
      it('raw offsets of repairs lie inside the raw text', () => {
        const n = Array.from(raw).length;
        for (const x of r.repairs) expect(x.raw_start >= 0 && x.raw_start <= x.raw_end && x.raw_end <= n).toBe(true);
      });
    });
  }
});

describe('clean: properties over generated texts', () => {
  const piece = fc.constantFrom(
    '各位代表：', '我们坚持', '稳中求进', '，', '。', '；', '\n', '\n\n', ' ', '  ', '\u3000', '— 3 —\n', '**', '## ', '(', ')', ',', ':',
    '地区生产总值增长 6.5%', '3. 1 万', '十', '4十3', '"', ' and ', '发表于 2024-1-1 10:00\n', '积分\n', '１２％', '政府工作报告\n', '一、', '（一）', '1.', '<p>', '</p>', '&nbsp;', '&amp;', 'nbsp;', '<br/>',
  );
  it('is idempotent and fully recorded on any mix of report fragments and noise', () => {
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const raw = parts.join('');
      const r = clean(raw);
      expect(cleanText(r.text)).toBe(r.text);
      expect(replay(raw, r.steps)).toBe(r.text);
    }), { numRuns: 300 });
  });
});

describe('clean: chrome line recognition', () => {
  it('recognises each kind of chrome line (the prefilter lets them all through)', async () => {
    const { isChromeLine } = await import('../pipeline/clean/rules/chrome.ts');
    const chromeLines = [
      '设为首页收藏本站', '查看: 776|回复: 0', '[复制链接]', '发表于 2022-7-28 17:05:30 | 显示全部楼层 |阅读模式', '只看该作者', '快速回复 返回顶部 返回列表',
      '您需要登录后才可以回帖 登录 | 立即注册', '登录 | 立即注册', '积分', '主题', '帖子', 'Rank: 7Rank: 7', '[LV.9]以坛为家II', '签到天数: 734 天',
      'TA的每日心情', '昨天 20:03', 'Powered by Discuz! X3.4', 'Copyright © 2008-2018', '客服中心', '联系电话:', '010-63691786', '周一~周五', '9:00-18:00', '5楼',
      '下载 打印 全屏 收藏', '【字号：大 中 小】', '您的位置：首页 > 政务公开', '首页 > 新闻', '来源：株洲市人民政府', '时间：2024-02-20', '分享到：', '上一篇：通知',
      '扫一扫在手机打开当前页', '（责任编辑：张三）', '【来源：市政府办公室】', '1月21日，市长作政府工作报告。 记者 李四 摄', '（新华社记者 王鹏 摄）', '图为会议现场。',
    ];
    expect(chromeLines.filter((l) => !isChromeLine(l))).toEqual([]);
    const text = ['各位代表：', '现在，我代表区人民政府向大会报告工作，请予审议。', '一、2022年工作回顾', '全区地区生产总值增长6.5%。', '（一）坚持创新驱动。'];
    expect(text.filter((l) => isChromeLine(l))).toEqual([]);
  });
});

describe('clean: HTML left in web copies', () => {
  it('drops tags and decodes entities', () => {
    expect(c('<p>各位代表：</p><p>&nbsp;&nbsp;现在，我代表区人民政府向大会报告工作，<span style="color:red">请予审议</span>。</p><br/>')).toBe('各位代表：\n现在，我代表区人民政府向大会报告工作，请予审议。');
    expect(c('增长率&gt;5%&#12288;且&lt;8%')).toBe('增长率>5%且<8%');
  });
  it('decodes an entity whose pieces a later rule joins, so that a second cleaning finds nothing', () => {
    // A markdown mark, an invisible character or a line break between the pieces of &nbsp;.
    for (const raw of ['&amp;**nbsp;', '各位代表&amp;\u200bnbsp;我们', '我们坚持&amp;\nnbsp;稳中求进', '积&amp;**lt;p&amp;**gt;极']) {
      const once = cleanText(raw);
      expect(once, JSON.stringify(raw)).not.toMatch(/&(?:nbsp|lt|gt|amp);/);
      expect(cleanText(once)).toBe(once);
    }
  });
  it('leaves a lone angle bracket in a sentence alone', () => {
    expect(c('当x<5时，y>3。')).toBe('当x<5时，y>3。');
  });
});

describe('clean rule chrome: closing page furniture after the report\'s last sentence', () => {
  const closing = '各位代表！让我们团结奋斗，奋力谱写高质量发展新篇章！';
  const report = (...tail: string[]) => ['各位代表：', '现在，我代表区人民政府向大会报告工作。', '今年要再接再厉。', closing, ...tail].join('\n');
  const kept = report();
  it('removes related-story lists, share and print bars, the editor\'s line and QR prompts, as chrome repairs', () => {
    for (const tail of [
      ['相关报道：', '2024年市政府工作报告', '图解：2024年区政府工作报告'],
      ['》》点击图片进入专题《《', '收藏', '|', '分享到:', '分享到微信', '×', '相关文档：'],
      ['（责任编辑：张三）', '扫一扫在手机打开当前页', '打印本页 关闭窗口'],
      ['责任编辑：李四', '上一篇：关于某某的通知', '下一篇：关于另一事项的通知'],
    ]) {
      const r = clean(report(...tail));
      expect(r.text, tail.join(' ')).toBe(kept);
      expect(r.repairs.filter((x) => x.kind === 'chrome').length).toBeGreaterThanOrEqual(tail.filter((t) => t.trim()).length);
    }
  });
  it('removes a licence notice with its footnotes, however many blank lines the page put in it', () => {
    const notice = ['本作品来自1949年10月1日（含）之后的中国共产党文件。根据《', '刑事审判参考', '》指导案例，可视为《', '中华人民共和国著作权法', '》第五条规定之文件，不适用于著作权法保护，所以属于', '公有领域', '。', ...Array(30).fill(''), '↑', '据社群共识，中央国家机关制定的公文，视同直属机构制定。', ...Array(30).fill(''), 'Public domain'];
    const r = clean(report(...Array(20).fill(''), ...notice));
    expect(r.text).toBe(kept);
    expect(cleanText(r.text)).toBe(r.text);
  });
  it('removes a licence notice closing the page, split over lines by its links', () => {
    const notice = ['本作品是中华人民共和国的', '法律', '、', '法规', '，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。根据《', '中华人民共和国著作权法', '》第五条第一项，本作品不适用于该法，属于', '公有领域', '。', 'Public domain', 'false'];
    expect(c(report('', '', ...notice))).toBe(kept);
  });
  it('keeps what is the report\'s: a last line cut off before the bar, end matter, and the same words inside the text', () => {
    const cut = ['各位代表：', '现在，我代表区人民政府向大会报告工作。', '今年要加快推进城市更新，完善基础设施'].join('\n');
    expect(c(cut + '\n相关报道：\n2024年市政府工作报告')).toBe(cut);
    const glossary = ['名词解释', '1.“五好”园区：规划定位好、创新平台好的园区。'];
    expect(c(report(...glossary))).toBe(report(...glossary));
    const inside = ['各位代表：', '现在，我代表区人民政府向大会报告工作。', '相关报道显示，全区营商环境持续改善。', closing].join('\n');
    expect(c(inside)).toBe(inside);
  });
});

describe('clean rule chrome: header furniture around the byline', () => {
  it('keeps a byline standing among 来源：/时间： lines and a photo caption, and drops them', () => {
    const raw = ['下载', '打印', '【字号：', '加大', '还原', '减小', '】', '2026年山西省政府工作报告', '——2026年2月2日在山西省第十四届人民代表大会第五次会议上',
      '来源：山西日报', '时间：2026-02-09', '省长 卢东亮', '省长卢东亮在省十四届人大五次会议上作政府工作报告。本报记者阮洋摄', '各位代表：'].join('\n');
    expect(c(raw)).toBe('2026年山西省政府工作报告\n——2026年2月2日在山西省第十四届人民代表大会第五次会议上\n省长卢东亮\n各位代表：');
  });
  it('drops a location bar broken over lines and a posting time, keeping a bare title', () => {
    const raw = ['您的位置:', '首页', '>', '云南要闻', '云南要闻', '2026年政府工作报告', '来源：云南日报', '2026-02-03 09:02:33', '【字体：', '大', '中', '小', '】', '——2026年1月28日在云南省第十四届人民代表大会第四次会议上', '省长　王予波', '各位代表：'].join('\n');
    expect(c(raw)).toBe('2026年政府工作报告\n——2026年1月28日在云南省第十四届人民代表大会第四次会议上\n省长王予波\n各位代表：');
  });
  it('still drops a forum user\'s name in the user panel (a name alone is no byline)', () => {
    expect(c(['查看: 776|回复: 0', '张三', '积分', '5821', '发表于 2022-7-28 17:05:30 | 显示全部楼层', '各位代表：', '现在，我代表区人民政府向大会报告工作。'].join('\n'))).toBe('各位代表：\n现在，我代表区人民政府向大会报告工作。');
  });
});

describe('clean rule mark_join: a line never ends with an opening mark nor starts with a closing one', () => {
  it('joins the lines a web copy breaks around a linked name', () => {
    expect(c('终于签订了《\n关于香港问题的联合声明\n》，使祖国统一大业向前迈进了一步。')).toBe('终于签订了《关于香港问题的联合声明》，使祖国统一大业向前迈进了一步。');
    expect(c('中国共产党全国代表会议通过了《\n\n中共中央关于制定第七个五年计划的建议\n\n》，明确提出了指导思想。')).toBe('中国共产党全国代表会议通过了《中共中央关于制定第七个五年计划的建议》，明确提出了指导思想。');
    expect(c('他说：“\n要坚持实事求是\n”。')).toBe('他说：“要坚持实事求是”。');
  });
  it('leaves headings and paragraphs alone', () => {
    const text = '一、2023年工作回顾\n《政府工作报告》提出的目标全面完成。\n（一）坚持创新驱动。';
    expect(c(text)).toBe(text);
  });
});
