/**
 * DocumentModel → an HTML preview (the second renderer of the same model as the .docx): a self-contained page with
 * the A4 look — no script, everything escaped; the route sends it with a CSP that allows only the inline style.
 */
import type { DocumentBlock, DocumentModel } from '@quanze/domain';
import { FONTS } from './render-docx.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const lines = (s: string) => esc(s).replace(/\n/g, '<br>');

function block(b: DocumentBlock): string {
  switch (b.type) {
    case 'paragraph': {
      const cls = [b.indent ? 'indent' : '', b.align ?? '', b.bold ? 'bold' : ''].filter(Boolean).join(' ');
      return `<p${cls ? ` class="${cls}"` : ''}${b.item ? ` data-item="${b.item}"` : ''}>${lines(b.text)}</p>`;
    }
    case 'fields':
      return `<table class="fields">${b.rows.map((r) => `<tr><th>${esc(r.label)}</th><td>${lines(r.value)}</td></tr>`).join('')}</table>`;
    case 'table':
      return `<table class="list"><thead><tr>${b.columns.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
    case 'signature':
      return `<div class="signature"${b.item ? ` data-item="${b.item}"` : ''}>${b.seal ? '<p class="right seal">（印章）</p>' : ''}<p class="right">${esc(b.agency)}</p><p class="right">${esc(b.date)}</p></div>`;
  }
}

const STYLE = `
body{margin:0;background:#f0f0f0}
.page{box-sizing:border-box;width:210mm;min-height:297mm;margin:0 auto;background:#fff;padding:37mm 26mm 35mm 28mm;
font-family:"${FONTS.body}","FangSong","STFangsong","Times New Roman",serif;font-size:16pt;line-height:28pt;color:#000}
h1{font-family:"${FONTS.title}","${FONTS.agency}","SimSun",serif;font-size:22pt;font-weight:normal;text-align:center;margin:0;line-height:36pt}
.agency{font-family:"${FONTS.agency}","SimSun",serif}
p{margin:0;text-align:justify}.indent{text-indent:2em}.right{text-align:right}.center{text-align:center}.left{text-align:left}
.bold{font-family:"${FONTS.heading}","SimHei",sans-serif}.number{text-align:right;margin-bottom:28pt}
table{width:100%;border-collapse:collapse;font-size:14pt;line-height:20pt;margin:6pt 0}
th,td{border:1px solid #000;padding:4pt 6pt;vertical-align:top;text-align:left}.fields th{width:25%;white-space:nowrap}
.signature{margin-top:28pt}`;

export function renderHtml(model: DocumentModel): string {
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(model.title)}</title><style>${STYLE}</style></head><body><div class="page">` +
    `<h1 class="agency">${esc(model.agencyName)}</h1><h1>${esc(model.title)}</h1>` +
    (model.number ? `<p class="number">${esc(model.number)}</p>` : '<p class="number">&nbsp;</p>') +
    model.blocks.map(block).join('') +
    '</div></body></html>'
  );
}
