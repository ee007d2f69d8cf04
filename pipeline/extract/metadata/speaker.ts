/**
 * The byline: 水磨沟区人民政府代区长 刘卫东, 区 长 王晓宇, 国务院总理 李强, 省长 卢东亮,
 * 新疆维吾尔自治区人民政府主席 艾尔肯·吐尼亚孜; in web copies it can stand after the 来源：/时间：
 * lines and a photo caption. Or only a photo caption names the speaker (省长某某在省十四届人大五次
 * 会议上作政府工作报告), or a bare name under the meeting line (周恩来). A report that only says
 * 我代表国务院 names nobody: the speaker stays null; a byline with the office and no name
 * (阿克苏地区行政公署专员) gives the title alone. The cleaner has already taken the spaces out
 * of the line.
 */
import { COMMON_SURNAMES } from '../../../schemas/reportGenre.ts';

export interface Speaker { speaker_name: string | null; speaker_title: string | null }

// 革命委员会主任/副主任: the head of a revolutionary committee (1967–1979), which gave the reports then
const OFFICES = '总理|省长|市长|区长|县长|旗长|州长|盟长|主席|专员|革命委员会副主任|革命委员会主任|革委会副主任|革委会主任';
const NAME = '[\\u4e00-\\u9fff]{1,4}(?:[·•．.][\\u4e00-\\u9fff]{1,8})*';
const BYLINE = new RegExp(`^(.{0,30}?)(代理?)?(${OFFICES})[\\s:：]*(${NAME})$`);
const ENDS_WITH_OFFICE = new RegExp(`(?:${OFFICES})$`);
const NAME_ALONE = new RegExp(`^${NAME}$`);
const CAPTION = new RegExp(`(?:^|[，。、\\s])([^，。、\\s]{0,20}?)(代理?)?(${OFFICES})(${NAME})(?:同志)?(?:在[^，。\\n]{0,30}?(?:会[议議]|大会)上|在会上)?(?:代表[^，。\\n]{0,16}?政府)?作(?:政府)?工作报告`);

export function findSpeaker(headerLines: string[], rawText: string): Speaker {
  // A byline may run over two lines: 某区人民政府区长 / 张三
  const candidates = headerLines.flatMap((l, i) => {
    const next = headerLines[i + 1]?.replace(/\s+/g, '') ?? '';
    return ENDS_WITH_OFFICE.test(l.replace(/\s+/g, '')) && NAME_ALONE.test(next) && next.length <= 5 ? [l + next, l] : [l];
  });
  for (const line of candidates) {
    const t = line.replace(/\s+/g, '');
    if (t.length > 40 || /报告|会议|代表/.test(t)) continue;
    const m = BYLINE.exec(t);
    if (m && validName(m[4])) return { speaker_name: m[4].replace(/[•．.]/g, '·'), speaker_title: office(m[1], m[2], m[3]) };
  }
  // Only a caption or a news lead above the salutation names the speaker.
  const salutation = rawText.search(/各位代表|各位人大代表/);
  const rawHeader = rawText.slice(0, salutation > 0 ? salutation : 3000).replace(/[ \u3000]+/g, '');
  const c = CAPTION.exec(rawHeader);
  if (c && validName(c[4])) return { speaker_name: c[4], speaker_title: office(c[1], c[2], c[3]) };
  // 阿克苏地区行政公署专员 alone, its name dropped by the copy (or standing apart: 周恩来)
  const title = officeAlone(headerLines);
  return { speaker_name: bareName(headerLines), speaker_title: title };
}

/** A byline of the government's office with no name after it: 某某地区行政公署专员, 某县人民政府县长. */
const OFFICE_ALONE = new RegExp(`^(.{1,30}?(?:人民政府|政府|行政公署|行署))(代理?)?(${OFFICES})$`);
function officeAlone(headerLines: string[]): string | null {
  for (const line of headerLines) {
    const m = OFFICE_ALONE.exec(line.replace(/\s+/g, ''));
    if (m && !/报告|会议|代表/.test(m[1])) return office(m[1], m[2], m[3]);
  }
  return null;
}

/**
 * A name alone on a line, under the meeting line or just above the salutation (周恩来), with a
 * common surname: the speaker, whose office the text does not give.
 */
function bareName(headerLines: string[]): string | null {
  const lines = headerLines.map((l) => l.replace(/\s+/g, '')).filter(Boolean);
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i];
    if (!/^[\u4e00-\u9fff]{2,4}$/.test(l) || !hasCommonSurname(l) || !validName(l)) continue;
    const afterMeeting = i > 0 && /人民代表大会|人大/.test(lines[i - 1]) && /会[议議]/.test(lines[i - 1]);
    const last = i === lines.length - 1;
    if (afterMeeting || (last && lines.some((x) => /人民代表大会|人大/.test(x)))) return l;
  }
  return null;
}

const hasCommonSurname = (name: string) => COMMON_SURNAMES.has(name.slice(0, 2)) || COMMON_SURNAMES.has(name[0]);

function validName(n: string): boolean {
  if (!n || n.length < 2 || n.length > 20) return false;
  return !/^(同志|作|在|的|人民|政府|工作|报告|代表)/.test(n) && !/(政府|人民|委员会|会议)/.test(n);
}

/** Office as the contract names it: the region prefix goes, 自治区 stays with 主席. */
function office(prefix: string, acting: string | undefined, base: string): string {
  const act = acting ? '代' : '';
  if (base === '总理') return `${act}国务院总理`;
  if (base === '主席' && /自治区/.test(prefix)) return `${act}自治区主席`;
  if (base === '主席') return `${act}主席`;
  // 市革命委员会副主任: the committee's level stays with it (a 主任 heads a committee of any level)
  if (/^革(?:命委员|委)会/.test(base)) return `${act}${/(省|自治区|市|地区|州|盟|县|区|旗)$/.exec(prefix)?.[1] ?? ''}${base}`;
  return `${act}${base}`;
}
