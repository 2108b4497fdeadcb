// Renders docs/language.md and docs/methodology.md into pages the extension serves from its static
// folder, for the Help menu. Run by lab-extension/build after JupyterLab's builder.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { marked } from 'marked';

const here = dirname(fileURLToPath(import.meta.url));
const docs = join(here, '..', '..', 'docs');
const out = join(here, '..', 'labextension', 'static', 'docs');
mkdirSync(out, { recursive: true });
const style = `body{font:15px/1.5 system-ui,sans-serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222;background:#fff}
@media (prefers-color-scheme:dark){body{color:#ddd;background:#111}a{color:#8ab4f8}}
table{border-collapse:collapse}td,th{border:1px solid rgba(128,128,128,.4);padding:.2em .5em;text-align:left}
code,pre{font-family:ui-monospace,monospace;background:rgba(128,128,128,.12)}pre{padding:.6em;overflow:auto}
td,li,p{overflow-wrap:anywhere}`;
for (const [file, title] of [['language.md', 'G-TRACE language reference'], ['methodology.md', 'G-TRACE methodology']]) {
  const body = marked.parse(readFileSync(join(docs, file), 'utf8'));
  writeFileSync(join(out, file.replace(/\.md$/, '.html')),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${style}</style></head><body>${body}</body></html>\n`);
}
console.log(`docs: 2 pages in ${out}`);
