import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The e2e build (`--mode e2e`) may read pages on 127.0.0.1 without a toolbar click, because a
// test cannot click the icon and so never gets activeTab. The production manifest never has it.
const E2E_HOSTS = ['http://127.0.0.1/*'];

export default defineConfig({
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ mode }) => ({
    name: 'NewsBrief',
    description:
      'One click turns a news article into a brief: officials, figures and directives, each with the sentence it came from. Runs offline.',
    permissions: ['activeTab', 'scripting'],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    action: { default_title: 'NewsBrief: brief this article' },
  }),
});
