// Builds the UI from src/ into static/: one ES module bundle with lazily
// loaded chunks (the graph and the map), one stylesheet with its fonts,
// index.html and the licences of what the bundle contains.
import * as esbuild from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';

const out = process.env.OUT || 'static';
await rm(out, { recursive: true, force: true });
await mkdir(out, { recursive: true });

await esbuild.build({
  entryPoints: { app: 'src/main.js' },
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: ['es2020'],
  outdir: out,
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
await esbuild.build({
  entryPoints: { app: 'src/style.css' },
  bundle: true,
  minify: true,
  outdir: out,
  assetNames: 'fonts/[name]-[hash]',
  loader: { '.woff2': 'file', '.svg': 'dataurl' },
  logLevel: 'warning',
});
await cp('src/index.html', `${out}/index.html`);
await cp('src/favicon.svg', `${out}/favicon.svg`);

// The licences of the bundled packages and fonts.
const bundled = ['cytoscape', 'd3-geo', 'd3-array', 'internmap', 'topojson-client', 'world-atlas', '@fontsource-variable/inter', '@fontsource/source-serif-4'];
let text = 'Chronicle web UI: third-party software and fonts in this bundle.\n';
for (const name of bundled) {
  const pkg = JSON.parse(await readFile(`node_modules/${name}/package.json`, 'utf8'));
  let licence = '';
  for (const f of ['LICENSE', 'LICENSE.md', 'LICENSE.txt']) {
    try {
      licence = await readFile(`node_modules/${name}/${f}`, 'utf8');
      break;
    } catch {
      // try the next name
    }
  }
  text += `\n==== ${name} ${pkg.version} (${pkg.license}) ====\n${licence.trim()}\n`;
}
text += '\nworld-atlas draws its outlines from Natural Earth (naturalearthdata.com), which is in the public domain.\n';
await writeFile(`${out}/licenses.txt`, text);
