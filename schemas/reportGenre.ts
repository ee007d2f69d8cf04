/**
 * The genre of the government work report (政府工作报告), as data: what makes a text one, what
 * makes it something else that looks like one, and how a whole one ends. Every cue has a name;
 * the names are what rejects and warnings cite, so that a reader can see which cue decided.
 * The patterns are read by pipeline/extract/metadata/verdict.ts and truncation.ts, and each cue
 * has fixtures under its name in tests/metadata.test.ts.
 */

export interface Cue {
  /** Short name, cited in rejects' detail and in warnings. */
  name: string;
  pattern: RegExp;
  /** What the cue says about the text, in words. */
  means: string;
}

/** How a report addresses the deputies: 各位代表, 各位人大代表, 代表们. */
export const DEPUTIES = '各位代表|各位人大代表|代表们';
/** The salutation opening a paragraph (各位代表：, 各位代表！), with the space after it. */
export const SALUTATION = new RegExp(`^(?:${DEPUTIES})[，,：:！!、]\\s*`);

/** Who a government work report is addressed to: the deputies of a people's congress. */
export const ADDRESSED_TO_DEPUTIES: Cue = {
  name: 'addressed_to_deputies',
  pattern: /各位代表|各位人大代表|代表们[，,：:！!]/,
  means: 'addresses the deputies of a people\'s congress (各位代表)',
};

/**
 * Bodies that govern: 国务院 and 中央人民政府 (1949–54) nationally; 人民政府, and in 1955–66
 * 人民委员会 and in 1967–79 革命委员会 locally.
 */
// 行政公署 (行署): the administration of a prefecture-level 地区 or 盟, which has no congress of its own
// and reports to the 人大工作委员会 as other governments report to their congress
const GOVERNMENT = '(?:国务院|人民政府|政府|人民委员会|革命委员会|行政公署|行署)';
/**
 * The name between 代表 and the body (中华人民共和国国务院, 某某县人民政府): up to 24 characters,
 * not across a clause or into what the speaker does next (向大会…, 作…), so that 我代表县人民政府
 * 向大会报告工作并请县政协委员提出意见 is the government speaking, not the 政协.
 */
const NAME = '[^，。；！\\n向作]{0,24}?';

/**
 * The text speaks as the government, in the first person, in its opening (the header and the
 * first paragraphs after the salutation): one of these must hold.
 */
export const GOVERNMENT_SPEAKS: Cue[] = [
  { name: '我代表政府', pattern: new RegExp(`我(?:现在)?(?:谨)?代表${NAME}${GOVERNMENT}`), means: 'the speaker speaks on behalf of the government (我代表国务院, 我代表区人民政府, 我代表中央人民政府)' },
  { name: '受政府委托', pattern: new RegExp(`受${NAME}${GOVERNMENT}的?委托`), means: 'the speaker reports on the government\'s behalf (我受国务院的委托, 受中共中央和国务院的委托)' },
  { name: '根据政府的决定', pattern: new RegExp(`根据${NAME}${GOVERNMENT}的决定|${GOVERNMENT}决定由我`), means: 'the government decided that the speaker reports (根据国务院的决定, 国务院决定由我…作报告)' },
  {
    name: '作政府工作报告',
    // In the first person: 我…作 or a clause that starts at 向 (…，向大会作政府工作报告); a news
    // lead's 市长某某作政府工作报告 has a third-person subject.
    pattern: /(?:我[^，。；！\n]{0,30}?|(?:^|[，。：；！\n])\s*(?:现在|下面|今天)?\s*向[^，。；！\n]{0,30}?)(?:(?:作|提出)了?政府工作报告|报告政府工作)/m,
    means: 'the speaker delivers the government work report (向大会作政府工作报告)',
  },
];

/** The header names the text a government work report (its title line). */
export const WORK_REPORT_TITLE: Cue = {
  name: 'title_政府工作报告',
  pattern: /政府工作报告|行政公署工作报告|行署工作报告/,
  means: 'the title line names the text 政府工作报告',
};

/**
 * The header's meeting line says the text was delivered to a people's congress (——2024年1月8日
 * 在某某县第十八届人民代表大会第四次会议上): it stands for the salutation in a copy that left
 * 各位代表 out.
 */
export const DELIVERED_AT_CONGRESS: Cue = {
  name: 'delivered_at_congress',
  pattern: /在[^\n。]{0,40}(?:人民代表大会|人大)[^\n。]{0,16}会[议議]上/,
  means: 'the meeting line says it was delivered to a people\'s congress',
};

/**
 * Texts that look like a work report and are not one, checked before the cues above. Each
 * rejects the text with its name. `title` cues read the header's title line (its first line
 * naming a report, a resolution or a decision); `opening` cues the header and the first
 * paragraphs. Those marked `unlessSpeaks` hold only for a text that does not speak as the
 * government in the first person: a web page may put a news line above the report itself.
 */
export const NOT_A_WORK_REPORT: Array<Cue & { where: 'title' | 'opening' | 'text'; unlessSpeaks?: boolean }> = [
  {
    name: 'resolution_about_a_report', where: 'title',
    pattern: /关于[^\n]{0,40}报告的(?:决议|决定)|(?:决议|决定)\s*$|审查(?:结果)?的?报告/m,
    means: 'a resolution or decision of the congress about a report (关于政府工作报告的决议), not the report',
  },
  {
    name: 'resolution_about_a_report', where: 'opening', unlessSpeaks: true,
    pattern: /^[^\n]{0,80}(?:会议|大会)(?:认真)?听取(?:和审议)?了?[^\n。]{0,60}(?:所作|作)的[^\n。]{0,30}报告/m,
    means: 'tells what the congress did with a report (…会议听取了…所作的政府工作报告): a resolution about it',
  },
  {
    name: 'party_congress_report', where: 'opening',
    pattern: /我[^，。；！\n]{0,6}?(?:代表|受)[^，。；！\n向作]{0,16}中央委员会(?:的)?(?:委托)?[，,]?\s*(?:向|作)|在中国共产党第[^\n]{1,8}次全国代表大会上的报告/m,
    means: 'a report to a congress of the Communist Party, on behalf of its central committee',
  },
  {
    name: 'addressed_to_comrades', where: 'opening',
    pattern: /^同志们[，,：:！!]/m,
    means: 'a speech that opens with 同志们 (to a party congress or a cadre meeting), not to the deputies',
  },
  {
    name: 'other_body_reports', where: 'opening',
    pattern: /我(?:现在)?代表[^，。；！\n向作]{0,24}?(?:人民法院|人民检察院|常务委员会|常委会|政协|政治协商会议)|受[^，。；！\n向作]{0,24}?(?:常务委员会|常委会|人民法院|人民检察院)的?委托/,
    means: 'another body reports to the congress (a court, a procuratorate, the standing committee): not the government',
  },
  {
    name: 'commentary_on_a_report', where: 'title',
    pattern: /^[^\n]*(?:解读|图解|一图读懂|答记者问|新闻发布会|学习体会|心得体会|速览|看点)[^\n]*报告|^[^\n]*报告[^\n]*(?:解读|图解|答记者问|新闻发布会|速览|看点)/m,
    means: 'a commentary, digest or press event about a report, not the report',
  },
];

/**
 * A news summary tells of the report in the third person: the speaker is named and quoted
 * (周恩来总理在报告中首先指出…, 报告指出…). A report itself speaks in the first person; a text
 * with these cues and no first-person cue of GOVERNMENT_SPEAKS is a summary.
 */
export const NEWS_SUMMARY: Cue[] = [
  { name: 'news_third_person', pattern: /(?:总理|省长|市长|区长|县长|旗长|州长|盟长|主席)[^\n。，；]{0,6}在(?:政府工作)?报告中(?:首先|还|最后|接着|又)?(?:指出|说|强调|提出|宣布|谈到|回顾|表示)|(?:总理|省长|市长|区长|县长|旗长|州长|主席)[^\n。，；]{0,6}在(?:讲到|谈到)[^。\n]{0,40}时候?(?:指出|说)/, means: 'the speaker is named and quoted in the third person (周恩来总理在报告中指出)' },
  { name: 'news_lead', pattern: /本报讯|新华社[^\n。]{0,16}电|据新华社|记者[^\n。]{0,10}报道/, means: 'a news lead (本报讯, 新华社…电)' },
];

/**
 * What a report delivered on behalf of the government is about, when it names its subject
 * (向大会提出关于…的报告, 现将…提请…审查). A report on the annual plan, the budget or an
 * agricultural programme stood for the work report in the planning era; since then those are
 * companions given beside the work report at the same session.
 */
export const REPORT_TOPIC = /(?:作|提出)了?关于([^。\n]{2,80}?)的(?:报告|说明)|现将([^。\n]{2,80}?)提请|^关于([^\n]{2,80}?)的报告\s*$/m;
export const FIVE_YEAR_PLAN_TOPIC = /五年计划|五年规划|“[一二三四五六七八九十]{1,3}五”|十年规划|远景目标纲要/;
export const PLAN_OR_BUDGET_TOPIC = /国民经济(?:和社会发展)?计划|决算|预算|概算|农业发展纲要/;

/**
 * The last plan year for which a report on the annual plan or budget, delivered to the congress
 * on behalf of the government, stands for the work report. Until the 1980 session (plans for
 * 1980 and 1981) the National People's Congress often heard no 政府工作报告: the reports on the
 * plan, the budget, a five-year plan or the agricultural programme were the government's account
 * of its work (the realdev gold codes them so). From the session of December 1981 (plan year
 * 1982) on, a work report was given at every session, and the plan and budget reports became its
 * companions (given by the planning commission and the finance ministry). Five-year-plan reports
 * count in every era: in 1986, 1991, 1996 and 2001 the premier's five-year-plan report was the
 * session's work report.
 */
export const PLANNING_ERA_LAST_PLAN_YEAR = 1981;

/** Fewer characters than this is a fragment (an excerpt, a stub), not a whole report. */
export const MIN_REPORT_CHARS = 1500;

/**
 * How a whole report ends: its last paragraphs close it (the appeal to the deputies, the call to
 * struggle, the confident outlook), in every decade. A text whose last paragraphs have none of
 * these, or whose last line stops without an ending mark, was cut off.
 */
export const CLOSING_CUES: Cue[] = [
  { name: 'closing_address', pattern: /各位代表|同志们|代表们/, means: 'the closing addresses the deputies again' },
  { name: 'closing_appeal', pattern: /让我们|我们(?:一定|必将|坚信|相信|深信)|一定(?:能够|能|会|要)|必将|必胜|信心/, means: 'the closing appeal or outlook (让我们…, 我们一定能够…)' },
  { name: 'closing_struggle', pattern: /奋斗|奋勇前进|前进吧|胜利|贡献|万岁|努力|篇章|新局面|新征程|伟业|而战|到来/, means: 'the closing call to struggle (为…而奋斗！, 万岁！)' },
];

/**
 * Headings or lead words of matter printed after a report's end: glossary, annexes, notes — and
 * the note on characters missing from the font (字库未存字注释：) that copies from the People's
 * Daily database put after old national reports.
 */
export const END_MATTER = /^(?:附(?:件|录|表)[一二三四五六七八九十0-9]*[:：]?|附[:：]|名\s*词\s*(?:解\s*释|注\s*释)|注\s*释|注[:：]|说明[:：]|(?:字库)?未存字(?:注释|说明))/;

/** Marks a whole paragraph ends with. */
export const SENTENCE_END = /[。！？!?…”’」』）)】》]$/;

/**
 * Common Chinese surnames (the most frequent single ones, which cover most of the population,
 * and the compound ones): a name alone on a header line (周恩来) is taken for the speaker only
 * when it starts with one of these, so that a page's stray word (云南要闻) is not.
 */
export const COMMON_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(''),
  '欧阳', '司马', '诸葛', '上官', '司徒', '东方', '夏侯', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '令狐', '端木',
]);

/**
 * A national report: the State Council (or, in 1949–54, the Central People's Government)
 * speaks, the premier signs, the National People's Congress hears it. The first two hold in
 * the header and opening; the last, for a report that names no region anywhere in its header
 * and opening, reads the scope it speaks for (全国各族人民, the foreign policy only the national
 * government conducts).
 */
export const NATIONAL_CUES: Cue[] = [
  { name: 'state_council_speaks', pattern: /我(?:现在)?代表(?:中华人民共和国)?(?:国务院|中央人民政府)|受[^，。；\n]{0,12}国务院的?委托|根据国务院的决定|国务院决定由我/, means: 'the State Council (or the Central People\'s Government) speaks' },
  { name: 'npc_hears', pattern: /全国人民代表大会|国务院总理/, means: 'the header names the National People\'s Congress or the premier' },
];
export const NATIONAL_SCOPE: Cue = {
  name: 'national_scope', pattern: /全国各族人民|我国各族人民|外交政策|对外政策/,
  means: 'the opening speaks for the whole nation or of its foreign policy',
};
