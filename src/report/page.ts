/**
 * The shell shared by report pages: escaping, inline CSS, the hover script
 * and a strict Content-Security-Policy that only allows those two (by hash).
 */
import {createHash} from 'node:crypto'

const escapes: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}
const escapable = /[&<>"']/g
const needsEscape = /[&<>"']/

/**
 * Escape text for an HTML text or (quoted) attribute context.
 *
 * @param value Anything; turned into a string.
 * @returns The escaped string: `<img onerror=…>` becomes `&lt;img onerror=…&gt;`.
 */
export function escapeHtml(value: unknown): string {
  const text = String(value)
  return needsEscape.test(text) ? text.replace(escapable, (d) => escapes[d]) : text
}

/** Colours per fate, in the order the summary shows them. */
export const fates = ['title', 'body', 'tag', 'related', 'removed'] as const

/** The page style. No external fonts, no images, no `url()`. */
export const css = `
:root{color-scheme:light;--body:#dff3e4;--body-b:#3c9a5f;--title:#d8e6ff;--title-b:#2f6fd6;--tag:#eedcff;--tag-b:#8a4fd0;--related:#ffe4c2;--related-b:#c7741a;--removed:#f1f1f1;--removed-b:#c44;--ink:#1d1f23;--mute:#6b7078}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Liberation Sans","DejaVu Sans",sans-serif;color:var(--ink);background:#fafafa}
header{padding:12px 20px;background:#fff;border-bottom:1px solid #ddd}
h1{font-size:18px;margin:0 0 4px}
h2{font-size:15px;margin:0 0 8px;text-transform:uppercase;letter-spacing:.04em;color:var(--mute)}
h3{font-size:13px;margin:14px 0 6px;color:var(--mute);text-transform:uppercase;letter-spacing:.04em}
.meta{color:var(--mute);margin:0}
.meta b{color:var(--ink)}
.top{display:flex;flex-wrap:wrap;gap:12px 32px;padding:12px 20px;align-items:flex-start}
.legend{display:flex;flex-wrap:wrap;gap:6px 14px;list-style:none;margin:0;padding:0}
.legend li{display:flex;align-items:center;gap:6px}
.sw{display:inline-block;width:14px;height:14px;border-radius:3px;border:1px solid #0003}
.sw[data-swatch=body]{background:var(--body)}.sw[data-swatch=title]{background:var(--title)}.sw[data-swatch=tag]{background:var(--tag)}
.sw[data-swatch=related]{background:var(--related)}.sw[data-swatch=removed]{background:var(--removed);border-color:var(--removed-b)}
.sw[data-swatch=join]{background:#ffd84d}.sw[data-swatch=section]{background:#c7741a}
table{border-collapse:collapse;background:#fff;font-size:13px}
th,td{border:1px solid #e1e1e1;padding:3px 8px;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.wrap{padding:12px 20px}
.index td:first-child{font:12px ui-monospace,"DejaVu Sans Mono",monospace;overflow-wrap:anywhere;max-width:22em}
code{font:12px ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace}
.cols{display:grid;grid-template-columns:minmax(0,1.15fr) minmax(0,1fr);gap:16px;padding:0 20px 20px}
@media (max-width:900px){.cols{grid-template-columns:minmax(0,1fr)}}
.pane{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px 14px;min-width:0}
.src{margin:0;white-space:pre-wrap;overflow-wrap:anywhere;font:12.5px/1.5 ui-monospace,"DejaVu Sans Mono","Liberation Mono",monospace}
.src .gap{color:#9aa0a6}
.s{border-radius:3px;padding:1px 0;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.s[data-fate=body]{background:var(--body);box-shadow:inset 2px 0 var(--body-b)}
.s[data-fate=title]{background:var(--title);box-shadow:inset 2px 0 var(--title-b);font-weight:700}
.s[data-fate=tag]{background:var(--tag);box-shadow:inset 2px 0 var(--tag-b)}
.s[data-fate=related]{background:var(--related);box-shadow:inset 2px 0 var(--related-b)}
.s[data-fate=removed]{background:var(--removed);color:#777;text-decoration:line-through;text-decoration-color:#c4444480}
.s.first[data-rule]::before{content:attr(data-rule);display:inline-block;margin:0 6px 0 4px;padding:0 5px;border-radius:8px;font:600 10.5px/1.5 system-ui,sans-serif;text-decoration:none;vertical-align:1px}
.s.first[data-fate=removed]::before{background:#fbe3e3;color:var(--removed-b)}
.s.first[data-fate=tag]::before{background:#fff;color:var(--tag-b)}
.s.first[data-fate=related]::before{background:#fff;color:var(--related-b)}
.s.first[data-fate=title]::before{background:#fff;color:var(--title-b)}
.s.first[data-fate=body]::before{background:#fff;color:var(--body-b)}
.join{background:#ffd84d;border-radius:3px}
.join::before{content:"+";font:700 11px/1 system-ui,sans-serif;padding:0 2px;color:#6b5200}
.section,.kicker{box-shadow:inset 0 -2px var(--related-b);font-weight:700;color:#7a4100}
.section::after{content:"section";font:600 9.5px/1 system-ui,sans-serif;vertical-align:super;margin:0 3px;color:var(--related-b)}
.kicker::after{content:"kicker";font:600 9.5px/1 system-ui,sans-serif;vertical-align:super;margin:0 3px;color:var(--related-b)}
.stripped{background:#f6d5d5;color:#955;text-decoration:line-through}
.out p{margin:0 0 10px;white-space:pre-wrap;padding:2px 6px;border-left:3px solid var(--body-b)}
.out h3.title{font-size:17px;color:var(--ink);text-transform:none;letter-spacing:0;border-left:3px solid var(--title-b);padding-left:6px}
.out ul,.out ol{margin:0;padding-left:22px}
.tags{display:flex;flex-wrap:wrap;gap:6px;list-style:none;padding:0!important}
.tags li{background:var(--tag);border-radius:10px;padding:1px 9px}
.related li{margin-bottom:4px}
.related .label{display:inline-block;background:var(--related);color:#7a4100;font-weight:600;border-radius:3px;padding:0 5px;margin-right:6px;font-size:12px}
.removed li,.messages li{color:#666;margin-bottom:3px;white-space:pre-wrap}
.messages{font-size:12.5px}
.none{color:var(--mute);font-style:italic}
.out p.none,.out p.keywords{border:0;padding-left:0}
.hl{outline:2px solid #1a73e8;outline-offset:1px}
details summary{cursor:pointer;color:var(--mute);font-weight:600;margin:14px 0 6px}
.index td a{font-weight:600}
meter{width:80px;vertical-align:middle}
.err{color:var(--removed-b)}
`

/**
 * Hover script: hovering an input span or an output item outlines both.
 * The page works without it (every span has a `title`).
 */
export const script = `(()=>{const d=document,m=new Map;for(const o of d.querySelectorAll('[data-link]'))for(const i of o.dataset.link.split(' ')){m.has(i)||m.set(i,[]);m.get(i).push(o)}let on=[];d.addEventListener('mouseover',e=>{for(const x of on)x.classList.remove('hl');on=[];const t=e.target.closest&&e.target.closest('[data-link],.s[id]');if(!t)return;for(const i of(t.dataset.link||t.id).split(' ')){const s=d.getElementById(i);if(s)on.push(s);for(const o of m.get(i)||[])on.push(o)}for(const x of on)x.classList.add('hl')})})()`

let policy: string | undefined

/**
 * The Content-Security-Policy: nothing is allowed but our own style and
 * script, named by their hashes.
 */
export function contentSecurityPolicy(): string {
  policy ||=
    "default-src 'none'; style-src '" +
    hash(css) +
    "'; script-src '" +
    hash(script) +
    "'; img-src 'none'; base-uri 'none'; form-action 'none'"
  return policy
}

/**
 * A whole page.
 *
 * @param title The page title (escaped here).
 * @param body The body HTML (already escaped).
 */
export function page(title: string, body: string): string {
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    '<meta http-equiv="Content-Security-Policy" content="' +
    contentSecurityPolicy() +
    '">\n<meta name="referrer" content="no-referrer">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>' +
    escapeHtml(title) +
    '</title>\n<style>' +
    css +
    '</style>\n</head>\n<body>\n' +
    body +
    '\n<script>' +
    script +
    '</script>\n</body>\n</html>\n'
  )
}

/**
 * CSP source expression for an inline element.
 *
 * @param text The element's exact content.
 */
function hash(text: string): string {
  return 'sha256-' + createHash('sha256').update(text, 'utf8').digest('base64')
}
