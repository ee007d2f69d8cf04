/**
 * Reads the figures that follow an indicator's name: 443.71亿元，增长0.3%; 增长7.5%左右;
 * 控制在5.5%以内; 分别达39760元、25837元，分别增长2%、4%; 增长5%—5.5%. A small tokenizer
 * walks forward from the name and stops at the first word it does not know, so a figure
 * is only taken when nothing but figure words stand between it and the name.
 */
export type Qualifier = 'exact' | 'about' | 'at_least' | 'at_most' | 'range';

export interface Num { value: number; high: number | null; unit: string | null; qualifier: Qualifier | null; start: number; end: number }

export interface Parsed {
  values: Num[];
  growths: Num[];
  rates: Num[];
  estimate: boolean;
  target: boolean;
  averageAnnual: boolean;
  partial: boolean;
  end: number; // offset in the window where reading stopped
}

const NUM = String.raw`\d+(?:\.\d+)?`;
const UNIT = '万亿元|千亿元|亿元|千万元|百万元|万元|千元|元|亿美元|万美元|美元|亿人次|万人次|人次|万人|人|亿吨|万吨|吨|万亿斤|亿斤|万斤|斤|万公斤|公斤|天|%';
const DASH = '[—\\-－–～~至到]';

const T = {
  ws: /[ \t]+/y,
  paren: /[（(][^）)\n]{0,30}[）)]/y,
  estimate: /预计|初步统计|初步核算|预测/y,
  target: /力争|争取|确保|努力|预期目标为?|目标为?|预期/y,
  partial: /(?:1|一)\s*[—\-－–至~～]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*月(?:份)?|前三季度|上半年|一季度|前\d+个月/y,
  avg: /年均|年平均|平均每年/y,
  yoy: /同比|比上年|较上年|比去年|较去年|比上年度|同口径|可比口径|按可比价格计算|按可比价计算|扣除不可比因素后|剔除不可比因素后/y,
  fenbie: /分别/y,
  growth: /增长|增加|增速(?:为|达到?)?|增幅(?:为|达到?)?|提高|上升|上涨|下降|降低|减少|回落|下滑/y,
  qualBefore: /不低于|不少于|不超过|不高于|超过|突破|高于|低于|控制在|保持在|稳定在|达到|达|为|增至|升至|提升至|提高到|增加到|完成|实现|是/y,
  filler: /全年|全区|全县|全市|全省|全国|总量|总额|累计|规模|总计|合计|的|了|将|要|力争|实现/y,
  number: new RegExp(`([-－−]?${NUM})\\s*(${UNIT})?(?:\\s*${DASH}\\s*(${NUM})\\s*(${UNIT})?)?\\s*(左右|以上|以内|以下|上下)?`, 'y'),
  sep: /[、和及与]/y,
  comma: /[，,]/y,
};

const QUALIFIER_OF: Record<string, Qualifier> = {
  不低于: 'at_least', 不少于: 'at_least', 超过: 'at_least', 突破: 'at_least', 高于: 'at_least',
  不超过: 'at_most', 不高于: 'at_most', 低于: 'at_most', 控制在: 'at_most',
};
const NEGATIVE = /下降|降低|减少|回落|下滑/;

function tryTok(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** Reads figures from `s` starting at 0; `isRate` puts percentages in rates rather than growth. */
export function parseFigures(s: string, isRate: boolean, priceLike = false): Parsed {
  const out: Parsed = { values: [], growths: [], rates: [], estimate: false, target: false, averageAnnual: false, partial: false, end: 0 };
  let i = 0;
  let growthSign: 1 | -1 | 0 = 0; // a growth verb is pending
  let pendingQual: Qualifier | null = null;
  let yoy = false;
  let list: Num[] | null = null; // the list the last number went to
  let lastWasNumber = false;
  while (i < s.length) {
    let m: RegExpExecArray | null;
    if ((m = tryTok(T.ws, s, i))) { i += m[0].length; continue; }
    if ((m = tryTok(T.partial, s, i))) { out.partial = true; break; }
    if ((m = tryTok(T.paren, s, i))) { if (/预计/.test(m[0])) out.estimate = true; i += m[0].length; continue; }
    if ((m = tryTok(T.estimate, s, i))) { out.estimate = true; i += m[0].length; continue; }
    if ((m = tryTok(T.target, s, i))) { out.target = true; i += m[0].length; continue; }
    if ((m = tryTok(T.avg, s, i))) { out.averageAnnual = true; i += m[0].length; continue; }
    if ((m = tryTok(T.yoy, s, i))) { yoy = true; i += m[0].length; continue; }
    if ((m = tryTok(T.fenbie, s, i))) { i += m[0].length; continue; }
    if ((m = tryTok(T.growth, s, i))) {
      growthSign = NEGATIVE.test(m[0]) ? -1 : 1;
      i += m[0].length;
      lastWasNumber = false;
      // 提高到/增加到 are levels, not growth
      if ((m = tryTok(/到|至/y, s, i))) { growthSign = 0; i += m[0].length; }
      continue;
    }
    if ((m = tryTok(T.qualBefore, s, i))) {
      pendingQual = QUALIFIER_OF[m[0]] ?? pendingQual;
      i += m[0].length;
      continue;
    }
    if ((m = tryTok(T.number, s, i))) {
      const [, a, u1, b, u2, after] = m;
      if (!u1 && !u2) break; // a bare number: not a figure of this indicator
      if (u1 && u2 && u1 !== u2) break; // 1—11月 style or two different things
      const unit = u2 ?? u1 ?? null;
      const n: Num = {
        value: Number(a.replace(/^[－−]/, '-')), high: b ? Number(b) : null, unit, start: i, end: i + m[0].length,
        qualifier: b ? 'range' : after === '左右' || after === '上下' ? 'about' : after === '以上' ? 'at_least' : after === '以内' || after === '以下' ? 'at_most' : pendingQual,
      };
      if (unit === '%') {
        // A rate's own change (居民消费价格上涨2%) is the rate's figure, not a growth of it.
        if (isRate && (growthSign === 0 || priceLike)) { if (growthSign === -1) n.value = -n.value; list = out.rates; }
        else if (growthSign !== 0 || yoy) {
          if (growthSign === -1) { n.value = -n.value; if (n.high !== null) n.high = -n.high; }
          list = out.growths;
        } else break; // a share or a rate of something else
      } else {
        if (growthSign !== 0) break; // 增加5天: a change in days, not a figure we keep
        list = out.values;
      }
      list.push(n);
      i += m[0].length;
      lastWasNumber = true;
      pendingQual = null;
      continue;
    }
    if (lastWasNumber && (m = tryTok(T.sep, s, i))) {
      // a list separator when another number follows; 3.2万亿元、增长4.5%: the growth of the value
      const j = i + m[0].length;
      if (tryTok(T.number, s, j) || tryTok(T.qualBefore, s, j)) { i = j; continue; }
      if (m[0] === '、' && (tryTok(T.growth, s, j) || tryTok(T.yoy, s, j))) { i = j; lastWasNumber = false; continue; }
      break;
    }
    if ((m = tryTok(T.comma, s, i))) {
      const j = i + m[0].length;
      if (tryTok(T.growth, s, j) || tryTok(T.yoy, s, j) || tryTok(T.fenbie, s, j) || tryTok(T.avg, s, j) || (tryTok(T.estimate, s, j) && !out.values.length)) {
        i = j;
        lastWasNumber = false;
        continue;
      }
      break;
    }
    if ((m = tryTok(T.filler, s, i))) { i += m[0].length; continue; }
    break;
  }
  out.end = i;
  // 分别增长10%、12%以上: a qualifier written once after a list covers the whole list.
  for (const l of [out.values, out.growths, out.rates]) {
    const q = l.length > 1 ? l[l.length - 1].qualifier : null;
    if (q && q !== 'range') for (const n of l) n.qualifier ??= q;
    // 7%和8%: a unit written once
    for (let k = l.length - 2; k >= 0; k--) l[k].unit ??= l[k + 1].unit;
  }
  return out;
}
