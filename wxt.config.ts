import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// Permissions are explained in README.md ("Permissions"); keep the two in step.
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Copydesk',
    description:
      'Flags every quote, figure and image credit in an article, for checking; saves clippings and exports Markdown.',
    permissions: [
      'scripting',
      'tabs',
      'contextMenus',
      'unlimitedStorage',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Open Copydesk' },
    // Firefox opens its sidebar straight from the shortcut; Chrome goes through the action.
    commands: {
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+C' },
        description: 'Open Copydesk',
      },
      'annotate-selection': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Annotate the selected text',
      },
      'save-clipping': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save the page as a clipping',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'copydesk@copydesk.invalid',
              strict_min_version: '140.0',
              // Copydesk collects and sends nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    // tldts's prebuilt, minified bundle: its module build (the Public Suffix List as one long
    // string) came out three times in the panel's chunk, 750 kB instead of 610 kB.
    resolve: { alias: { tldts: 'tldts/dist/index.esm.min.js' } },
  }),
});
