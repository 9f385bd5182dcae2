import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadInitialDataset } from '../features/dataset/load-initial';
import { applyUrl } from '../features/url-state/url-sync';
import { App } from './app';
import { ErrorBoundary } from './error-boundary';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const root = createRoot(container);
const render = () =>
  root.render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );

// A built page already shows its events as static HTML. Keep it on screen until
// the data is loaded and the address read, then swap it for the explorer in one
// commit, already on the linked view: no loading flash, no layout jump. A page
// with nothing in it (the dev server) shows the loading state at once.
const prerendered = container.childElementCount > 0;
if (!prerendered) render();
void loadInitialDataset((result) => {
  if (result.ok) applyUrl(window.location);
}).finally(render);
