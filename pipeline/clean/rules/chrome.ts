/**
 * Page chrome of forums and web pages: menus, counters, user panels, share bars, footers,
 * photo captions. A line is chrome when it matches a chrome pattern, or when it is a short
 * fragment wedged between chrome lines (the numbers and words of a forum user panel) — save a
 * byline (省长 卢东亮), a title and the salutation, which belong to the report. A title repeated
 * by the page above the report's own title goes too, as do a font-size switch and a location
 * bar broken over lines. A forum thread's posts by anyone but the author who posted the report
 * are chrome. After the report's last sentence, everything from the page's closing furniture on
 * (相关报道：, 分享到, 责任编辑, 扫一扫, a licence notice) is chrome.
 */
import { splitLines, type Line } from '../chars.ts';
import type { Edit, Rule } from '../engine.ts';

const FORUM = [
  /^(设为首页|加入收藏|收藏本站|设为首页\s*收藏本站|网站首页|返回首页)+$/,
  /查看[:：]\s*\d+\s*[|｜]\s*回复[:：]\s*\d+/,
  /^\[?复制链接\]?$/,
  /发表于\s*\d{4}[-/年]\d{1,2}[-/月]\d{1,2}/,
  /^(?:(?:只看该作者|只看大图|电梯直达|倒序浏览|正序浏览|阅读模式|显示全部楼层|上一主题|下一主题|返回列表|快速回复|返回顶部|发新帖|回复|举报|使用道具|评分|点评|楼主|沙发|板凳|地板|收藏|分享|淘帖|支持|反对|道具|本版积分规则|打印|关闭)\s*[|｜]?\s*)+$/,
  /^您需要登录后才可以回帖/,
  /^(?:登录|立即注册|注册|找回密码|忘记密码|自动登录)(?:\s*[|｜]\s*(?:登录|立即注册|注册|找回密码))*$/,
  /^(?:积分|主题|帖子|精华|金钱|威望|贡献|在线时间|注册时间|最后登录|UID|阅读权限|听众|收听|性别|来自|好友|日志|相册|记录|版主|管理员|超级版主|新手上路|注册会员|中级会员|高级会员|金牌会员|论坛元老)[:：]?\s*[\d\s.万小时]*$/,
  /^Rank[:：]/i,
  /^\[?LV\.\d+\]?/i,
  /签到天数/,
  /TA的每日心情/,
  /^(?:昨天|前天|今天|\d+\s*(?:分钟|小时|天)前)\s*\d{1,2}:\d{2}$/,
  /^Powered by\b/i,
  /\bLicensed\b|©|Copyright|版权所有|ICP备|公网安备/i,
  /^(?:客服中心|在线咨询|联系客服|联系我们|意见反馈|手机版|小黑屋|Archiver|站长统计)$/,
  /^(?:联系电话|客服电话|服务热线|在线时间|工作时间|电子邮箱|邮箱)[:：]/,
  /^(?:\d{3,4}-)?\d{7,8}$/,
  /^周[一二三四五六日天]\s*[~～至\-—]\s*周[一二三四五六日天]$/,
  /^\d{1,2}:\d{2}\s*[~～至\-—]\s*\d{1,2}:\d{2}$/,
  /^\d+\s*楼$|^#\d+$|^\d+#$/,
];

const WEB = [
  /^(?:(?:下载|打印|全屏|收藏|关闭|分享|关闭窗口|打印本页|关闭本页|打印文章|纠错)\s*[|｜]?\s*)+$/,
  /字号[:：]?\s*[大中小默认\s|｜]+/, // 【字号：大 中 小】 (the brackets, optional, decide nothing)
  /^(?:您(?:现在)?的?(?:当前)?位置|当前位置|所在位置)[:：]/,
  /^首页\s*[>›»＞]/,
  /^(?:来源|信息来源|发布时间|发布日期|时间|日期|作者|编辑|责任编辑|审核|校对|浏览次数|点击数|阅读次数|访问量|字体|分享到?|扫一扫|索引号|发文机关|主题分类|成文日期|发布机构)[:：]/,
  // a posting time and source on one line: 2016年03月17日 08:06　来源：新华社
  /^\d{4}[年\-/.]\d{1,2}[月\-/.]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:来源|作者|编辑)?/,
  /^(?:上一篇|下一篇|相关链接|相关阅读|相关新闻|延伸阅读)[:：]?/,
  /^[（(【\[](?:责任编辑|编辑|来源|作者|审核|校对|稿源|供稿)[:：][^）)】\]]{0,40}[）)】\]]$/,
  /^(?:扫一扫在手机打开当前页|打开微信.*扫一扫|用微信扫描.*|微信扫一扫.*)$/,
  // photo captions: （新华社记者 某某 摄） or 图为…… 某某 摄
  /^[（(]?[^。；]{0,60}\s摄[）)]?$/,
  /^[（(][^。；]{0,40}摄[）)]$/,
  /(?:记者|摄影|通讯员|图\/|供图)\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*摄[）)]?$/,
  /^图为.{0,80}[。]?$/,
  // the page's posting time: a date with a clock time (a meeting line never has one)
  /^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^\d{4}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}(?::\d{2})?$/,
  // a font-size switch broken over lines: 【字号： / 加大 / 还原 / 减小 / 】
  /^【\s*字[号体][:：]?/,
];

/**
 * Every chrome pattern needs a digit first, 前 last (3天前), or one of these marks and words; a
 * line with none of them (nearly every line of a report) is not tested against the patterns one
 * by one. (A clock time, 9:30, has its colon.)
 */
const CHROME_CUES = [
  '：', ':', '|', '｜', '【', '>', '›', '»', '＞', '#', '©', ']',
  '发表', '复制', '设为', '收藏', '首页', '积分', '主题', '帖子', '精华', '金钱', '威望', '贡献', '注册', '最后', 'UID', '权限', '听众', '收听',
  '性别', '来自', '好友', '日志', '相册', '记录', '版主', '管理员', '会员', '元老', '新手', 'Rank', 'LV', '签到', '心情', '昨天', '前天', '今天',
  'Powered', 'Licensed', '版权', 'ICP', '公网', '客服', '咨询', '反馈', '手机版', '小黑屋', 'Archiver', '统计',
  '周一', '周二', '周三', '周四', '周五', '周六', '周日', '周天', '楼', '只看', '电梯', '倒序', '正序', '模式', '上一', '下一', '返回', '快速',
  '发新帖', '回复', '举报', '道具', '评分', '点评', '沙发', '板凳', '地板', '分享', '淘帖', '支持', '反对', '打印', '关闭', '登录', '密码', '下载',
  '全屏', '纠错', '字号', '位置', '来源', '时间', '日期', '作者', '编辑', '审核', '校对', '浏览', '点击', '阅读', '访问', '字体', '扫一扫', '索引',
  '发文', '分类', '成文', '发布', '相关', '延伸', '微信', '摄', '图为',
];
/**
 * The cues grouped by their first character, found by its code in a table: a line is read once,
 * character by character, rather than tried against every cue at every character (one
 * alternation of all the cues cost a sixth of the cleaner's time).
 */
const CUE_GROUPS: string[][] = [];
/** UTF-16 code of a character → 1 + its group in CUE_GROUPS (0: no cue starts with it). */
const GROUP_OF_FIRST = new Uint8Array(0x10000);
for (const cue of CHROME_CUES) {
  const c = cue.charCodeAt(0);
  if (!GROUP_OF_FIRST[c]) GROUP_OF_FIRST[c] = CUE_GROUPS.push([]);
  CUE_GROUPS[GROUP_OF_FIRST[c] - 1].push(cue);
}

function mayBeChrome(t: string): boolean {
  const first = t.charCodeAt(0);
  if ((first >= 0x30 && first <= 0x39) || t.endsWith('前')) return true;
  for (let i = 0; i < t.length; i++) {
    const group = GROUP_OF_FIRST[t.charCodeAt(i)];
    if (group) for (const cue of CUE_GROUPS[group - 1]) if (t.startsWith(cue, i)) return true;
  }
  return false;
}

export function isChromeLine(t: string): boolean {
  if (!t || t.length > 120) return false;
  if (!mayBeChrome(t)) return false;
  return FORUM.some((re) => re.test(t)) || WEB.some((re) => re.test(t));
}

/** A fragment too small to be text of the report: no sentence punctuation, a few characters. */
function isFragment(t: string): boolean {
  return t.length <= 12 && !/[。，；！？,;]/.test(t) && !isByline(t) && !/报告|^各位代表|^各位人大代表|^代表们/.test(t);
}

/**
 * A byline (省长 卢东亮, 区长 吴承凯): part of the report's header, kept even where it stands
 * among page furniture (after 来源：/时间： lines, above a photo caption).
 */
const BYLINE = /^[^\s，。；：:]{0,30}?(?:代理?)?(?:总理|省长|市长|区长|县长|旗长|州长|盟长|主席|专员)\s*[\u4e00-\u9fff]{1,4}(?:\s?[\u4e00-\u9fff]{1,3})?(?:[·•．.][\u4e00-\u9fff]{1,8})*$/;
export const isByline = (t: string): boolean => BYLINE.test(t.trim());

/**
 * Where the page's closing furniture starts: links to related stories, share and print bars,
 * the editor's line, a QR code prompt — after the report's last sentence — or a licence or
 * copyright notice (本作品…属于公有领域, 版权所有) closing the page. Everything from there to
 * the end of the text is chrome.
 */
const CLOSING_BAR = /^(?:相关(?:报道|文档|新闻|阅读|链接|文章|推荐|稿件)|延伸阅读|推荐阅读|热点推荐|热门推荐|往期回顾|更多(?:新闻|报道|内容)|责任编辑|编辑[:：]|审核[:：]|分享到|分享至|扫一扫|扫码|微信扫|【纠错】|纠错|打印本页|打印文章|关闭窗口|关闭本页|返回顶部|返回首页|上一篇|下一篇|收藏本页|》》?点击|点击(?:图片|进入|查看)|.{0,10}专题《《)/;
const NOTICE = /^(?:本作品|此作品|本文(?:版权|来源|转自)|版权(?:所有|声明)|Copyright|Public domain|免责声明|声明[:：])/i;
const NOTICE_WORDS = /公有领域|著作权|版权|许可|授权|Public domain|Creative Commons|转载/i;
/** The longest notice (characters): a licence with its footnotes. */
const NOTICE_MAX = 2500;
/** A line of the report's text that ends a sentence. */
const PROSE_END = /[。！？!?][”’」』）)]?$/;

function closingStart(lines: readonly Line[], kind: Array<'chrome' | 'text' | 'blank'>, text: string): number {
  let lastProse = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i].text.trim();
    if (kind[i] === 'text' && PROSE_END.test(t) && !NOTICE_WORDS.test(t)) { lastProse = i; break; }
  }
  // A notice: everything from its first line, once it runs to the end within a page's worth.
  // Its own sentences can be the last ones; it starts at most that far before them.
  const from = lastProse < 0 ? 0 : lines[lastProse].start - NOTICE_MAX;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].start < from) continue;
    const t = lines[i].text.trim();
    if (!NOTICE.test(t)) continue;
    const rest = text.slice(lines[i].start);
    if (rest.length <= NOTICE_MAX && NOTICE_WORDS.test(rest)) return Math.min(i, barAfter(lines, kind, lastProse, i));
    break;
  }
  return barAfter(lines, kind, lastProse, lines.length);
}

/** The first closing bar after the last sentence, with the furniture between them. */
function barAfter(lines: readonly Line[], kind: Array<'chrome' | 'text' | 'blank'>, lastProse: number, limit: number): number {
  if (lastProse < 0) return lines.length;
  let bar = -1;
  for (let i = lastProse + 1; i < limit; i++) {
    const t = lines[i].text.trim();
    if (t && (CLOSING_BAR.test(t) || kind[i] === 'chrome')) { bar = i; break; }
  }
  if (bar < 0) return limit;
  // Furniture between the last sentence and the bar (a banner, a symbol) goes with it.
  let start = bar;
  for (let i = bar - 1; i > lastProse; i--) {
    const t = lines[i].text.trim();
    if (!t) continue;
    if (kind[i] === 'chrome' || CLOSING_BAR.test(t) || !/[\u4e00-\u9fff]/.test(t)) start = i;
    else break;
  }
  return start;
}

const normTitle = (t: string) =>
  t.replace(/^\[[^\]]{1,12}\]\s*/, '').replace(/^【[^】]{1,12}】\s*/, '').replace(/\s*[—-]+\s*(全文|正文|文字实录)$/, '').replace(/\s+/g, '');

export const chrome: Rule = {
  name: 'chrome',
  fixpoint: true,
  run(text) {
    const lines = splitLines(text);
    const trimmed = lines.map((l) => l.text.trim());
    const kind: Array<'chrome' | 'text' | 'blank'> = trimmed.map((t) => (!t ? 'blank' : isChromeLine(t) ? 'chrome' : 'text'));
    const hasChrome = kind.includes('chrome');
    // Fragments between chrome lines (user panels, footers) are chrome too; repeat until stable.
    if (hasChrome) {
      for (let pass = 0; pass < 4; pass++) {
        let changed = false;
        for (let i = 0; i < lines.length; i++) {
          if (kind[i] !== 'text' || !isFragment(trimmed[i])) continue;
          const above = neighbour(kind, i, -1);
          const below = neighbour(kind, i, +1);
          if ((above === 'chrome' || above === 'edge') && (below === 'chrome' || below === 'edge') && !(above === 'edge' && below === 'edge')) {
            kind[i] = 'chrome';
            changed = true;
          }
        }
        if (!changed) break;
      }
    }
    // A title the page shows above the report's own title ([新疆] 2022年…报告, …报告—全文).
    const salutation = trimmed.findIndex((t) => /^各位代表/.test(t));
    const head = salutation === -1 ? 0 : salutation;
    for (let i = 0; i < head; i++) {
      if (kind[i] !== 'text' || !/报告/.test(lines[i].text)) continue;
      const key = normTitle(trimmed[i]);
      for (let j = i + 1; j < head; j++) {
        if (kind[j] === 'text' && normTitle(trimmed[j]) === key) {
          kind[i] = 'chrome';
          break;
        }
      }
    }
    // A font-size switch broken over lines: 【字号： / 加大 / 还原 / 减小 / 】
    for (let i = 0; i < lines.length; i++) {
      if (!/^【\s*字[号体]/.test(trimmed[i]) || /】/.test(lines[i].text)) continue;
      const close = lines.slice(i + 1, i + 8).findIndex((l) => /】/.test(l.text) && l.text.trim().length <= 12);
      if (close === -1) continue;
      for (let j = i; j <= i + 1 + close; j++) if (kind[j] !== 'blank') kind[j] = 'chrome';
    }
    // A location bar broken over lines: 您的位置: / 首页 / > / 云南要闻 — its fragments up to the title.
    for (let i = 0; i < head; i++) {
      if (kind[i] !== 'chrome' || !/位置[:：]\s*$/.test(trimmed[i])) continue;
      for (let j = i + 1; j < head && kind[j] !== 'chrome'; j++) {
        if (kind[j] === 'blank') continue;
        if (!isFragment(trimmed[j])) break;
        kind[j] = 'chrome';
      }
    }
    // (a post's 发表于 line is chrome: a text with none has no posts)
    if (hasChrome) markReplies(trimmed, kind);
    const closing = closingStart(lines, kind, text);
    for (let i = closing; i < lines.length; i++) if (kind[i] === 'text') kind[i] = 'chrome';
    const edits: Edit[] = [];
    lines.forEach((l: Line, i) => {
      if (kind[i] !== 'chrome') return;
      const end = l.end < text.length ? l.end + 1 : l.end;
      edits.push({ start: l.start, end, text: '', kind: 'chrome' });
    });
    return { edits };
  },
};

const POST_HEADER = /发表于\s*\d{4}[-/年]\d{1,2}[-/月]\d{1,2}/;

/**
 * A forum thread's replies: each post opens with its author's name and 发表于 <date>; the thread's
 * first author posted the report (over one post or several), the other posts — quoting the
 * targets, arguing about them, misquoting them — are page furniture, not the report. The copy may
 * have lost an author's name (a name repeated down the page is taken for a running header).
 */
function markReplies(trimmed: readonly string[], kind: Array<'chrome' | 'text' | 'blank'>): void {
  const posts: Array<{ from: number; author: string | null }> = [];
  for (let i = 0; i < trimmed.length; i++) {
    if (!POST_HEADER.test(trimmed[i])) continue;
    const inline = /^(.{1,20}?)\s*发表于/.exec(trimmed[i]);
    if (inline) { posts.push({ from: i, author: inline[1].trim() }); continue; }
    let a = i - 1;
    while (a >= 0 && kind[a] === 'blank') a--;
    const name = a >= 0 ? trimmed[a] : '';
    // the floor (楼主, 沙发, 5#) is no author: the copy lost the name (taken for a running header)
    const author = name.length <= 20 && !/[。，；！？：:]/.test(name) && !FLOOR.test(name) ? name : null;
    posts.push({ from: author === null ? i : a, author });
  }
  if (posts.length < 2) return;
  const starter = posts[0].author;
  posts.forEach((p, k) => {
    if (k === 0) return;
    const to = posts[k + 1]?.from ?? trimmed.length;
    const body = trimmed.slice(p.from, to).filter((_, j) => kind[p.from + j] === 'text');
    const chars = body.reduce((n, t) => n + t.length, 0);
    // another author's post, a quote or an answer to one, or a few lines (沙发。…): a reply. A long
    // post by the thread's author (or an author the copy lost) goes on with the report.
    const goesOn = CONTINUED.test(body[0] ?? '');
    const reply = (p.author !== null && starter !== null && p.author !== starter) || body.some((t) => QUOTE_MARK.test(t)) || (chars < REPLY_MAX_CHARS && !goesOn);
    if (reply) for (let i = p.from; i < to; i++) if (kind[i] === 'text') kind[i] = 'chrome';
  });
}
/** A post's floor: 楼主, 沙发, 板凳, 地板, 5#, #5, 5楼. */
const FLOOR = /^(?:楼主|沙发|板凳|地板|地下室|\d+\s*#|#\s*\d+|\d+\s*楼)$/;
/** The marks of a quote or an answer in a forum post: 引用:, 原帖由 某 于 … 发表, 回复 3# 某 的帖子. */
const QUOTE_MARK = /^(?:引用[:：]|原帖由\s|回复\s*\d+\s*#)/;
/** A post that says it goes on with the one before: （接上楼）, 接上帖. */
const CONTINUED = /^[（(【]?\s*(?:接上[楼贴帖页]?|续上[楼贴帖]?|续)[）)】]?/;
/** A post shorter than this is a reply, unless it says it goes on (a report's parts are longer). */
const REPLY_MAX_CHARS = 400;

function neighbour(kind: string[], i: number, step: number): string {
  for (let j = i + step; j >= 0 && j < kind.length; j += step) if (kind[j] !== 'blank') return kind[j];
  return 'edge';
}

