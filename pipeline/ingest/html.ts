/**
 * A saved web page → the report's text. htmlparser2 parses the page (with each node's place in the
 * source); Mozilla's Readability (Firefox's reader view), run on a linkedom DOM of the same page,
 * decides which elements are the article; the text is then written from the parsed page itself,
 * one line per block (paragraph, heading, list item, table row, <br>), headings marked `#` as
 * markdown does so that the cleaner keeps them as headings. Every element or text Readability
 * left out that shows any text (menus, breadcrumbs, share bars, 相关报道, footers, a forum's user
 * panel) is returned as dropped, with its span in the decoded source, for the repairs table.
 */
import { Readability } from '@mozilla/readability';
import type { ChildNode, Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { parseHTML } from 'linkedom';

export interface Dropped {
  /** UTF-16 offsets of the element or text in the decoded source. */
  start: number;
  end: number;
  /** Its text as a reader would have seen it. */
  text: string;
}

export interface HtmlText {
  text: string;
  dropped: Dropped[];
  /** Whether Readability found the article; when it did not, the whole page's text is kept. */
  extracted: boolean;
}

/** Elements whose content is never text a reader sees. */
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'canvas', 'select', 'textarea', 'audio', 'video', 'map']);
/** Elements that begin and end a line of their own. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu',
  'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);
const CELL = new Set(['td', 'th']);

/** The page's text, main content only (Readability), with what was left out. */
export function htmlToText(source: string): HtmlText {
  const dom = parseDocument(source, { withStartIndices: true, withEndIndices: true, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const elements: Element[] = [];
  collect(dom, elements);
  const kept = mainContent(source, elements);
  if (!kept) return { ...render(dom, null, source.length), extracted: false };
  return { ...render(dom, kept, source.length), extracted: true };
}

/** Text of an HTML fragment with nothing left out (a .docx through mammoth). */
export function htmlFragmentText(html: string): string {
  return render(parseDocument(html, { decodeEntities: true }), null, html.length).text;
}

function collect(node: Document | Element, out: Element[]) {
  for (const c of node.children) {
    if (c.type === 'tag' || c.type === 'script' || c.type === 'style') {
      out.push(c as Element);
      collect(c as Element, out);
    }
  }
}

/**
 * The elements Readability keeps. Each element of the source is tagged with its number (an
 * attribute written into its start tag, data-gr-N: the number is in the name, as Readability
 * copies a wrapper's attributes onto the child that replaces it, and a value would be
 * overwritten), so the article Readability returns names them; the
 * page's headline (the <h1> that Readability takes for the title and leaves out of the article)
 * is kept too, as it is the report's title more often than not.
 */
function mainContent(source: string, elements: Element[]): Set<Element> | null {
  const parts: string[] = [];
  let pos = 0;
  elements.forEach((el, i) => {
    const at = el.startIndex;
    if (at === null || source.charCodeAt(at) !== 0x3c /* < */) return;
    const nameEnd = at + 1 + el.name.length;
    parts.push(source.slice(pos, nameEnd), ` data-gr-${i}`);
    pos = nameEnd;
  });
  parts.push(source.slice(pos));
  const { document } = parseHTML(parts.join(''));
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 200 }).parse();
  if (!article?.content) return null;
  const kept = new Set<Element>();
  for (const m of article.content.matchAll(/\bdata-gr-(\d+)/g)) kept.add(elements[Number(m[1])]);
  if (!kept.size) return null;
  const title = (article.title ?? '').replace(/\s+/g, '');
  const firstKept = elements.findIndex((e) => kept.has(e));
  for (let i = 0; i < firstKept; i++) {
    const e = elements[i];
    if (e.name !== 'h1') continue;
    const t = textOf(e).replace(/\s+/g, '');
    if (t.length >= 4 && title.includes(t)) {
      kept.add(e);
      for (let j = i + 1; j < elements.length && within(elements[j], e); j++) kept.add(elements[j]);
      break;
    }
  }
  return kept;
}

const within = (inner: Element, outer: Element) => (inner.startIndex ?? 0) > (outer.startIndex ?? 0) && (inner.endIndex ?? 0) <= (outer.endIndex ?? 0);

function textOf(node: ChildNode | Document): string {
  if (node.type === 'text') return node.data;
  if (!('children' in node) || (node.type !== 'tag' && node.type !== 'root')) return '';
  if (node.type === 'tag' && HIDDEN.has(node.name)) return '';
  return node.children.map(textOf).join('');
}

/**
 * Writes the text: `kept` null keeps everything; otherwise a text belongs to the article when
 * the element holding it does, and an element holding no kept text at all is one dropped span.
 */
function render(dom: Document, kept: Set<Element> | null, sourceLength: number): { text: string; dropped: Dropped[] } {
  const lines: string[] = [];
  const dropped: Dropped[] = [];
  let cur = '';
  let prefix = '';
  const flush = () => {
    const t = cur.replace(/[ \u00a0]+/g, ' ').replace(/^[ \u3000]+|[ \u3000]+$/g, '');
    if (t) lines.push(prefix + t);
    cur = '';
  };
  const holdsKept = new Map<Element, boolean>();
  const anyKept = (el: Element): boolean => {
    let v = holdsKept.get(el);
    if (v === undefined) {
      v = kept!.has(el) || el.children.some((c) => c.type === 'tag' && anyKept(c as Element));
      holdsKept.set(el, v);
    }
    return v;
  };
  const drop = (node: ChildNode) => {
    const text = visibleText(node);
    if (!text) return;
    const end = node.endIndex === null ? sourceLength : node.endIndex + 1;
    dropped.push({ start: node.startIndex ?? 0, end, text });
  };
  const walk = (node: ChildNode, parentKept: boolean) => {
    if (node.type === 'text') {
      if (parentKept) cur += node.data.replace(/[\t\n\r\f ]+/g, ' ');
      else if (kept && /\S/.test(node.data)) drop(node);
      return;
    }
    if (node.type !== 'tag') return; // comments, doctype, script, style
    const el = node as Element;
    if (HIDDEN.has(el.name)) return;
    if (kept && !anyKept(el)) {
      if (BLOCK.has(el.name) || el.name === 'br') flush();
      drop(el);
      return;
    }
    const elKept = !kept || kept.has(el);
    if (el.name === 'br') { flush(); return; }
    const block = BLOCK.has(el.name);
    const heading = /^h[1-6]$/.test(el.name) ? Number(el.name[1]) : 0;
    if (block) flush();
    if (heading) prefix = `${'#'.repeat(heading)} `;
    if (CELL.has(el.name) && cur && !cur.endsWith(' ')) cur += ' ';
    for (const c of el.children) walk(c, elKept);
    if (block) flush();
    if (heading) prefix = '';
  };
  for (const c of dom.children) walk(c, !kept);
  flush();
  return { text: lines.join('\n') + '\n', dropped };
}

/** The text of a node as lines, for a dropped span's `before`. */
function visibleText(node: ChildNode): string {
  const lines: string[] = [];
  let cur = '';
  const flush = () => {
    const t = cur.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (t) lines.push(t);
    cur = '';
  };
  const walk = (n: ChildNode) => {
    if (n.type === 'text') { cur += n.data; return; }
    if (n.type !== 'tag') return;
    const el = n as Element;
    if (HIDDEN.has(el.name)) return;
    if (el.name === 'br') { flush(); return; }
    const block = BLOCK.has(el.name);
    if (block) flush();
    if (CELL.has(el.name)) cur += ' ';
    for (const c of el.children) walk(c);
    if (block) flush();
  };
  walk(node);
  flush();
  return lines.join('\n');
}
