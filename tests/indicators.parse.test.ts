/**
 * The figure reader's corpus (Duckling style): phrasings met in real reports of every decade, each
 * with what must be read from the words after an indicator's name — and phrasings from which
 * nothing may be read. A phrasing found in the wild becomes one more line here first.
 */
import { describe, expect, it } from 'vitest';
import { parseFigures, type ReadOptions } from '../pipeline/extract/indicators/parse.ts';
import { cleanText } from '../pipeline/clean/index.ts';

type Fig = [number, number | null, string | null] | [number, number | null, string | null, string | null];
interface Case { after: string; opts?: Partial<ReadOptions>; growth?: Fig[]; value?: Fig[]; rate?: Fig[]; avg?: boolean; why?: string }

const read = (after: string, opts: Partial<ReadOptions> = {}) =>
  parseFigures(cleanText(after), { isRate: false, carryOver: true, ...opts });
/** [value, high, qualifier, unit] of each number read. */
const figs = (l: ReturnType<typeof read>['growths']) => l.map((n) => [n.value, n.high, n.qualifier, n.unit]);

const RATE = { isRate: true };
const PRICE = { isRate: true, priceLike: true };
const GROWTH_NAME = { impliesGrowth: true };
const POSTS = { countsPosts: true };

const READS: Case[] = [
  // targets as provinces and counties write them
  { after: '增长5%左右，在实际工作中努力争取更好结果；', growth: [[5, null, 'about', '%']] },
  { after: '计划为四亿六千万元，比一九五六年增长百分之四点五；', value: [[4.6, null, null, '亿元']], growth: [[4.5, null, null, '%']], why: 'a numeral with 亿 is read in 亿, not in the 千万 of its tail' },
  { after: '计划达到二十亿五千万斤，', value: [[20.5, null, null, '亿斤']] },
  { after: '达到七百多万人，', value: [[700, null, 'at_least', '万人']], why: 'no 亿 in the numeral: its own unit' },
  { after: '1997年达到74772亿元，扣除物价因素，比1992年增长73%，平均每年增长11.6%。', value: [[74772, null, null, '亿元']], growth: [[73, null, null, '%'], [11.6, null, null, '%']], avg: true, why: '扣除物价因素 is a basis of comparison, not the end of the figure' },
  { after: '从26.6万亿元增加到51.9万亿元，跃升到世界第二位，年均增长9.3%。', value: [[51.9, null, null, '万亿元']], growth: [[9.3, null, null, '%']], avg: true, why: 'a clause of praise between the levels and their yearly average' },
  { after: '将达到八百五十五亿元，比一九八○年增长百分之五十一点八，平均每年递增百分之八点七。', value: [[855, null, null, '亿元']], growth: [[51.8, null, null, '%']], avg: true, why: 'a clause with a growth in Chinese numerals is no praise to skip (递增 read as no growth: 平均每年 only marks the average)' },
  { after: '规模控制在二百四十亿元左右，比上年压缩百分之五；', value: [[240, null, 'about', '亿元']], growth: [[-5, null, null, '%']], why: '压缩: a planned cut of investment' },
  { after: '增长15%，完成900亿元左右；社会商品零售总额增长18%', value: [[900, null, 'about', '亿元']], growth: [[15, null, null, '%']], why: 'the level after its growth, in a 1990s plan\'s words' },
  { after: '增长8%，完成年度计划的100.5%；', growth: [[8, null, null, '%']], value: [], why: 'a share of the plan is no level' },
  { after: '均增长8%；全社会固定资产投资增长15%', growth: [[8, null, null, '%']], why: '财政总收入和地方财政收入均增长8%: both grow 8%' },
  { after: '增长5%以上、力争6%，', growth: [[5, null, 'at_least', '%']], why: 'the committed floor; 力争 after it is an aspiration' },
  { after: '增长5%以上，力争6%。', growth: [[5, null, 'at_least', '%']] },
  { after: '按增长5%安排。', growth: [[5, null, null, '%']] },
  { after: '增长5%—5.5%，', growth: [[5, 5.5, 'range', '%']] },
  { after: '增长4.5-5%，', growth: [[4.5, 5, 'range', '%']] },
  { after: '增长7%至8%；', growth: [[7, 8, 'range', '%']] },
  { after: '控制在5.5%左右', opts: RATE, rate: [[5.5, null, 'about', '%']], why: '左右 written after the number wins over 控制在' },
  { after: '5%以内，', opts: RATE, rate: [[5, null, 'at_most', '%']] },
  { after: '上涨2%左右', opts: PRICE, rate: [[2, null, 'about', '%']] },
  { after: '上涨幅度控制在2%左右', opts: PRICE, rate: [[2, null, 'about', '%']] },
  { after: '达到4.6%左右', opts: RATE, rate: [[4.6, null, 'about', '%']] },
  { after: '60万人以上', value: [[60, null, 'at_least', '万人']] },
  { after: '稳定在1955万吨以上', value: [[1955, null, 'at_least', '万吨']] },
  { after: '2.5万个，开展农村劳动力转移培训1.5万人次；', opts: POSTS, value: [[2.5, null, null, '万个']], why: '新增城镇就业岗位: posts counted in 个' },
  { after: '3万个以上。', opts: POSTS, value: [[3, null, 'at_least', '万个']] },
  { after: '2.5万个，开展农村劳动力转移培训1.5万人次；', value: [], why: 'only a name that counts posts reads 个 as a unit' },
  { after: '3个千亿元台阶，', opts: POSTS, value: [], why: '个 followed by more words is a measure word' },
  { after: '提高0.5个百分点。', opts: POSTS, growth: [], value: [], why: '个 of 个百分点 is no unit of posts' },
  { after: '1300亿斤以上、力争比去年实现更多增长', value: [[1300, null, 'at_least', '亿斤']] },
  // national reports of the 1950s–1990s
  { after: '5%左右', opts: GROWTH_NAME, growth: [[5, null, 'about', '%']], why: '经济增长5%左右: the name is a growth' },
  { after: '预期为7％左右', opts: GROWTH_NAME, growth: [[7, null, 'about', '%']] },
  { after: '的调控目标定为８％', opts: GROWTH_NAME, growth: [[8, null, null, '%']] },
  { after: '的宏观调控目标，定为百分之八至九', opts: GROWTH_NAME, growth: [[8, 9, 'range', '%']] },
  { after: '计划增长百分之八', growth: [[8, null, null, '%']] },
  { after: '增长百分之十二点三，', growth: [[12.3, null, null, '%']] },
  { after: '预定增长1 0 ％或者更多一些', growth: [[10, null, 'at_least', '%']], why: 'digits spaced one by one are joined by the cleaner' },
  { after: '调控目标为２５３００亿元', value: [[25300, null, null, '亿元']] },
  { after: '稳定在4 9 2 5 0 万吨', value: [[49250, null, null, '万吨']] },
  { after: '34，250万吨', value: [[34250, null, null, '万吨']], why: 'a thousands separator written as a full-width comma' },
  { after: '预计将达到４６０亿元，比上年增长１５％', value: [[460, null, null, '亿元']], growth: [[15, null, null, '%']] },
  { after: '将要达到３，９８９亿斤，比１９５５年增长８．４％', value: [[3989, null, null, '亿斤']], growth: [[8.4, null, null, '%']] },
  { after: '将达到六百五十亿元，比一九五八年的五百四十八亿元增长百分之十九', value: [[650, null, null, '亿元']], growth: [[19, null, null, '%']], why: 'the base of the comparison is not the figure' },
  { after: '的指标为三千九百二十亿斤，比上一年增加二百二十亿斤，增长百分之五点九；', value: [[3920, null, null, '亿斤']], growth: [[5.9, null, null, '%']], why: 'an absolute increase is skipped' },
  { after: '安排为一百一十亿元，比上一年增长百分之八点六', value: [[110, null, null, '亿元']], growth: [[8.6, null, null, '%']] },
  { after: '比1956年增长近百分之二', growth: [[2, null, 'about', '%']] },
  { after: '七百多万人就业', value: [[700, null, 'at_least', '万人']] },
  { after: '五亿二千万吨', value: [[5.2, null, null, '亿吨']] },
  { after: '一万零五百亿斤', value: [[10500, null, null, '亿斤']] },
  { after: '由原定平均每年百分之六调高到百分之八至九', opts: GROWTH_NAME, growth: [[8, 9, 'range', '%']], avg: true, why: 'the old figure is where the change started' },
  // results as written in reviews
  { after: '突破３万亿元大关，比上年增长百分之十三点四', value: [[3, null, 'at_least', '万亿元']], growth: [[13.4, null, null, '%']] },
  { after: '达到5.53万亿元、稳居全国前十强、增长4.8%，', value: [[5.53, null, null, '万亿元']], growth: [[4.8, null, null, '%']] },
  { after: '突破3万亿元、年均增长4.7%，', value: [[3, null, 'at_least', '万亿元']], growth: [[4.7, null, null, '%']], avg: true },
  { after: '连跨两个万亿元台阶，年均增长5.7%、高于全国0.3个百分点', growth: [[5.7, null, null, '%']], avg: true },
  { after: '接近２４０００亿元，五年平均每年增长百分之七点九', value: [[24000, null, 'about', '亿元']], growth: [[7.9, null, null, '%']], avg: true },
  { after: '1987年达到10920亿元，按可比价格计算平均每年增长11.1%', value: [[10920, null, null, '亿元']], growth: [[11.1, null, null, '%']], avg: true },
  { after: '从2.77%提高到3.3%左右', opts: RATE, rate: [[3.3, null, 'about', '%']], why: 'where it started is not the figure' },
  { after: '从7248亿元提高到8865亿元', value: [[8865, null, null, '亿元']] },
  { after: '恢复到3100万吨以上', value: [[3100, null, 'at_least', '万吨']] },
  { after: '增长6.9%，达到82.7万亿元；', value: [[82.7, null, null, '万亿元']], growth: [[6.9, null, null, '%']], why: 'the level after its growth' },
  { after: '从1840亿元跃升至2460亿元以上，年均增长6.3%', value: [[2460, null, 'at_least', '亿元']], growth: [[6.3, null, null, '%']], avg: true },
  { after: '“十一五”时期年均增长12.9％', growth: [[12.9, null, null, '%']], avg: true, why: 'the plan named between the name and its figure' },
  { after: '由2010年的351.1亿元增加到2015年的670.8亿元，“十二五”期间年均增长10.6％', value: [[670.8, null, null, '亿元']], growth: [[10.6, null, null, '%']], avg: true },
  { after: '比2020年增长30%，年均增长5.4%', growth: [[30, null, null, '%'], [5.4, null, null, '%']], avg: true, why: 'a total since a base year beside an average' },
  { after: '达到６７７００多亿元，按可比价格计算，比上年增长９．７％', value: [[67700, null, 'at_least', '亿元']], growth: [[9.7, null, null, '%']] },
];

const NOTHING: Case[] = [
  { after: '增长与经济增长同步', why: 'qualitative' },
  { after: '实现正增长', why: 'no number' },
  { after: '占比保持在50%以上', why: 'a share, not growth' },
  { after: '增速连续4个月居全市首位', why: 'a count of months' },
  { after: '同比增加5天', why: 'a change in days' },
  { after: '稳量提质', why: 'no number' },
  { after: '1—11月增长9%', why: 'part of a year' },
  { after: '62.5', why: 'a bare number' },
  { after: '6.66万亿元', opts: GROWTH_NAME, why: '经济增长 followed by a value is not its figure' },
  { after: '结构优化，服务业占比达55%', why: 'a share after a clause of praise' },
];

describe('figures: the reader reads each phrasing in the corpus', () => {
  for (const c of READS) {
    it(`${c.after}${c.why ? ` (${c.why})` : ''}`, () => {
      const p = read(c.after, c.opts);
      expect(figs(p.growths)).toEqual(c.growth ?? []);
      expect(figs(p.values)).toEqual(c.value ?? []);
      expect(figs(p.rates)).toEqual(c.rate ?? []);
      expect(p.averageAnnual).toBe(c.avg ?? false);
    });
  }
});

describe('figures: nothing is read where the words are not a figure of the name', () => {
  for (const c of NOTHING) {
    it(`${c.after} (${c.why})`, () => {
      const p = read(c.after, c.opts);
      expect([...p.values, ...p.growths, ...p.rates]).toEqual([]);
    });
  }
});

describe('figures: a short name is not carried into the next clause', () => {
  it('reads the next clause only for a name that may carry over', () => {
    const after = '比去年有明显回落，力争控制在百分之十五左右';
    expect(figs(read(after, { ...PRICE }).rates)).toEqual([[15, null, 'about', '%']]);
    expect(read(after, { ...PRICE, carryOver: false }).rates).toEqual([]);
  });
});
