import { render } from 'preact';
import { browser } from 'wxt/browser';
import { App } from './App';
import { ThumbnailsProvider } from './ThumbnailsProvider';
import './style.css';
import './findings.css';

async function main(): Promise<void> {
  // The panel belongs to one window; it follows that window's active tab.
  const win = await browser.windows.getCurrent().catch(() => undefined);
  const root = document.getElementById('app');
  if (root)
    render(
      <ThumbnailsProvider>
        <App windowId={win?.id} />
      </ThumbnailsProvider>,
      root,
    );
}

void main();
