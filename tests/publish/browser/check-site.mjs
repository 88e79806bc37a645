// SPDX-License-Identifier: GPL-3.0-or-later
// Looks at a published Recueil website in a real browser (Debian's chromium, driven by
// puppeteer-core): for each page given, axe-core's WCAG 2.1 A and AA rules, a phone-sized view
// and 200 % zoom that must not scroll sideways, and (with --screenshots DIR) a screenshot.
// Prints one JSON line per page; exits 1 when a serious or critical violation is found.
//   node check-site.mjs SITE_DIR PAGE... [--screenshots DIR] [--chromium PATH]
import { createRequire } from 'node:module';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const screenshots = option('--screenshots');
const chromium = option('--chromium') || '/usr/bin/chromium';
const [site, ...pages] = args;

const browser = await puppeteer.launch({
  executablePath: chromium,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--allow-file-access-from-files'],
});
let failed = false;
try {
  for (const page of pages) {
    const tab = await browser.newPage();
    const url = 'file://' + path.resolve(site, page);
    // Nothing but the site's own files may be asked for.
    const outside = [];
    await tab.setRequestInterception(true);
    tab.on('request', (r) => {
      if (!r.url().startsWith('file://')) { outside.push(r.url()); r.abort(); } else { r.continue(); }
    });
    await tab.setViewport({ width: 1280, height: 900 });
    await tab.goto(url, { waitUntil: 'load' });
    await tab.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const result = await tab.evaluate(async () =>
      // eslint-disable-next-line no-undef
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    if (screenshots) {
      const name = page.replace(/[\/.]/g, '-').replace(/-html$/, '');
      await tab.screenshot({ path: path.join(screenshots, `website-${name}.png`) });
    }
    // A phone, then 200 % zoom on a laptop: the text reflows, nothing scrolls sideways.
    const sideways = {};
    for (const [label, viewport] of [['phone', { width: 375, height: 740, deviceScaleFactor: 2, isMobile: true }],
                                     ['zoom200', { width: 640, height: 450, deviceScaleFactor: 2 }]]) {
      await tab.setViewport(viewport);
      sideways[label] = await tab.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    }
    const report = {
      page,
      violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length })),
      serious: serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`),
      passes: result.passes.length,
      sideways,
      outside,
    };
    console.log(JSON.stringify(report));
    if (serious.length || outside.length || sideways.phone > 0 || sideways.zoom200 > 0) failed = true;
    await tab.close();
  }
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
