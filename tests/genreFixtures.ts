/**
 * Small realistic texts of the genre for the verdict, metadata and truncation tests: openings,
 * bodies and closings as reports of each decade and level word them. Written for the tests (not
 * copied from any one report); `body()` pads a text to a report's length with paragraphs of its
 * decade, so that the verdict's length floor never decides a fixture by accident.
 */

const PARAGRAPHS: Record<'1950s' | '1970s' | '1980s' | '1990s' | '2020s', string[]> = {
  '1950s': [
    '在过去的一年中，全国工人、农民和知识分子积极地参加了社会主义建设，工业生产和农业生产都有了新的增长，人民的物质生活和文化生活逐步地得到了改善。',
    '我们必须继续贯彻执行勤俭建国的方针，在一切部门中厉行节约，反对浪费，把有限的资金用到最需要的地方去，保证重点建设的完成。',
    '农业合作化以后，农村的生产关系发生了根本的变化，广大农民的生产积极性空前高涨，兴修水利、积肥造肥、改良土壤的群众运动正在各地蓬勃地展开。',
  ],
  '1970s': [
    '在毛主席革命路线指引下，全国各族人民团结战斗，工农业生产持续增长，社会主义建设事业取得了新的成就，市场繁荣，物价稳定。',
    '我们要认真贯彻执行抓革命、促生产的方针，把农业搞上去，加快发展基础工业，努力完成和超额完成国家计划规定的各项任务。',
    '各级革命委员会要加强领导，深入群众，调查研究，总结经验，把各项工作做得更好，为实现四个现代化的宏伟目标而努力工作。',
  ],
  '1980s': [
    '几年来，我们坚持调整、改革、整顿、提高的方针，国民经济在调整中稳步前进，农业生产连年丰收，轻工业发展较快，城乡人民的收入有了较多的增加。',
    '经济体制改革要坚持计划经济为主、市场调节为辅的原则，扩大企业自主权，搞活流通，疏通流通渠道，逐步建立起充满生机和活力的经济体制。',
    '我们要继续严格控制基本建设规模，集中必要的资金保证能源、交通等重点建设，同时加快现有企业的技术改造，努力提高经济效益。',
  ],
  '1990s': [
    '我们坚持以经济建设为中心，深化改革，扩大开放，国民经济保持了持续、快速、健康发展的势头，综合国力进一步增强，人民生活继续改善。',
    '要继续加强和改善宏观调控，把抑制通货膨胀作为宏观调控的首要任务，严格控制固定资产投资规模，加强农业这个国民经济的基础。',
    '国有企业改革要以建立现代企业制度为方向，转换经营机制，加强科学管理，增强企业活力，同时发展多种所有制经济。',
  ],
  '2020s': [
    '我们坚持以习近平新时代中国特色社会主义思想为指导，完整准确全面贯彻新发展理念，着力推动高质量发展，经济运行稳中向好，民生保障持续加强。',
    '坚持把发展经济的着力点放在实体经济上，加快建设现代化产业体系，推进新型工业化，培育壮大战略性新兴产业，提升产业链供应链韧性和安全水平。',
    '扎实推进共同富裕，办好民生实事，稳定和扩大就业，健全社会保障体系，推进健康城市建设，提升教育质量，让发展成果更多更公平惠及全体人民。',
  ],
};

export type Decade = keyof typeof PARAGRAPHS;

/** Paragraphs of a decade, about `chars` characters in all. */
export function body(decade: Decade, chars = 1800): string {
  const out: string[] = [];
  let n = 0;
  for (let i = 0; n < chars; i++) {
    const p = PARAGRAPHS[decade][i % PARAGRAPHS[decade].length];
    out.push(p);
    n += p.length;
  }
  return out.join('\n');
}

export const join = (...parts: string[]) => parts.filter((p) => p !== '').join('\n');
