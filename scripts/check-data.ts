/**
 * npm run check:data [-- --verbose] [--today YYYY-MM-DD] [--stale-days N]
 * Coverage counts, plus a report of prices that disagree with the dated snapshots in reference/,
 * models without offers, stale offers and suspicious values. Exit 1 only on hard errors (data that
 * does not validate, or an alias two models claim); the rest is a report.
 */
import { parseArgs } from 'node:util';
import { dataDir, loadData } from '../src/data/load.ts';
import { formatProblem } from '../src/data/problem.ts';
import { checkQuality, type Finding } from '../src/quality/check.ts';
import { checkScores } from '../src/quality/scores.ts';
import { LEADERS, unscoredLeaders } from '../src/quality/score-coverage.ts';
import { borrowedPrices } from '../src/quality/borrowed.ts';
import { factCoverage } from '../src/quality/fact-sources.ts';
import { UNIT_COUNTS, unitCoverage } from '../src/quality/unit-coverage.ts';
import { proseNamingProviders } from '../src/quality/prose-providers.ts';
import { checkRules } from '../src/rules/all.ts';
import { RULES } from '../src/rules/rule.ts';
import { loadReference } from '../src/sources/reference.ts';

const { values } = parseArgs({
  options: {
    verbose: { type: 'boolean' },
    today: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    'stale-days': { type: 'string', default: '45' },
  },
});

const { data, problems } = await loadData(dataDir());
for (const p of problems) console.error(formatProblem(p));

const reference = loadReference();
const report = checkQuality(data, reference.entries, {
  today: values.today,
  staleDays: Number(values['stale-days']),
  tolerance: 0.01,
});
const c = report.coverage;
const kinds = Object.entries(c.providersByKind)
  .map(([k, n]) => `${n} ${k}`)
  .join(', ');
console.log(
  `Coverage: ${c.models} models from ${c.creators} creators; ${c.providers} providers (${kinds}); ${c.offers} offers.`,
);
console.log(
  `          ${c.modelsWithTwoOrMoreProviders} models are served by two or more providers.`,
);
const units = unitCoverage(data.providers.flatMap((p) => p.offers.map((o) => o.price)));
console.log(
  `          ${units.any} offers state units beside the token prices: ${Object.keys(UNIT_COUNTS)
    .map((k) => `${k} ${units[k as keyof typeof UNIT_COUNTS]}`)
    .join(', ')}.`,
);

function section(title: string, findings: Finding[], always = false): void {
  console.log(`\n${title}: ${findings.length}`);
  const shown = values.verbose || always ? findings : findings.slice(0, 10);
  for (const f of shown) console.log(`  ${f.where}: ${f.message}`);
  if (shown.length < findings.length)
    console.log(`  … and ${findings.length - shown.length} more (--verbose lists them)`);
}

console.log('\nAgreement with each source, over the offers it also prices (1% tolerance):');
console.log(
  '  source        | agree | differ, ours as new or newer | differ, ours older | overlapping',
);
for (const [source, a] of report.agreement) {
  const all = a.agree + a.differ + a.older;
  console.log(
    `  ${source.padEnd(13)} | ${String(a.agree).padStart(5)} | ${String(a.differ).padStart(28)} | ${String(a.older).padStart(18)} | ${String(all).padStart(11)}`,
  );
}

section('Prices that disagree with a snapshot by more than 1%', report.disagreements, true);
section('Differences explained by a newer dated price here', report.superseded);
section(`Offers not confirmed for more than ${values['stale-days']} days`, report.stale);
section('Suspicious values', report.suspicious, true);
console.log(
  `\nModels with no offers: ${report.noOffers.length}${report.noOffers.length ? `\n  ${report.noOffers.join(', ')}` : ''}`,
);
const gaps = [...report.unlistedProviders].sort((a, b) => b[1].length - a[1].length);
console.log(
  `\nModels that snapshot providers without a provider file here also price: ${gaps.length}`,
);
for (const [model, providers] of values.verbose ? gaps : gaps.slice(0, 10))
  console.log(`  ${model}: ${providers.join(', ')}`);

// The catalog's rules (src/rules/): each kind of mistake a careful reader would catch.
const broken = checkRules(data, { today: values.today });
console.log(`\nCatalog rules: ${broken.length} broken`);
for (const [rule, what] of Object.entries(RULES)) {
  const found = broken.filter((f) => f.rule === rule);
  console.log(
    `  ${found.length === 0 ? '✓' : '✗'} ${rule}: ${what}${found.length ? ` (${found.length})` : ''}`,
  );
  for (const f of found) console.log(`      ${f.where}: ${f.message}`);
}

// Editors' prose that names a provider with no offer of the model: a person checks which is behind.
section(
  'Model prose naming a provider with no offer of the model here',
  proseNamingProviders(data),
  true,
);

// Benchmark scores: facts like prices, each with a date and a source, on its benchmark's scale.
const scores = checkScores(data);
const wide = [...scores.modelsPerBenchmark].filter(([, n]) => n >= 40).sort((a, b) => b[1] - a[1]);
console.log(
  `\nBenchmark scores: ${scores.modelsScored} models scored on ${scores.modelsPerBenchmark.size} benchmarks; ${wide.length} benchmarks scored for 40 or more models${wide.length ? ` (${wide.map(([id, n]) => `${id} ${n}`).join(', ')})` : ''}`,
);
section(
  'Maker-reported scores an independent evaluator contradicts (same benchmark and settings)',
  scores.contradictions,
);
section(
  `Flagship and balanced models of the ${LEADERS.makers} largest makers, released since ${LEADERS.since}, with no score`,
  unscoredLeaders(data),
  true,
);

// Model facts (limits, dates, modalities, capabilities, licence) each trace to a page, or are listed.
const facts = factCoverage(data);
const total = [...facts.byMaker.values()].reduce(
  (sum, c) => ({ facts: sum.facts + c.facts, unsourced: sum.unsourced + c.unsourced }),
  { facts: 0, unsourced: 0 },
);
console.log(
  `\nModel facts without a source: ${total.unsourced} of ${total.facts}, by maker (unsourced of facts):`,
);
const makers = [...facts.byMaker].sort(
  (a, b) => b[1].unsourced - a[1].unsourced || (a[0] < b[0] ? -1 : 1),
);
console.log(`  ${makers.map(([id, c]) => `${id} ${c.unsourced}/${c.facts}`).join(', ')}`);
section('Models with a fact no page in their sources names', facts.findings);
section('Open-weights models whose licence no page read states', facts.unlicensed);

// An offer citing a catalogue carries that catalogue's price for its own id, not another id's.
const borrowed = borrowedPrices(data, reference.entries);

const hard =
  problems.length + report.errors.length + broken.length + scores.errors.length + borrowed.length;
section('Hard errors', [...report.errors, ...scores.errors, ...borrowed], true);
if (hard > 0) {
  console.error(`\n✗ ${hard} hard errors`);
  process.exitCode = 1;
} else {
  console.log('\n✓ no hard errors');
}
