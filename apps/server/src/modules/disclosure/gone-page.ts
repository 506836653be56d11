import type { FastifyReply } from 'fastify';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// The portal's look (apps/web/src/portal/portal.css) in a few inline rules: this page is answered by the server
// with status 410 for crawlers and links, without the single-page app, but a citizen should still recognise the site.
const STYLE = `body{margin:0;background:#f3f5f8;font-family:-apple-system,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:rgba(0,0,0,.88);line-height:1.7;display:flex;flex-direction:column;min-height:100vh}
.in{max-width:1120px;margin:0 auto;padding:0 16px;box-sizing:border-box;width:100%}
header{background:#12345f;color:#fff;padding:14px 0}header a{color:#fff;text-decoration:none;font-size:18px;font-weight:600}
main{flex:1;padding:24px 0}.card{background:#fff;border-radius:8px;padding:20px;max-width:720px;border-left:4px solid #d4380d}
h1{font-size:20px;margin:0 0 8px}.reason{margin:0 0 16px}nav a{display:inline-flex;align-items:center;min-height:44px;margin-right:16px;color:#1d4e89}
footer{background:#fff;border-top:1px solid #e5e8ed;padding:16px 0;font-size:13px;color:rgba(0,0,0,.55)}`;

/** 410 for a withdrawn or expired decision: the reason, in the portal's frame, with the ways on. */
export function gonePage(reply: FastifyReply, title: string, message: string) {
  const t = escapeHtml(title);
  const html = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${t} - 行政执法公示</title><style>${STYLE}</style></head><body>
<header><div class="in"><a href="/portal">行政执法公示</a></div></header>
<main><div class="in"><div class="card" role="alert"><h1>${t}</h1><p class="reason">${escapeHtml(message)}</p>
<nav aria-label="继续访问"><a href="/portal/decisions">查询其他执法决定</a><a href="/portal">返回公示首页</a><a href="/portal/complaints">投诉举报</a></nav></div></div></main>
<footer><div class="in">对公示信息有疑问的，可以通过“投诉举报”反映。</div></footer>
</body></html>`;
  return reply.code(410).header('cache-control', 'no-store').type('text/html; charset=utf-8').send(html);
}
