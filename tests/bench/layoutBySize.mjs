// Benchmark: the worker's layout and link routing, in Node, at every size a story comes in
// (30 to 10,000 claims) and two densities, with the machine's load beside each figure. Crossings
// are the links that run through a node or a label they do not belong to, or crowd an arrowhead.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';
import { storyCsv } from '../fixtures/storyCsv.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const load = async (module) => (await runnerImport(module, { root, configFile: false, logLevel: 'error' })).module;
const { csvToDataset } = await load('/src/io/csvToDataset.ts');
const { parseDataset } = await load('/src/model/parseDataset.ts');
const { deriveGraph } = await load('/src/model/deriveGraph.ts');
const { noFilters } = await load('/src/model/filters.ts');
const { computeLayout } = await load('/src/layout/computeLayout.ts');
const { routeLinks } = await load('/src/layout/routeLinks.ts');

const sizes = (process.env.SIZES ?? '30,100,200,400,1000,3000,10000').split(',').map(Number);
const runs = Number(process.env.RUNS ?? 3);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [];
for (const claims of sizes)
  for (const density of ['sparse', 'dense']) {
    const { input } = csvToDataset(storyCsv(claims, density), { title: 'bench' });
    const parsed = parseDataset(input);
    if (!parsed.ok) throw new Error(`generated story of ${claims} claims is invalid`);
    const graph = deriveGraph(parsed.dataset, noFilters);
    const layoutMs = [];
    const routeMs = [];
    let routes = new Map();
    for (let run = 0; run < runs; run += 1) {
      let start = performance.now();
      const layout = computeLayout(graph);
      layoutMs.push(performance.now() - start);
      start = performance.now();
      routes = routeLinks(graph.nodes, graph.links, layout);
      routeMs.push(performance.now() - start);
    }
    const crossing = [...routes.values()].filter((r) => r.obstacles > 0).length;
    const crowded = [...routes.values()].filter((r) => r.crowding > 0).length;
    const curved = [...routes.values()].filter((r) => r.d.includes('C')).length;
    rows.push({
      claims, density, nodes: graph.nodes.length, links: graph.links.length,
      'layout ms': Math.round(median(layoutMs)), 'routing ms': Math.round(median(routeMs)),
      'µs per link': Math.round((median(routeMs) * 1000) / Math.max(1, graph.links.length)),
      'links crossing': crossing, 'arrows crowded': crowded, curved,
      load: loadavg()[0].toFixed(2),
    });
    console.log(JSON.stringify(rows.at(-1)));
  }
console.table(rows);
