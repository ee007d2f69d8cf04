/**
 * Raw files as people collect them, made from a report's text: a government site's saved web page
 * and a Discuz forum thread (UTF-8 or GBK), a PDF with a CJK font, running headers, page numbers
 * and hard line breaks (pdfkit, Noto Sans SC from an npm package), a scanned-only PDF, encrypted
 * and broken PDFs, and a Word .docx (the `docx` package). The ingest tests and `make bench` use
 * them; nothing here is read by the pipeline.
 */
import { deflateSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import iconv from 'iconv-lite';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Lines of a report's text, each marked as a heading (1 = part, 2 = numbered item) or a paragraph. */
export function reportBlocks(text: string): Array<{ text: string; heading: 0 | 1 | 2 }> {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const salutation = lines.findIndex((l) => /^各位代表/.test(l));
  return lines.map((l, i) => {
    if (i <= salutation) return { text: l, heading: 0 as const };
    if (/^[一二三四五六七八九十]{1,3}、/.test(l) && l.length <= 40) return { text: l, heading: 1 as const };
    if (/^[（(][一二三四五六七八九十]{1,3}[）)]/.test(l) && l.length <= 40) return { text: l, heading: 2 as const };
    if (l.length <= 20 && !/[，。；：！？,;:]/.test(l)) return { text: l, heading: 1 as const };
    return { text: l, heading: 0 as const };
  });
}

export interface PageOptions {
  /** The page's own headline (shown above the report, as news and government sites do). */
  headline: string;
  /** The site: its name appears in the menu, footer and <title>. */
  site: string;
  charset: 'utf-8' | 'gbk';
  /** How the charset is declared: <meta charset>, the old http-equiv form, or not at all. */
  declare?: 'meta' | 'http-equiv' | 'none';
  /** Headings as <h2>/<h3> (default) or as <p><strong> as many CMSs write them. */
  headings?: 'h' | 'strong';
}

function head(o: PageOptions): string {
  const cs = o.charset === 'gbk' ? 'gb2312' : 'utf-8';
  const decl = o.declare === 'none' ? '' : o.declare === 'http-equiv' ? `<meta http-equiv="Content-Type" content="text/html; charset=${cs}">` : `<meta charset="${cs}">`;
  return `<!DOCTYPE html>\n<html lang="zh-CN">\n<head>\n${decl}\n<title>${escape(o.headline)}_${escape(o.site)}</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<link rel="stylesheet" href="/css/style.css">\n<script type="text/javascript">var _hmt = _hmt || []; (function() { var hm = document.createElement("script"); hm.src = "https://hm.example/hm.js?1"; })();</script>\n<style>.nav li{float:left}</style>\n</head>\n`;
}

/** A government site's article page: menu, breadcrumb, info line, the report, share bar, related links, footer. */
export function govPage(text: string, o: PageOptions): Buffer {
  const body = reportBlocks(text).map((b) => {
    const t = escape(b.text);
    if (b.heading && o.headings !== 'strong') return b.heading === 1 ? `<h2>${t}</h2>` : `<h3>${t}</h3>`;
    if (b.heading) return `<p style="text-indent:2em"><strong>${t}</strong></p>`;
    return `<p style="text-indent:2em;">&nbsp;&nbsp;${t}</p>`;
  });
  const html = `${head(o)}<body>
<div class="top"><div class="w1200"><span>今天是：2023年2月10日 星期五</span><a href="/">设为首页</a> | <a href="#">加入收藏</a> | <a href="/wza">无障碍</a> | <a href="/en">English</a></div></div>
<div class="header"><img src="/images/logo.png" alt="${escape(o.site)}"><form class="search"><input type="text" placeholder="请输入关键字"><button>搜索</button></form></div>
<ul class="nav"><li><a href="/">网站首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li><li><a href="/zjxq">走进${escape(o.site.slice(0, 4))}</a></li></ul>
<div class="main w1200">
<div class="position">您现在的位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zwgk/gzbg">政府工作报告</a></div>
<div class="article">
<h1 class="title">${escape(o.headline)}</h1>
<div class="info"><span>来源：${escape(o.site)}</span> <span>发布时间：2023-02-10 10:21</span> <span>浏览次数：<b id="hits">3586</b></span> <span>【字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</span></div>
<div class="content" id="zoom">
${body.join('\n')}
</div>
<div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
</div>
<div class="related"><h4>相关报道：</h4><ul>
<li><a href="/a/1.html">${escape(o.site.slice(0, 4))}召开政府常务会议 研究部署2023年重点工作</a><span>2023-01-30</span></li>
<li><a href="/a/2.html">图解：一图读懂2023年《政府工作报告》</a><span>2023-02-09</span></li>
<li><a href="/a/3.html">人大代表热议政府工作报告：实干笃行开新局</a><span>2023-02-09</span></li>
</ul></div>
</div>
<div class="footer"><p><a href="/about">关于我们</a> | <a href="/map">网站地图</a> | <a href="/contact">联系我们</a></p>
<p>主办：${escape(o.site)}办公室 承办：${escape(o.site)}大数据中心</p>
<p>版权所有：${escape(o.site)} 网站标识码：6501050001 新ICP备12001234号-1 <img src="/gaba.png">新公网安备 65010502000123号</p>
<p>联系电话：0991-4661234 地址：乌鲁木齐市南湖东路</p></div>
<script>document.getElementById('hits').innerText = '3587';</script>
</body>
</html>
`;
  return encodeAs(html, o.charset);
}

/** A Discuz! X thread page: header, thread title, the poster's user panel, the post with <br> lines, replies box, footer. */
export function forumPage(text: string, o: PageOptions): Buffer {
  const post = reportBlocks(text).map((b) => `${escape(b.text)}<br />\r\n<br />\r\n`).join('');
  const html = `${head(o)}<body id="nv_forum" class="pg_viewthread">
<div id="toptb"><div class="wp"><div class="z"><a href="javascript:;">设为首页</a><a href="javascript:;">收藏本站</a></div><div class="y"><a href="member.php?mod=logging&amp;action=login">登录</a> | <a href="member.php?mod=register">立即注册</a></div></div></div>
<div id="hd"><div class="wp"><h2><a href="./"><img src="static/image/common/logo.png" alt="${escape(o.site)}"></a></h2><ul id="nv"><li><a href="forum.php">论坛</a></li><li><a href="home.php">家园</a></li><li><a href="misc.php?mod=ranklist">排行榜</a></li></ul></div></div>
<div id="pt" class="bm cl"><div class="z"><a href="./">${escape(o.site)}</a> <em>&rsaquo;</em> <a href="forum.php">论坛</a> <em>&rsaquo;</em> <a href="forum-2-1.html">政府工作报告</a> <em>&rsaquo;</em> 查看内容</div></div>
<div id="ct" class="wp cl">
<div class="pl bm"><table cellspacing="0" cellpadding="0"><tr>
<td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">查看:</span> <span class="xi1">776</span><span class="pipe">|</span><span class="xg1">回复:</span> <span class="xi1">0</span></div></td>
<td class="plc ptm pbn vwthd"><h1 class="ts"><a href="forum-2-1.html">[新疆]</a> <span id="thread_subject">${escape(o.headline)}</span></h1><span class="xg1"><a href="#">[复制链接]</a></span></td>
</tr></table></div>
<div id="postlist" class="pl bm"><div id="post_1"><table id="pid1" class="plhin" cellspacing="0" cellpadding="0"><tr>
<td class="pls" rowspan="2"><div class="pi"><div class="authi"><a href="space-uid-1.html" class="xw1">admin</a></div></div>
<div class="p_pop blk bui card_gender_0"><div class="m z"><div id="userinfo1_ma"></div></div><div class="i y"><div><strong><a href="space-uid-1.html" class="xi2">admin</a></strong> <em>当前离线</em></div>
<dl class="cl"><dt>积分</dt><dd>148199</dd></dl></div></div>
<div class="qdsmile"><li><center>TA的每日心情</center><img src="source/plugin/dsu_paulsign/img/emot/fendou.gif"><font>奋斗</font><br>昨天 20:03</li></div>
<p>签到天数: 734 天</p><p><a href="#">[LV.9]以坛为家II</a></p>
<div class="tns xg2"><table cellspacing="0" cellpadding="0"><tr><th><p><a href="#" class="xi2">1万</a></p>主题</th><th><p><a href="#" class="xi2">1万</a></p>帖子</th><td><p><a href="#" class="xi2">14万</a></p>积分</td></tr></table></div>
<p><em><a href="#">版主</a></em></p><p><span>Rank: 7Rank: 7Rank: 7</span></p>
<dl class="pil cl"><dt>积分</dt><dd><a href="#" class="xi2">148199</a></dd></dl></td>
<td class="plc"><div class="pi"><div class="pti"><div class="authi"><em id="authorposton1">发表于 2022-7-28 17:05:30</em><span class="pipe">|</span><a href="#">显示全部楼层</a><span class="pipe">|</span><a href="#">阅读模式</a></div></div></div>
<div class="pct"><div class="pcb"><div class="t_fsz"><table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_1">
${post}</td></tr></table></div></div></div></td></tr>
<tr><td class="plc plm"></td></tr></table></div></div>
<div id="f_pst" class="pl bm bmw"><form method="post"><table cellspacing="0" cellpadding="0"><tr><td class="pls"></td><td class="plc"><div class="pbt"></div><div class="pt hm">您需要登录后才可以回帖 <a href="member.php?mod=logging">登录</a> | <a href="member.php?mod=register">立即注册</a></div><p class="ptm pnpost"><a href="#" class="y">本版积分规则</a></p></td></tr></table></form></div>
</div>
<div id="ft" class="wp cl"><div id="flk" class="y"><p><a href="#">客服中心</a><span class="pipe">|</span><a href="#">Archiver</a><span class="pipe">|</span><a href="#">手机版</a><span class="pipe">|</span><a href="#">小黑屋</a></p></div>
<div id="frt"><p>Powered by <strong><a href="#">Discuz!</a></strong> <em>X3.4</em></p><p class="xs0">&copy; 2001-2017 <a href="#">Comsenz Inc.</a></p></div>
<div class="kf"><p>在线时间：</p><p>周一~周五</p><p>9:00-18:00</p><p>联系电话：</p><p>010-63691786</p></div></div>
<div id="scrolltop"><span><a href="#" class="replyfast">快速回复</a></span><span><a href="#" class="scrolltopa">返回顶部</a></span><span><a href="forum-2-1.html" class="returnlist">返回列表</a></span></div>
</body>
</html>
`;
  return encodeAs(html, o.charset);
}

function encodeAs(html: string, charset: 'utf-8' | 'gbk'): Buffer {
  return charset === 'gbk' ? iconv.encode(html, 'gbk') : Buffer.from(html, 'utf8');
}

const requireHere = createRequire(import.meta.url);
/** Noto Sans SC (OFL), shipped whole in an npm package: pdfkit embeds the subset a file uses. */
export const CJK_FONT = join(dirname(requireHere.resolve('@embedpdf/fonts-sc')), '..', 'fonts', 'NotoSansHans-Regular.otf');

export interface PdfOptions {
  /** The running header printed at the top of every page after the first … */
  header: string;
  /** … and on the first page too. */
  headerOnFirstPage?: boolean;
  /** userPassword: the file opens only with it (an encrypted PDF). */
  userPassword?: string;
  /** ownerPassword alone: permissions restricted, the text still readable without a password. */
  ownerPassword?: string;
}

/**
 * A report as a word processor prints it to PDF: A4 pages, paragraphs wrapped into lines at the
 * page width (each line its own text run, so the text layer has hard line breaks inside
 * sentences), a running header and a centred page number (— 3 —) on every page.
 */
export async function reportPdf(text: string, o: PdfOptions): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4', margins: { top: 80, bottom: 80, left: 80, right: 80 }, bufferPages: true,
    info: { Title: o.header, Producer: 'WPS 文字', Creator: 'WPS 文字' },
    ...(o.userPassword || o.ownerPassword ? { userPassword: o.userPassword, ownerPassword: o.ownerPassword ?? 'owner', permissions: { printing: 'highResolution' as const, copying: false, modifying: false }, pdfVersion: '1.7' as const } : {}),
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((r) => doc.on('end', () => r()));
  doc.registerFont('cjk', CJK_FONT);
  doc.font('cjk');
  for (const b of reportBlocks(text)) {
    doc.fontSize(b.heading ? 14 : 12).text(b.text, { indent: b.heading ? 0 : 24, lineGap: 5, paragraphGap: 8, align: b.heading ? 'left' : 'justify' });
  }
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 }; // header and footer sit in the margins
    if (i > range.start || o.headerOnFirstPage) doc.fontSize(9).text(o.header, 80, 45, { width: 435, align: 'center', lineBreak: false });
    doc.fontSize(10).text(`— ${i + 1} —`, 80, 790, { width: 435, align: 'center', lineBreak: false });
    doc.page.margins = margins;
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** A scanned report: every page one greyscale image, no text layer at all. */
export async function scannedPdf(pages = 3): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({ size: 'A4', margin: 0 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const ended = new Promise<void>((r) => doc.on('end', () => r()));
  for (let p = 0; p < pages; p++) {
    if (p) doc.addPage();
    doc.image(scanImage(420, 594, p), 0, 0, { width: 595, height: 842 });
  }
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** A PNG that looks like a scanned page: light paper noise and dark bars where lines of text were. */
function scanImage(w: number, h: number, seed: number): Buffer {
  const raw = Buffer.alloc((w + 1) * h);
  let s = seed * 7919 + 17;
  const rnd = () => ((s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  for (let y = 0; y < h; y++) {
    raw[y * (w + 1)] = 0; // filter: none
    const textRow = y > 50 && y < h - 50 && y % 14 < 8;
    for (let x = 0; x < w; x++) {
      const ink = textRow && x > 40 && x < w - 40 && rnd() < 0.45;
      raw[y * (w + 1) + 1 + x] = ink ? 40 + Math.floor(rnd() * 60) : 235 + Math.floor(rnd() * 20);
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 0; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(b: Buffer): number {
  let c = ~0;
  for (const byte of b) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

/** A report as a Word document: title and headings in Word's heading styles, one paragraph per paragraph. */
export async function reportDocx(text: string): Promise<Buffer> {
  const { Document, HeadingLevel, Packer, Paragraph, TextRun } = await import('docx');
  const blocks = reportBlocks(text);
  const doc = new Document({
    creator: 'govreports tests',
    sections: [{
      children: blocks.map((b, i) => b.heading
        ? new Paragraph({ heading: b.heading === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2, children: [new TextRun(b.text)] })
        : i === 0 ? new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(b.text)] })
        : new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun({ text: b.text, font: { eastAsia: '仿宋_GB2312' } })] })),
    }],
  });
  return Packer.toBuffer(doc);
}
