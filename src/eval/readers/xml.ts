/**
 * A small, non-validating XML reader: enough for corpus files such as the
 * arg-microtexts graphs (elements, attributes, text, CDATA, comments,
 * processing instructions, the five predefined entities and character
 * references). No namespaces, no DTD processing.
 */

export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  /** The element's own text (CDATA and character data directly inside it), entities decoded. */
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the predefined entities and numeric character references. Unknown entities stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(cp) && cp >= 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

function parseAttrs(src: string, where: number): Record<string, string> {
  const attrs: Record<string, string> = {};
  const re = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(src))) {
    attrs[m[1]!] = decodeEntities(m[3] ?? m[4] ?? '');
  }
  const rest = src.replace(re, '').trim();
  if (rest !== '') throw new SyntaxError(`XML: cannot read attribute(s) "${rest}" near offset ${where}`);
  return attrs;
}

/** Parses a document and returns its root element. Throws a SyntaxError on malformed input. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlElement[] = [root];
  let i = 0;
  const top = (): XmlElement => stack[stack.length - 1]!;
  const until = (end: string, from: number): number => {
    const j = xml.indexOf(end, from);
    if (j < 0) throw new SyntaxError(`XML: unterminated construct at offset ${from}, expected "${end}"`);
    return j;
  };
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) {
      top().text += decodeEntities(xml.slice(i));
      break;
    }
    if (lt > i) top().text += decodeEntities(xml.slice(i, lt));
    if (xml.startsWith('<!--', lt)) {
      i = until('-->', lt + 4) + 3;
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const j = until(']]>', lt + 9);
      top().text += xml.slice(lt + 9, j);
      i = j + 3;
    } else if (xml.startsWith('<?', lt)) {
      i = until('?>', lt + 2) + 2;
    } else if (xml.startsWith('<!', lt)) {
      i = until('>', lt + 2) + 1;
    } else if (xml.startsWith('</', lt)) {
      const j = until('>', lt + 2);
      const name = xml.slice(lt + 2, j).trim();
      const open = stack.pop();
      if (!open || open === root || open.name !== name) throw new SyntaxError(`XML: unexpected </${name}> at offset ${lt}`);
      i = j + 1;
    } else {
      const j = until('>', lt + 1);
      let body = xml.slice(lt + 1, j);
      const selfClosing = body.endsWith('/');
      if (selfClosing) body = body.slice(0, -1);
      const m = /^([^\s/>]+)\s*([\s\S]*)$/.exec(body);
      if (!m) throw new SyntaxError(`XML: bad tag at offset ${lt}`);
      const el: XmlElement = { name: m[1]!, attrs: parseAttrs(m[2]!, lt), children: [], text: '' };
      top().children.push(el);
      if (!selfClosing) stack.push(el);
      i = j + 1;
    }
  }
  if (stack.length !== 1) throw new SyntaxError(`XML: unclosed <${top().name}>`);
  const els = root.children;
  if (els.length !== 1) throw new SyntaxError(`XML: expected one root element, found ${els.length}`);
  return els[0]!;
}
