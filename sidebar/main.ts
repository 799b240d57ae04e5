// The sidebar's entry: picks the transport (Apps Script or the local preview) and starts the panel.
import { startApp } from './app';
import { createClient } from './client';
import { chooseTransport, type ScriptRun } from './transport';

const win = window as unknown as Window & { google?: { script?: { run?: ScriptRun } } };
const inAppsScript = Boolean(win.google?.script?.run);
const root = document.getElementById('app');
if (root) {
  startApp(root, createClient(chooseTransport(win)), () => {
    // In the local preview, tell the page around the frame to redraw the book's tabs.
    if (!inAppsScript && window.parent !== window) {
      window.parent.postMessage({ type: 'buku-kelompok:changed' }, window.location.origin);
    }
  });
}
