#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Regenerates the bundled list of French local authorities from Etalab's
// @etalab/decoupage-administratif npm package (MIT), so the app needs no network.
//
//   npm pack @etalab/decoupage-administratif@VERSION && tar xzf etalab-*.tgz
//   node resources/authorities/generate-authorities.mjs package/ resources/authorities/
//
// Output (UTF-8, tab-separated, one header line each):
//   authorities.tsv  kind code name departement region population epci postcodes
//   departements.tsv code name region
//   regions.tsv      code name
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [pkgDir, outDir] = process.argv.slice(2);
if (!pkgDir || !outDir) {
  console.error('usage: generate-authorities.mjs PACKAGE_DIR OUTPUT_DIR');
  process.exit(2);
}
const load = (name) => JSON.parse(readFileSync(join(pkgDir, 'data', name), 'utf8'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
const communes = load('communes.json').filter((c) => c.type === 'commune-actuelle');
const epcis = load('epci.json');
const departements = load('departements.json');
const regions = load('regions.json');

const clean = (s) => String(s ?? '').replace(/[\t\r\n]/g, ' ');
const communeByCode = new Map(communes.map((c) => [c.code, c]));
const epciOfCommune = new Map();
for (const e of epcis) for (const m of e.membres) epciOfCommune.set(m.code, e.code);

const rows = ['kind\tcode\tname\tdepartement\tregion\tpopulation\tepci\tpostcodes'];
for (const c of communes) {
  rows.push(['commune', c.code, clean(c.nom), c.departement ?? '', c.region ?? '',
    c.population ?? '', epciOfCommune.get(c.code) ?? '', (c.codesPostaux ?? []).join(' ')].join('\t'));
}
for (const e of epcis) {
  // An EPCI's département and région are those of most of its member communes.
  const count = new Map();
  for (const m of e.membres) {
    const c = communeByCode.get(m.code);
    if (c) count.set(c.departement, (count.get(c.departement) ?? 0) + 1);
  }
  const dep = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
  const region = departements.find((d) => d.code === dep)?.region ?? '';
  rows.push(['epci', e.code, clean(e.nom), dep, region, e.populationMunicipale ?? '', '', ''].join('\t'));
}
writeFileSync(join(outDir, 'authorities.tsv'), rows.join('\n') + '\n');
writeFileSync(join(outDir, 'departements.tsv'), ['code\tname\tregion',
  ...departements.map((d) => [d.code, clean(d.nom), d.region].join('\t'))].join('\n') + '\n');
writeFileSync(join(outDir, 'regions.tsv'), ['code\tname',
  ...regions.map((r) => [r.code, clean(r.nom)].join('\t'))].join('\n') + '\n');
writeFileSync(join(outDir, 'VERSION'), `${pkg.name} ${pkg.version}\n`);
console.log(`${communes.length} communes, ${epcis.length} EPCI from ${pkg.name} ${pkg.version}`);
