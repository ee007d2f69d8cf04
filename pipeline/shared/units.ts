/**
 * Units as reports write them → a base unit and a factor: 亿元 → yuan × 1e8, 万人 → person × 1e4.
 * Shared by indicators and quantities so that both normalise the same way.
 */
export interface UnitInfo { base: string; factor: number }

const TABLE: Record<string, UnitInfo> = {};
const money: Array<[string, number]> = [['万亿元', 1e12], ['千亿元', 1e11], ['亿元', 1e8], ['千万元', 1e7], ['百万元', 1e6], ['万元', 1e4], ['千元', 1e3], ['元', 1]];
for (const [u, f] of money) TABLE[u] = { base: 'yuan', factor: f };
for (const [u, f] of [['亿美元', 1e8], ['万美元', 1e4], ['美元', 1]] as const) TABLE[u] = { base: 'usd', factor: f };
for (const [u, f] of [['亿人次', 1e8], ['万人次', 1e4], ['人次', 1]] as const) TABLE[u] = { base: 'person_time', factor: f };
for (const [u, f] of [['亿人', 1e8], ['万人', 1e4], ['人', 1], ['名', 1]] as const) TABLE[u] = { base: 'person', factor: f };
for (const [u, f] of [['万户', 1e4], ['户', 1]] as const) TABLE[u] = { base: 'household', factor: f };
for (const [u, f] of [['万家', 1e4], ['家', 1]] as const) TABLE[u] = { base: 'entity', factor: f };
for (const [u, f] of [['亿吨', 1e8], ['万吨', 1e4], ['吨', 1]] as const) TABLE[u] = { base: 'ton', factor: f };
for (const [u, f] of [['万亿斤', 5e11], ['亿斤', 5e7], ['万斤', 5e3], ['斤', 0.5], ['万公斤', 1e4], ['公斤', 1], ['千克', 1]] as const) TABLE[u] = { base: 'kg', factor: f };
for (const [u, f] of [['万亩', 1e4], ['亩', 1]] as const) TABLE[u] = { base: 'mu', factor: f };
for (const [u, f] of [['公顷', 1], ['万公顷', 1e4]] as const) TABLE[u] = { base: 'hectare', factor: f };
for (const [u, f] of [['平方公里', 1e6], ['万平方米', 1e4], ['平方米', 1], ['平米', 1], ['万平米', 1e4], ['㎡', 1]] as const) TABLE[u] = { base: 'm2', factor: f };
for (const [u, f] of [['万公里', 1e4], ['公里', 1], ['千米', 1], ['米', 0.001], ['万米', 10], ['km', 1]] as const) TABLE[u] = { base: 'km', factor: f };
for (const [u, f] of [['%', 1], ['个百分点', 1]] as const) TABLE[u] = { base: u === '%' ? 'percent' : 'percentage_point', factor: f };
for (const [u, f] of [['天', 1], ['个工作日', 1]] as const) TABLE[u] = { base: 'day', factor: f };
for (const [u, f] of [['年', 1]] as const) TABLE[u] = { base: 'year', factor: f };
for (const [u, f] of [['个月', 1]] as const) TABLE[u] = { base: 'month', factor: f };
for (const [u, f] of [['小时', 1]] as const) TABLE[u] = { base: 'hour', factor: f };
for (const [u, f] of [['万千瓦', 1e4], ['千瓦', 1], ['万千瓦时', 1e4], ['千瓦时', 1], ['亿千瓦时', 1e8]] as const) TABLE[u] = { base: u.endsWith('时') ? 'kwh' : 'kw', factor: f };
for (const [u, f] of [['万立方米', 1e4], ['立方米', 1], ['亿立方米', 1e8], ['方', 1], ['万方', 1e4]] as const) TABLE[u] = { base: 'm3', factor: f };
for (const [u, f] of [['万头', 1e4], ['头', 1], ['万只', 1e4], ['只', 1]] as const) TABLE[u] = { base: 'head', factor: f };
for (const [u, f] of [['万辆', 1e4], ['辆', 1]] as const) TABLE[u] = { base: 'vehicle', factor: f };
for (const [u, f] of [['万株', 1e4], ['株', 1], ['万棵', 1e4], ['棵', 1]] as const) TABLE[u] = { base: 'plant', factor: f };
for (const [u, f] of [['万套', 1e4], ['套', 1]] as const) TABLE[u] = { base: 'set', factor: f };
for (const [u, f] of [['万张', 1e4], ['张', 1]] as const) TABLE[u] = { base: 'sheet', factor: f };
for (const [u, f] of [['万盏', 1e4], ['盏', 1]] as const) TABLE[u] = { base: 'lamp', factor: f };
for (const [u, f] of [['万件', 1e4], ['件', 1], ['万个', 1e4], ['个', 1], ['项', 1], ['所', 1], ['座', 1], ['条', 1], ['处', 1], ['支', 1], ['场', 1], ['次', 1], ['批', 1], ['台', 1], ['栋', 1], ['幢', 1], ['宗', 1], ['期', 1], ['届', 1], ['位', 1], ['类', 1], ['村', 1], ['款', 1], ['部', 1], ['篇', 1], ['本', 1], ['组', 1], ['轮', 1], ['倍', 1], ['连增', 1], ['连冠', 1], ['连降', 1], ['万次', 1e4], ['场次', 1]] as const) {
  TABLE[u] = { base: u === '倍' || u.startsWith('连') ? 'times' : 'item', factor: f };
}

export function unitInfo(unit: string): UnitInfo | null {
  return TABLE[unit] ?? null;
}

/** All units, longest first: the alternation a scanner can use. */
export const UNIT_PATTERN = Object.keys(TABLE).sort((a, b) => b.length - a.length).map((u) => u.replace(/[%.*+?^${}()|[\]\\]/g, '\\$&')).join('|');

export function normalise(value: number, unit: string): { value_normalized: number | null; unit_normalized: string | null } {
  const u = unitInfo(unit);
  if (!u) return { value_normalized: null, unit_normalized: null };
  return { value_normalized: round(value * u.factor), unit_normalized: u.base };
}

/**
 * Rounds away binary noise (1.8 × 1e4 = 18000.000000000004). Whole numbers, most of what it sees
 * (2023年, 5%, 3个), have none and skip the string round trip.
 */
export const round = (x: number) => (Number.isInteger(x) && x !== 0 && Math.abs(x) < 1e12 ? x : Number.parseFloat(x.toPrecision(12)));
