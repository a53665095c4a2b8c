import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import bundledDataset from '../data/nk-russia-2023.json';
import { App } from './components/App';
import { DatasetErrors } from './components/DatasetErrors';
import { parseDataset } from './model/parseDataset';
import { createExplorerStore } from './store/explorerStore';
import { isEmbed } from './url/embedOptions';
import { syncViewToUrl } from './url/syncViewToUrl';
import { decodeView } from './url/viewUrl';
import './styles.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element');
const root = createRoot(container);
const embed = isEmbed(window.location.search);
document.documentElement.classList.toggle('is-embed', embed);

const result = parseDataset(bundledDataset);
if (!result.ok) {
  root.render(<DatasetErrors source="The bundled dataset (data/nk-russia-2023.json)" errors={result.errors} />);
} else {
  document.title = `${result.dataset.meta.title} · Who Gains`;
  const store = createExplorerStore(result.dataset, decodeView(window.location.search));
  syncViewToUrl(store);
  root.render(
    <StrictMode>
      <App store={store} embed={embed} />
    </StrictMode>,
  );
}
