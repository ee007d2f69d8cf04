/**
 * Cue words of the long-tail extractors (pipeline/extract/longtail/): the words by which a work
 * report admits its problems, names its pledge lists and heads its glossary. Data, not code: each
 * list is what the genre writes, from county to national reports, 1950s to 2020s; the extractors
 * only say how the cues combine.
 */

/** Problem nouns an admission speaks of in general (困难和问题, 短板不足, 缺点和错误). */
const PROBLEM_NOUN = '问题|困难|不足|缺点|错误|失误|矛盾|挑战|短板|弱项|差距|薄弱环节|风险隐患';

export const PROBLEM_CUES = {
  /**
   * Words one of which every lead-in has (a problem noun, 清醒, 同时, 看到): a paragraph without
   * any is passed over at once, which spares the other cues on most of a report.
   */
  trigger: new RegExp(`${PROBLEM_NOUN}|清醒|清楚|深刻|[绩就]的?同时|看到`),
  /** What a summary admission cannot do without (还存在, 面临不少, 仍然不少, 存在的): looked for first. */
  summaryWord: /[还仍也尚都然](?:存在|有|面临|遇到)|[还仍]很?不适应|(?:存在|面临|遇到)着?(?:一些|不少|许多|诸多|某些|若干|很多|种种|较多)|不少|较多|很多|颇多|不容忽视|存在的|工作中|[中临到]的(?:主要)?(?:困难|问题|矛盾)/,
  /**
   * The reflective opening of an admission: 我们也清醒认识到, 清醒地看到, 也要看到, 在肯定成绩的
   * 同时. It opens a passage wherever it stands (the review, or the plan part of national reports).
   */
  reflective: /(?:清醒|清楚|深刻)(?:地)?(?:认识到|看到|意识到)|清醒(?:地)?认识(?=[，,：:。]|$)|(?:肯定|总结|看到)(?:成绩|成就)的?同时/,
  /**
   * A weaker aside (也要看到, 同时还要看到): it leads in to problems only where the sentence also
   * admits them in general (…还存在一些问题); alone it as often introduces a caveat or a lesson.
   */
  aside: /(?:也要|也必须|必须|同时也要|同时还要|但也要|也应当?|还要|应当|应该)(?:十分)?看到/,
  /**
   * A clause admitting problems in general, naming none: 还存在不少困难和问题, 仍面临一些困难挑战,
   * 政府工作中也有缺点和不足, 老问题、新挑战仍然不少. It leads a list; it is not an item.
   */
  summary: new RegExp(
    `(?:(?:还|仍|仍然|依然|也|也还|尚|都)(?:存在|有|面临|遇到)着?[^，,；;：:。]{0,14}|(?<!可能)(?:存在|面临|遇到)着?(?:一些|不少|许多|诸多|某些|若干|很多|种种|较多)[^，,；;：:。]{0,10})(?:${PROBLEM_NOUN})(?:和|与|及|、)?(?:${PROBLEM_NOUN})?(?:等)?$` +
    `|(?:老问题|新问题|新挑战|新矛盾|(?:${PROBLEM_NOUN})(?:、|和|与)(?:${PROBLEM_NOUN}))(?:仍然|依然|也|还|仍)?(?:不少|较多|很多|颇多|不容忽视)$` +
    `|^(?:工作中|政府工作中?|我们的工作中)(?:还|也|仍)?(?:有|存在)[^，,；;：:。]{0,10}(?:${PROBLEM_NOUN})` +
    `|存在的(?:主要|突出)?(?:${PROBLEM_NOUN})(?:和|与|、)?(?:${PROBLEM_NOUN})?(?:是|有|主要是|主要有)?$` +
    // 当前我市发展中的困难和问题主要是: the problems of a named field, said to be what follows.
    `|(?:中|面临|遇到)的(?:主要|突出)?(?:${PROBLEM_NOUN})(?:和|与|、)?(?:${PROBLEM_NOUN})?(?:主要|突出)?(?:是|有|表现在|体现在|集中在)$`,
  ),
  /**
   * A heading over the problems (三、存在的困难和问题; （四）问题与不足): the paragraphs under it
   * are the items, as when the segment stage gives its section the part `problems`.
   */
  heading: new RegExp(`^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、])?\\s*(?:当前|目前|工作中|发展中)?(?:存在|面临)的?(?:主要|突出)?(?:${PROBLEM_NOUN})|^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|[0-9]+[.．、])?\\s*(?:${PROBLEM_NOUN})(?:和|与|及)(?:${PROBLEM_NOUN})$|不足之处$`),
  /** The generic problem nouns of a lead-in sentence (民生领域还有不少短板 is an item, not a lead-in). */
  generic: /问题|困难|不足|缺点|错误|失误|矛盾|挑战/,
  /**
   * The bullet that opens an item paragraph of an unnumbered list (——经济恢复基础尚不牢固…。 /
   * ●产业结构不优…。): after a lead-in, each such paragraph is one item, as 一是/（一） paragraphs.
   * A lone — before a digit is a page number (— 2 —), not a bullet.
   */
  bullet: /^(?:——|—(?![\s0-9])|[●○■□◆◇▪•·▲△★☆►▶√])\s*/,
  /**
   * The frame of the group about the government itself, opening a sentence or paragraph of the
   * admission (政府自身建设方面，一些部门职能转变还不到位…; 从政府自身看，…; 政府工作中，…): the
   * items follow it. A frame followed by words that say nothing wrong (政府自身建设方面，我们…)
   * continues nothing.
   */
  /**
   * The government admitting faults in its own work (国务院在过去五年的工作中…也有缺点和错误, 行署在
   * 工作中还有不少不足): with a clause that admits in general it opens a passage wherever it
   * stands, as a reflective lead-in does — often in the part on the government itself.
   */
  selfWork: /(?:政府|国务院|行署|行政公署|人民委员会|革命委员会)[^，。；！？]{0,12}工作(?:中|上|方面)|政府工作(?:中|上)?(?:也|还|仍)/,
  /** A lead word after a clause that falls short (…还很不适应，主要是：): the list follows the colon. */
  leadAfterShortfall: /[，,](?:主要是|主要表现在|具体表现在|主要有|突出表现在)[：:]/,
  /**
   * A paragraph after the items that adds more (同时，政府职能转变还不够到位…; 此外，…): when what
   * follows says something falls short, the passage goes on.
   */
  addOn: /^(?:同时|此外|另外|与此同时)[，,]\s*/,
  /** A paragraph after the items that opens on the government itself (政府职能转变还不到位，…). */
  governmentOpens: /^(?=政府(?:职能|自身|工作|作风|效能|服务))/,
  selfFrame: /^(?:在|从|就)?(?:政府自身(?:建设)?|政府(?:系统|工作)|我们(?:的|自身)?工作|政府(?:作风|效能)建设)(?:方面|中|上|来看|看|而言)?[，,：:]\s*/,
  /**
   * An item whose subject is the world outside (外部环境更趋复杂严峻, 世界经济复苏乏力, 国际金融危机
   * 的影响仍在持续, 从国际看…): a passage of nothing else describes the setting and admits nothing.
   */
  outsideWorld: /^(?:当前|目前|今年|明年|从(?:国际|外部|全球)(?:上|看|来看)[，,]?)?(?:外部环境|外部(?:不确定|风险|冲击)|国际(?:环境|形势|局势|金融|经济|市场|贸易|政治)|世界(?:经济|形势|局势|百年|范围)|全球(?:经济|疫情|贸易|产业|通胀|化|范围)|地缘政治|逆全球化|单边主义|保护主义|贸易保护主义|(?:美国|欧美|发达国家|主要经济体))/,
  /** A clause turning from one group of problems to the next: 除物价问题外，农业和国有企业的问题也比较突出. */
  turn: /^除(?:了)?[^，,；;。]{1,20}(?:外|以外)/,
  /**
   * Lead words that open the list itself (主要是：…, 主要表现在：…); the list starts after them.
   * `one` names a single problem (突出的问题是…): the sentences after it explain that problem.
   */
  lead: /^(?:主要是|主要有|具体是|具体有|主要集中在|(?:主要|突出|具体|集中)?(?:表现|体现)(?:在|为)|具体(?:来说|而言)|比如|例如|如(?![果何期实此今同下若是])|诸如)(?:[：:，,]\s*)?/,
  /**
   * A sentence stating the problems in general, right before 主要是：… spells them out: one clause
   * ending in a generic noun said to remain (…不可持续的问题依然突出, 困难和挑战还不少). It leads in.
   * A specific sentence before the lead word (部分企业生产经营困难，民间投资增长乏力。主要是：…)
   * is an item.
   */
  generalBeforeLead: new RegExp(`^[^，,；;：:。！？]{0,30}(?:${PROBLEM_NOUN})(?:(?:和|与|、)(?:${PROBLEM_NOUN}))?(?:依然|仍然|仍|还|也|都|更加|比较|较为|十分|相当|日益|越来越)?(?:突出|存在|不少|较多|很多|明显|凸显|显现|严峻|尖锐)[。！]?$`),
  leadOne: /^(?:当前|目前)?(?:最|比较|较为)?突出的(?:问题|矛盾)是|^(?:首要|最大|主要)的(?:问题|矛盾)是/,
  /**
   * A sentence that closes the admission: 对此，我们将…; 对于这些问题…; 我们一定…; 上述这些问题…;
   * 这些都是发展中的问题…. It refers back to the problems or says what the government will do.
   */
  closing: /^这都是|^要(?:深刻|清醒|充分|认真|切实|始终|坚持|加强|进一步|继续|不断|努力|大力|着力|敢于|善于|把|以)|^(?:对此|对于|针对|面对|对这些|对以上|对上述|(?:所有|上述|以上)?这些(?:问题|困难|矛盾|不足|短板|挑战|缺点|都|，)|上述|以上(?:问题|这些|各种)|我们(?:一定|要|将|必须|对|正在|务必|决不|绝不|会|有信心|坚信|相信)|党中央|只要|必须|因此|为此)|(?:这些|上述|以上)(?:问题|困难|矛盾|不足|短板|挑战|缺点)/,
  /** An item that says what must be done (必须始终坚持…, 只有…才能…): a lesson, when a passage has only such items. */
  lessonItem: /^(?:必须|只有|只要|始终|坚持|要)/,
  /** A lesson drawn after an item (实践证明…): not a problem. */
  lesson: /^(?:实践证明|事实证明|实践表明|事实表明|经验(?:证明|表明)|由此可见|历史经验)/,
  /**
   * Words that say something falls short — an item must have one: 不足, 滞后, 有待, 仍需, 压力较大,
   * 偏低, 困难, 过快, 没有理顺, 不够. Items of lists without them are not problems (tasks, plans).
   */
  deficiency: new RegExp([
    '不足', '不够', '不高', '不强', '不优', '不大', '不多', '不快', '不稳', '不牢', '不实', '不深', '不畅', '不广', '不均', '不好', '不力', '不满', '不佳', '不灵', '不全', '不当', '不善', '不合理', '不平衡', '不充分', '不完善', '不健全', '不规范', '不适应', '不相适应', '不明显', '不显著', '不突出', '不协调', '不到位', '不紧密', '不容忽视', '不确定', '不及预期', '不尽', '不巩固', '不匹配', '不严', '不高效',
    '未能', '未得到', '尚未', '没有(?:根本|完全|得到|理顺|实现|解决|扭转|跟上)', '还没有', '不理想', '不乐观', '(?:较为|比较|相当|十分|仍然|依然|仍|还|更加|日益|尤为)突出', '(?:问题|矛盾)突出', '难以', '难度', '较难', '困难', '艰巨', '繁重', '任重道远', '承压', '压力', '风险', '隐患', '挑战', '短板', '弱项', '薄弱', '脆弱', '差距', '滞后', '落后', '缓慢', '偏[低少弱小大高慢紧]', '较[低弱少小差慢猛多大重]', '过[快高多大猛低热度剩]', '趋紧', '紧张', '紧缺', '短缺', '缺乏', '欠缺', '缺口',
    '亟[需待须]', '有待', '[还仍尚也]?需要?[进持加]', '[仍还尚]须', '还要', '[仍还尚]需', '依然', '仍然', '矛盾', '失误', '错误', '缺点', '浪费', '腐败', '官僚主义', '形式主义', '四风', '浮夸', '漂浮', '不作为', '乱作为', '慢作为', '混乱', '松弛', '严重', '恶化', '下降', '下滑', '减少', '增多', '加深', '加大', '加剧', '蔓延', '扭曲', '亏损', '堵点', '痛点', '难点', '制约', '约束', '瓶颈', '漏洞', '危害', '失职', '渎职', '不满意', '反映强烈', '屡禁不止', '不堪重负', '估计不够', '放松', '抬头', '偏[差离]', '赤字', '不能(?:完全|很好|充分)?(?:适应|满足)', '很?不适应', '失衡', '失调', '乏力', '低迷', '疲软', '过剩', '(?:结构|产业|渠道|模式|方式|来源)(?:较为|比较|过于|相对)?单一', '爬坡过坎', '攻坚期', '新课题', '考验', '不及',
  ].join('|')),
};

/**
 * A clause that goes on saying what the one before it does (…不良作风，严重败坏党的声誉，危害党群
 * 关系): it has no subject of its own, so it belongs to the item before it, not to a new one.
 */
export const PROBLEM_PREDICATE = /^(?:严重|直接|进而|从而|也|还|并|甚至)?(?:损害|危害|败坏|影响|制约|阻碍|造成|导致|致使|使得?|给|加剧|拖累|削弱|降低|妨碍)/;

export const PLEDGE_CUES = {
  /**
   * Words that name a list of pledges: 民生实事, 为民办实事, 惠民实事, 民心工程, 票决 … and the
   * office's own 实事 (12件市办实事, 十件省政府实事, 县办实事). A numbered list counts as pledges
   * only when the words just before it name one of these.
   */
  list: /(?:件|项|个方面|方面|大)(?:重点)?(?:[省市县区州旗盟](?:政府|委政府)?办?|为民)?(?:民生|惠民)?(?:实事|好事)|民生实事|惠民实事|为民办?实事|[省市县区州旗盟]办实事|民生(?:工程|项目)|民心工程|惠民工程|惠民(?:项目|实事)|实事(?:工程|项目)|票决|为民(?:办好|兴办)/,
  /**
   * The words every cue of `list` holds (实事, 民生工程, 票决 …): the text is scanned for these,
   * and `list` is tried only in the few characters around each (the longest cue starts at most
   * 12 characters before its anchor: 个方面重点市委政府办民生实事).
   */
  anchor: /实事|好事|民生(?:工程|项目)|民心工程|惠民(?:工程|项目)|票决|为民(?:办好|兴办)/,
  /** The count before a counted cue (十|15 before 件民生实事): read back from the cue. */
  count: /[0-9一二三四五六七八九十两百]/,
};

export const PLEDGE_CUES_INTRO = {
  /** Words before the cue that pledge (办好, 实施, 今年再办好): the list is what will be done. */
  pledge: /办好|拟办|拟定|办实|实施|推进|做好|抓好|落实|启动|安排|确定|承诺|兴办|推出|开展|完成好|着力|集中力量|今年|明年|以下|如下/,
  /** Words before the cue that date it to the year reviewed (去年的十件民生实事是：): a review. */
  past: /去年|上年|过去一年|过去五年|年初/,
  /**
   * A last clause that only opens the list (办好一批为民办实事项目，主要包括：): the cue stands in the
   * clause before it, as if the sentence ended on it.
   */
  opensList: /^(?:主要|具体|分别)?(?:包括|有|是|为|如下)$/,
  /** Words after the cue that report it done (圆满完成, 全部兑现): a review, not a pledge. */
  done: /完成|兑现|办结|落地|见效|实现|全部|圆满|取得/,
};

export const GLOSSARY_CUES = {
  /** The heading of a glossary (名词解释, 名词注释, 附：名词解释, 注释) on a line of its own. */
  heading: /^[【\[]?(?:附件?[0-9一二]?[:：]?\s*)?(?:[0-9一二三四五六七八九十]+[、.．]\s*)?(?:本报告)?(?:名\s*词\s*(?:解\s*释|注\s*释|释\s*义)|注\s*释|术语解释|有关名词解释|相关名词解释|名词术语解释)[】\]]?(?:[（(][^）)]{0,16}[）)])?[:：]?$/,
  /**
   * A line after which the glossary has ended: an annex or table, the closing words of a speech,
   * a web page's furniture after the text (相关报道, 责任编辑, 分享到, 上一篇).
   */
  end: /^(?:各位代表|同志们|附件|附表|附录|相关(?:报道|新闻|阅读|链接)|延伸阅读|推荐阅读|原标题|责任编辑|编辑[:：]|记者[:：]|作者[:：]|[（(]?来源[:：]|审核[:：]|校对[:：]|分享到|扫一扫|打印|关闭|上一篇|下一篇|[（(【\[]?(?:完|全文完)[）)】\]]?$)/,
};
