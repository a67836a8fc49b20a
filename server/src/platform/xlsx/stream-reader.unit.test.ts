/**
 * The count of rows holding a value, taken on a sheet's bytes before any cell is read (ADR 0021):
 * at the cap, across chunk boundaries, and not fooled by what only looks like a row.
 */
import { describe, expect, it } from 'vitest';
import { ValueRowCounter, XlsxLimitError } from './stream-reader.js';

const valueRow = (r: number) =>
  `<row r="${r}" spans="1:2"><c r="A${r}" t="s"><v>${r}</v></c><c r="B${r}" t="inlineStr"><is><t>名称${r}</t></is></c></row>`;
const sheet = (rows: number, body = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet><dimension ref="A1:B2"/><sheetData>${Array.from({ length: rows }, (_, i) => valueRow(i + 1)).join('')}${body}</sheetData><rowBreaks count="2" manualBreakCount="2"><brk id="3" max="16383" man="1"/><brk id="9"/></rowBreaks></worksheet>`;

/** Feeds `xml` in pieces cut at `cuts` (byte offsets); returns the count or the refusal. */
function count(xml: string | Buffer, max: number, cuts: number[] = []): number | XlsxLimitError {
  const bytes = Buffer.isBuffer(xml) ? xml : Buffer.from(xml);
  const counter = new ValueRowCounter(max);
  try {
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      counter.push(bytes.subarray(from, cut));
      from = cut;
    }
    return counter.rows;
  } catch (error) {
    if (error instanceof XlsxLimitError) return error;
    throw error;
  }
}

describe('rows with values, counted on the bytes', () => {
  it('takes exactly the cap and refuses the row after it', () => {
    expect(count(sheet(50), 50)).toBe(50);
    expect(count(sheet(51), 50)).toMatchObject({ limit: 'rows', max: 50, where: '51 rows with values' });
  });

  it('counts the same wherever the chunks are cut, down to one byte at a time', () => {
    const xml = Buffer.from(
      sheet(3, '<!-- <row><c><v>1</v></c></row> --><x:row r="9"><x:c><x:v>1</x:v></x:c></x:row>'),
    );
    for (let cut = 0; cut <= xml.length; cut++) expect(count(xml, 10, [cut])).toBe(4);
    expect(
      count(
        xml,
        10,
        Array.from({ length: xml.length }, (_, i) => i),
      ),
    ).toBe(4);
    expect(
      count(
        xml,
        3,
        Array.from({ length: xml.length }, (_, i) => i),
      ),
    ).toMatchObject({ limit: 'rows' });
  });

  it('does not count <rowBreaks>, rows without a value, escaped text, comments, CDATA or processing instructions', () => {
    const lookalikes = [
      '<row r="20"/>', // a row with height or style only
      '<row r="21"><c r="A21" s="3"/><c r="B21" s="3"></c></row>', // formatted empty cells
      '<row r="22"><c r="A22" t="inlineStr"><is><t>&lt;row&gt;&lt;v&gt;1&lt;/v&gt;</t></is></c></row>', // one row, its text looks like more
      '<!-- <row><c><v>1</v></c></row> -->',
      '<![CDATA[<row><c><v>1</v></c></row>]]>',
      '<?pi <row><c><v>1</v></c></row> ?>',
      '<rows><vv/><iss/></rows>', // longer names that start like row, v, is
    ].join('');
    expect(count(sheet(2, lookalikes), 100)).toBe(3);
  });

  it('counts rows with a namespace prefix, and a row once however many values it holds', () => {
    const prefixed =
      '<x:worksheet xmlns:x="main"><x:sheetData><x:row r="1"><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row\tr="2"><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c></x:row></x:sheetData></x:worksheet>';
    expect(count(prefixed, 10)).toBe(2);
    expect(count(prefixed, 1)).toMatchObject({ limit: 'rows', max: 1 });
  });
});
