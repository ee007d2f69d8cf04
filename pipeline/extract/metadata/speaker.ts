/**
 * The byline: 水磨沟区人民政府代区长 刘卫东, 区 长 王晓宇, 国务院总理 李强,
 * 新疆维吾尔自治区人民政府主席 艾尔肯·吐尼亚孜, or only a photo caption
 * (省长某某作政府工作报告). The cleaner has already taken the spaces out of the line.
 */
export interface Speaker { speaker_name: string | null; speaker_title: string | null }

const OFFICES = '总理|省长|市长|区长|县长|旗长|州长|盟长|主席|专员';
const NAME = '[\\u4e00-\\u9fff]{1,4}(?:[·•．.][\\u4e00-\\u9fff]{1,8})*';
const BYLINE = new RegExp(`^(.{0,30}?)(代理?)?(${OFFICES})[\\s:：]*(${NAME})$`);
const CAPTION = new RegExp(`(?:^|[，。、\\s])([^，。、\\s]{0,20}?)(代理?)?(${OFFICES})(${NAME}?)(?:同志)?(?:在会上)?作(?:政府)?工作报告`);

export function findSpeaker(headerLines: string[], rawText: string): Speaker {
  // A byline may run over two lines: 某区人民政府区长 / 张三
  const candidates = headerLines.flatMap((l, i) => {
    const next = headerLines[i + 1]?.replace(/\s+/g, '') ?? '';
    return new RegExp(`(?:${OFFICES})$`).test(l.replace(/\s+/g, '')) && new RegExp(`^${NAME}$`).test(next) && next.length <= 5 ? [l + next, l] : [l];
  });
  for (const line of candidates) {
    const t = line.replace(/\s+/g, '');
    if (t.length > 40 || /报告|会议|代表/.test(t)) continue;
    const m = BYLINE.exec(t);
    if (m && validName(m[4])) return { speaker_name: m[4].replace(/[•．.]/g, '·'), speaker_title: office(m[1], m[2], m[3]) };
  }
  // Only a caption or a news lead names the speaker.
  const c = CAPTION.exec(rawText.slice(0, 20000).replace(/[ \u3000]+/g, ''));
  if (c && c[4] && validName(c[4])) return { speaker_name: c[4], speaker_title: office(c[1], c[2], c[3]) };
  return { speaker_name: null, speaker_title: null };
}

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
  return `${act}${base}`;
}
