/**
 * An incremental scanner for the small, regular XML inside an XLSX (SpreadsheetML): text comes in
 * pieces, tags one by one, so a sheet of any size is read with memory for one tag at a time.
 * Entities are only the five predefined and numeric ones (no DTD, so no entity expansion attack);
 * a DOCTYPE is refused, as OOXML forbids it. Element names lose their namespace prefix.
 */

class XmlFormatError extends Error {}

export interface XmlHandler {
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Raw text between tags, possibly in several pieces; decode with `decodeXmlText` once whole. */
  text(raw: string): void;
  /** When false, text is skipped unread (the whitespace between tags, formulas): a sheet has much of it. */
  wantsText: boolean;
}

/** Longest tag we wait for: real ones are tens of characters. */
const MAX_TAG_CHARS = 64 * 1024;
const SLASH = 47;
const BANG = 33;
const QUESTION = 63;
const GT = 62;

function localName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** Index of the `>` closing the tag that starts at `from`, skipping quoted attribute values; -1 if not yet here. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === GT) return i;
  }
  return -1;
}

function isNameEnd(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === SLASH || code === GT;
}

export class XmlScanner {
  private rest = '';

  constructor(private readonly handler: XmlHandler) {}

  push(chunk: string): void {
    const s = this.rest ? this.rest + chunk : chunk;
    this.rest = '';
    const handler = this.handler;
    let i = 0;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) {
        if (i < s.length && handler.wantsText) handler.text(s.slice(i));
        return;
      }
      if (lt > i && handler.wantsText) handler.text(s.slice(i, lt));
      const next = this.markup(s, lt);
      if (next < 0) {
        this.rest = s.slice(lt);
        if (this.rest.length > MAX_TAG_CHARS) throw new XmlFormatError('tag too long');
        return;
      }
      i = next;
    }
  }

  end(): void {
    if (this.rest.trim()) throw new XmlFormatError('unterminated markup');
  }

  /** Handles the markup at `lt`; returns the index after it, or -1 when it is not complete yet. */
  private markup(s: string, lt: number): number {
    const kind = s.charCodeAt(lt + 1);
    if (kind === SLASH) {
      const gt = s.indexOf('>', lt + 2);
      if (gt < 0) return -1;
      const name = s.slice(lt + 2, gt);
      this.handler.close(localName(isNameEnd(name.charCodeAt(name.length - 1)) ? name.trimEnd() : name));
      return gt + 1;
    }
    if (kind === BANG || kind === QUESTION || Number.isNaN(kind)) return this.special(s, lt);
    const gt = tagEnd(s, lt + 1);
    if (gt < 0) return -1;
    const selfClosing = s.charCodeAt(gt - 1) === SLASH;
    let nameEnd = lt + 1;
    while (nameEnd < gt && !isNameEnd(s.charCodeAt(nameEnd))) nameEnd++;
    const attrsEnd = selfClosing ? gt - 1 : gt;
    this.handler.open(
      localName(s.slice(lt + 1, nameEnd)),
      nameEnd < attrsEnd ? s.slice(nameEnd, attrsEnd) : '',
      selfClosing,
    );
    return gt + 1;
  }

  /** Comments, CDATA, processing instructions; a DOCTYPE is refused. */
  private special(s: string, lt: number): number {
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4);
      return end < 0 ? -1 : end + 3;
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9);
      if (end < 0) return -1;
      // as escaped text, so that decoding gives the characters back unchanged
      if (this.handler.wantsText)
        this.handler.text(
          s
            .slice(lt + 9, end)
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;'),
        );
      return end + 3;
    }
    if (s.startsWith('<?', lt)) {
      const end = s.indexOf('?>', lt + 2);
      return end < 0 ? -1 : end + 2;
    }
    if (s.length - lt < 9) return -1;
    throw new XmlFormatError('DOCTYPE is not allowed');
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** XML entities, then the `_xHHHH_` escapes OOXML uses for characters XML cannot hold. */
export function decodeXmlText(raw: string): string {
  let text = raw;
  if (text.includes('&')) {
    text = text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
      if (entity[0] !== '#') return ENTITIES[entity] ?? whole;
      const code = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
  }
  if (text.includes('_x'))
    text = text.replace(/_x([0-9a-fA-F]{4})_/g, (_w, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}

const attrPatterns = new Map<string, RegExp>();

/** The value of attribute `name` (exact, with its prefix if it has one) in a tag's attribute text. */
export function attr(attrs: string, name: string): string | undefined {
  // the way every writer puts it, ` name="value"`, found without a regular expression (a sheet has millions)
  const marker = `${name}="`;
  for (let at = attrs.indexOf(marker); at >= 0; at = attrs.indexOf(marker, at + 1)) {
    if (at > 0 && !isNameEnd(attrs.charCodeAt(at - 1))) continue;
    const end = attrs.indexOf('"', at + marker.length);
    if (end < 0) break;
    const value = attrs.slice(at + marker.length, end);
    return value.includes('&') || value.includes('_x') ? decodeXmlText(value) : value;
  }
  if (!attrs.includes(name)) return undefined;
  let pattern = attrPatterns.get(name);
  if (!pattern) {
    pattern = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
    attrPatterns.set(name, pattern);
  }
  const match = pattern.exec(attrs);
  if (!match) return undefined;
  return decodeXmlText(match[1] ?? match[2] ?? '');
}
