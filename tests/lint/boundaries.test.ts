import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The import boundaries in eslint.config.js, proved by planting one bad import at a time in a
 * file of the folder it would break (files need not exist: ESLint lints the text as if it did).
 */
const root = join(import.meta.dirname, '..', '..');
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const planted = 1;\n`, { filePath: join(root, file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'import-x/no-restricted-paths' || m.ruleId === 'no-restricted-imports')
    .map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['model imports nothing else of ours', 'src/model/planted.ts', "import '../store/explorerStore';"],
    ['model imports no lib either', 'src/model/nested/deep/planted.ts', "import '../../../lib/memoizeLast';"],
    ['layout imports only model and lib', 'src/layout/planted.ts', "import '../store/explorerStore';"],
    ['store imports only io, layout, model and lib', 'src/store/planted.ts', "import '../url/viewUrl';"],
    ['url imports only model and lib', 'src/url/nested/planted.ts', "import '../../store/explorerStore';"],
    ['io imports only layout, model and lib', 'src/io/planted.ts', "import '../features/graph/GraphView';"],
    ['io never imports the stores', 'src/io/nested/planted.ts', "import '../../store/explorerStore';"],
    ['a file at the root of features imports no feature', 'src/features/planted.ts', "import './graph/GraphView';"],
    ['lib knows nothing of the app', 'src/lib/planted.ts', "import '../model/nodeId';"],
    ['theme stays below the features', 'src/theme/planted.ts', "import '../features/legend/Legend';"],
    ['components never import features', 'src/components/planted.tsx', "import '../features/details/DetailPanel';"],
    ['a feature never imports another', 'src/features/details/planted.tsx', "import '../graph/GraphView';"],
    ['...even from a nested folder', 'src/features/filters/parts/deeper/planted.tsx', "import '../../../legend/Legend';"],
    ['a feature never imports the app', 'src/features/graph/planted.tsx', "import '../../app/App';"],
    ['only the entry points import the app', 'src/widgets/nested/planted.tsx', "import '../../app/ExplorerStoreContext';"],
    ['model uses no React', 'src/model/planted.ts', "import 'react';"],
    ['model uses no D3', 'src/model/planted.ts', "import 'd3-force';"],
    ['store uses no React', 'src/store/planted.ts', "import 'react';"],
    ['store uses zustand without React', 'src/store/planted.ts', "import 'zustand';"],
    ['layout uses no React', 'src/layout/nested/planted.ts', "import 'react-dom/client';"],
    ['url uses no D3', 'src/url/planted.ts', "import 'd3-zoom';"],
  ])('%s', async (_rule, file, code) => {
    expect(await problems(file, code)).toHaveLength(1);
  });

  it('allows the imports the layering permits', async () => {
    expect(await problems('src/features/graph/planted.tsx', [
      "import '../../model/nodeId';",
      "import '../../layout/computeLayout';",
      "import '../../store/explorerStore';",
      "import '../../components/Icon';",
      "import '../../lib/useLatest';",
      "import '../../theme/palette';",
      "import './GraphNode';",
      "import 'react';",
    ].join('\n'))).toEqual([]);
    expect(await problems('src/store/planted.ts', "import 'zustand/vanilla';\nimport '../model/nodeId';\nimport '../lib/memoizeLast';")).toEqual([]);
    expect(await problems('src/main.tsx', "import './app/App';")).toEqual([]);
    expect(await problems('src/app/planted.tsx', "import '../features/graph/GraphView';")).toEqual([]);
  });

  it('finds an import cycle, which no layering rule sees', async () => {
    // Two real files: no-cycle follows imports on disk, so lintText alone cannot plant one.
    const folder = await mkdtemp(join(root, 'src', 'model', 'planted-cycle-'));
    try {
      await writeFile(join(folder, 'a.ts'), "import { b } from './b';\nexport const a = (): unknown => b;\n");
      await writeFile(join(folder, 'b.ts'), "import { a } from './a';\nexport const b = (): unknown => a;\n");
      const results = await eslint.lintFiles([join(folder, 'a.ts')]);
      expect(results.flatMap((r) => r.messages).filter((m) => m.ruleId === 'import-x/no-cycle')).toHaveLength(1);
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
