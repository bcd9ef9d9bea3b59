import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { leaveEarlyReads, startPopupReads } from '../lib/popup/popup-reads';
import { makePopupApi } from './popup/popup-api';

// Loaded by popup.html as a classic script in its <head>: it runs while the document is parsed,
// before the popup's modules are fetched and compiled, and starts the storage reads the popup will
// need, so a warm brief is ready when the popup's code is. When it did not run, the popup imports
// it as a module, which runs it then (entrypoints/popup/App.tsx).
export default defineUnlistedScript(() => {
  leaveEarlyReads(globalThis, startPopupReads(location.search, makePopupApi()));
});
