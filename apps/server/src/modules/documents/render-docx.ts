/**
 * DocumentModel → .docx in the usual government layout (GB/T 9704-2012 as bureaus apply it to 执法文书): A4, margins
 * 37/35/28/26 mm, the agency and title in 方正小标宋简体 (宋体 for the agency line) 二号 centred, the number line,
 * body in 仿宋_GB2312 三号 with a fixed 28-point line (固定值28磅), first lines indented two characters, page
 * numbers "— 1 —" in 宋体 四号. The East Asian font names are declared on every run even where the fonts are absent:
 * Word then substitutes, and the bureau's machines, which have them, print as intended.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { DocumentBlock, DocumentModel } from '@quanze/domain';

/** Half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt. */
const SIZE = { title: 44, body: 32, footer: 28, table: 28 } as const;
const LINE = 560; // 28 pt in twentieths of a point
const mm = (n: number) => Math.round((n / 25.4) * 1440);

export const FONTS = {
  title: '方正小标宋简体',
  agency: '宋体',
  body: '仿宋_GB2312',
  heading: '黑体',
  latin: 'Times New Roman',
} as const;

const font = (eastAsia: string) => ({ ascii: FONTS.latin, hAnsi: FONTS.latin, eastAsia, cs: FONTS.latin, hint: 'eastAsia' });

function run(text: string, opts: { eastAsia?: string; size?: number; bold?: boolean } = {}): TextRun {
  const o: IRunOptions = { text, font: font(opts.eastAsia ?? FONTS.body), size: opts.size ?? SIZE.body, bold: opts.bold ?? false };
  return new TextRun(o);
}

const ALIGN = { left: AlignmentType.LEFT, right: AlignmentType.RIGHT, center: AlignmentType.CENTER } as const;
const spacing = { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function paragraph(text: string, opts: { indent?: boolean; align?: 'left' | 'right' | 'center'; bold?: boolean; eastAsia?: string; size?: number } = {}): Paragraph {
  return new Paragraph({
    alignment: opts.align ? ALIGN[opts.align] : AlignmentType.JUSTIFIED,
    spacing,
    ...(opts.indent ? { indent: { firstLine: 640 } } : {}),
    children: [run(text, { bold: opts.bold ?? false, ...(opts.eastAsia ? { eastAsia: opts.eastAsia } : {}), ...(opts.size ? { size: opts.size } : {}) })],
  });
}

const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const borders = { top: border, bottom: border, left: border, right: border };

function cell(text: string, width: number, bold = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.PERCENTAGE },
    borders,
    children: text.split('\n').map((line) => new Paragraph({ spacing: { line: 400, lineRule: LineRuleType.AT_LEAST }, children: [run(line, { size: SIZE.table, bold })] })),
  });
}

function blockToDocx(b: DocumentBlock): (Paragraph | Table)[] {
  switch (b.type) {
    case 'paragraph':
      return [paragraph(b.text, { indent: b.indent, ...(b.align ? { align: b.align } : {}), ...(b.bold ? { bold: true, eastAsia: FONTS.heading } : {}) })];
    case 'fields':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map((r) => new TableRow({ children: [cell(r.label, 25, true), cell(r.value, 75)] })),
        }),
      ];
    case 'table': {
      const w = Math.floor(100 / Math.max(1, b.columns.length));
      const header = new TableRow({ tableHeader: true, children: b.columns.map((c) => cell(c, w, true)) });
      const rows = b.rows.length ? b.rows : [b.columns.map(() => '')];
      return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c, w)) }))] })];
    }
    case 'signature':
      return [
        paragraph(''),
        ...(b.seal ? [paragraph('（印章）', { align: 'right' })] : []),
        paragraph(b.agency, { align: 'right' }),
        paragraph(b.date, { align: 'right' }),
      ];
  }
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml with the generation time from the injected clock (the library would stamp the wall clock). */
function coreXml(model: DocumentModel, at: Date): string {
  const iso = `${at.toISOString().slice(0, 19)}Z`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlEscape(model.title)}</dc:title><dc:subject>${xmlEscape(model.number ?? '')}</dc:subject><dc:creator>${xmlEscape(model.agencyName)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function docxDocument(model: DocumentModel): Document {
  const head = [
    paragraph(model.agencyName, { align: 'center', eastAsia: FONTS.agency, size: SIZE.title }),
    paragraph(model.title, { align: 'center', eastAsia: FONTS.title, size: SIZE.title }),
    ...(model.number ? [paragraph(model.number, { align: 'right' })] : []),
    paragraph(''),
  ];
  return new Document({
    creator: model.agencyName,
    title: model.title,
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZE.body }, paragraph: { spacing } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26), header: mm(15), footer: mm(28) },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONTS.agency), size: SIZE.footer }),
                ],
              }),
            ],
          }),
        },
        children: [...head, ...model.blocks.flatMap(blockToDocx)],
      },
    ],
  });
}

/** The .docx bytes of a document model; `at` is the generation instant recorded in the file's properties. */
export async function renderDocx(model: DocumentModel, at: Date): Promise<Buffer> {
  return Packer.toBuffer(docxDocument(model), false, [{ path: 'docProps/core.xml', data: coreXml(model, at) }]);
}
