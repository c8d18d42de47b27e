import { defineConfig } from 'wxt';

// Firefox is built as MV3 too: one background model (event page / service worker semantics),
// one permissions model, and Firefox supports MV3 since 109. See README "Firefox".
/** Servers on this computer (Ollama, llama.cpp, the loopback demo model): the only plain-http hosts allowed. */
const LOOPBACK_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*', 'http://[::1]/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-svelte'],
  svelte: {
    vite: {
      compilerOptions: {
        // Scoped-style classes as "s" + hash instead of "svelte-" + hash: every styled element of
        // every component carries one, in the panel's first chunk too.
        cssHash: ({ css, hash }) => `s${hash(css)}`,
        // No `window.__svelte.v` registration: nothing reads it.
        discloseVersion: false,
      },
    },
  },
  vite: () => ({
    build: {
      // The manifest asks for Chrome 144 and Firefox 115, which run ES2022 as written. With browser
      // targets (Vite's default, or chrome144/firefox115) Vite's esbuild pass rewrites every regex
      // with \p{…} into `new RegExp("…")` with doubled backslashes, the same regex in more bytes:
      // about 0.7 KB of the service worker, which parses all of background.js on every wake.
      target: 'es2022',
      // Stylesheets keep Vite's default browser targets: `target` alone would drop their lowering.
      cssTarget: ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'],
      // `BUNDLE_MAPS=1 npx wxt build` writes source maps for scripts/bundle-breakdown.ts (never shipped).
      sourcemap: process.env.BUNDLE_MAPS === '1',
      // No preload list of each lazy chunk's imports in the first chunk (nor Vite's polyfill for
      // <link rel=modulepreload>): a chunk's imports then load when it runs, a few ms later for
      // files read from the extension itself, and the panel's first chunk is lighter (issue 10).
      modulePreload: false,
      // One stylesheet for the whole panel (about 30 KB; styles are cheap to parse, scripts are
      // not): lazy views then bring no CSS of their own, so the first chunk needs no loader for it.
      cssCodeSplit: false,
      // Terser takes a few percent more than esbuild's minifier: the service worker parses all of
      // background.js on every wake, and the panel's first chunk has a budget (issue 10).
      minify: 'terser',
      terserOptions: { compress: { passes: 3, hoist_funs: true }, format: { comments: false } },
    },
  }),
  manifestVersion: 3,
  manifest: ({ browser, mode }) => ({
    name: 'Cover Letter Studio',
    description:
      'Writes a tailored cover letter for the job posting you are looking at, with Claude or any Messages-API server.',
    // Each permission and its reason: README "Permissions".
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab', 'scripting', 'contextMenus', 'notifications',
      'declarativeNetRequestWithHostAccess', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    // Only the default API is reachable at install; other servers (Ollama, a proxy) are asked for when chosen.
    // The e2e build (never shipped) holds the loopback hosts already: headless Chromium shows no permission prompt.
    host_permissions: ['https://api.anthropic.com/*', ...(mode === 'e2e' ? LOOPBACK_HOSTS : [])],
    // https anywhere (a proxy, "Generate for open tabs"); plain http only to this computer.
    optional_host_permissions: ['https://*/*', ...LOOPBACK_HOSTS],
    // Incognito pages would otherwise feed the regular profile's jobs and letters.
    incognito: 'not_allowed',
    action: { default_title: 'Open Cover Letter Studio' },
    commands: {
      'generate-for-page': {
        suggested_key: { default: 'Alt+Shift+G' },
        description: 'Generate a cover letter for this page',
      },
      'open-panel': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open Cover Letter Studio',
      },
    },
    ...(browser === 'firefox'
      ? { browser_specific_settings: {
            gecko: {
              id: 'cover-letter-studio@example.org',
              // storage.session (the cross-context change signal) arrived in Firefox 115.
              strict_min_version: '115.0',
              // Your profile and the job page are sent to the model API you configure; nothing goes to us.
              data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent'] },
            },
          },
        }
      : // Promise-returning runtime.onMessage listeners arrived in Chrome 144 (side panel APIs: 116).
        { minimum_chrome_version: '144' }),
  }),
});
