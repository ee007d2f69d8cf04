/**
 * Page chrome of forums and web pages: menus, counters, user panels, share bars, footers,
 * photo captions. A line is chrome when it matches a chrome pattern, or when it is a short
 * fragment wedged between chrome lines (the numbers and words of a forum user panel).
 * A title repeated by the page above the report's own title goes too.
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
  /【?\s*字号[:：]?\s*[大中小默认\s|｜]+\s*】?/,
  /^(?:您(?:现在)?的?(?:当前)?位置|当前位置|所在位置)[:：]/,
  /^首页\s*[>›»＞]/,
  /^(?:来源|信息来源|发布时间|发布日期|时间|日期|作者|编辑|责任编辑|审核|校对|浏览次数|点击数|阅读次数|访问量|字体|分享到?|扫一扫|索引号|发文机关|主题分类|成文日期|发布机构)[:：]/,
  /^(?:上一篇|下一篇|相关链接|相关阅读|相关新闻|延伸阅读)[:：]?/,
  /^[（(【\[](?:责任编辑|编辑|来源|作者|审核|校对|稿源|供稿)[:：][^）)】\]]{0,40}[）)】\]]$/,
  /^(?:扫一扫在手机打开当前页|打开微信.*扫一扫|用微信扫描.*|微信扫一扫.*)$/,
  // photo captions: （新华社记者 某某 摄） or 图为…… 某某 摄
  /^[（(]?[^。；]{0,60}\s摄[）)]?$/,
  /^[（(][^。；]{0,40}摄[）)]$/,
  /(?:记者|摄影|通讯员|图\/|供图)\s*[\u4e00-\u9fff]{2,4}(?:\s+[\u4e00-\u9fff]{2,4})*\s*摄[）)]?$/,
  /^图为.{0,80}[。]?$/,
];

/**
 * Every chrome pattern needs one of these; a line with none of them (nearly every line of a
 * report) is not tested against the patterns one by one.
 */
const MAYBE_CHROME = /[：:|｜【>›»＞#©\]]|\d{1,2}:\d{2}|^\d|发表|复制|设为|收藏|首页|积分|主题|帖子|精华|金钱|威望|贡献|注册|最后|UID|权限|听众|收听|性别|来自|好友|日志|相册|记录|版主|管理员|会员|元老|新手|Rank|LV|签到|心情|昨天|前天|今天|前$|Powered|Licensed|版权|ICP|公网|客服|咨询|反馈|手机版|小黑屋|Archiver|统计|周[一二三四五六日天]|楼|只看|电梯|倒序|正序|模式|上一|下一|返回|快速|发新帖|回复|举报|道具|评分|点评|沙发|板凳|地板|分享|淘帖|支持|反对|打印|关闭|登录|密码|下载|全屏|纠错|字号|位置|来源|时间|日期|作者|编辑|审核|校对|浏览|点击|阅读|访问|字体|扫一扫|索引|发文|分类|成文|发布|相关|延伸|微信|摄|图为/;

export function isChromeLine(t: string): boolean {
  if (!t || t.length > 120) return false;
  if (!MAYBE_CHROME.test(t)) return false;
  return FORUM.some((re) => re.test(t)) || WEB.some((re) => re.test(t));
}

/** A fragment too small to be text of the report: no sentence punctuation, a few characters. */
function isFragment(t: string): boolean {
  return t.length <= 12 && !/[。，；！？,;]/.test(t);
}

const normTitle = (t: string) =>
  t.replace(/^\[[^\]]{1,12}\]\s*/, '').replace(/^【[^】]{1,12}】\s*/, '').replace(/\s*[—-]+\s*(全文|正文|文字实录)$/, '').replace(/\s+/g, '');

export const chrome: Rule = {
  name: 'chrome',
  fixpoint: true,
  run(text) {
    const lines = splitLines(text);
    const kind: Array<'chrome' | 'text' | 'blank'> = lines.map((l) => (!l.text.trim() ? 'blank' : isChromeLine(l.text.trim()) ? 'chrome' : 'text'));
    const hasChrome = kind.includes('chrome');
    // Fragments between chrome lines (user panels, footers) are chrome too; repeat until stable.
    if (hasChrome) {
      for (let pass = 0; pass < 4; pass++) {
        let changed = false;
        for (let i = 0; i < lines.length; i++) {
          if (kind[i] !== 'text' || !isFragment(lines[i].text.trim())) continue;
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
    const salutation = lines.findIndex((l) => /^各位代表/.test(l.text.trim()));
    const head = salutation === -1 ? 0 : salutation;
    for (let i = 0; i < head; i++) {
      if (kind[i] !== 'text' || !/报告/.test(lines[i].text)) continue;
      const key = normTitle(lines[i].text.trim());
      for (let j = i + 1; j < head; j++) {
        if (kind[j] === 'text' && normTitle(lines[j].text.trim()) === key) {
          kind[i] = 'chrome';
          break;
        }
      }
    }
    const edits: Edit[] = [];
    lines.forEach((l: Line, i) => {
      if (kind[i] !== 'chrome') return;
      const end = l.end < text.length ? l.end + 1 : l.end;
      edits.push({ start: l.start, end, text: '', kind: 'chrome' });
    });
    return { edits };
  },
};

function neighbour(kind: string[], i: number, step: number): string {
  for (let j = i + step; j >= 0 && j < kind.length; j += step) if (kind[j] !== 'blank') return kind[j];
  return 'edge';
}

