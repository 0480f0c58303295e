import { defineConfig } from 'vitepress';

export default defineConfig({
  title: 'Our platform docs',
  description: 'A docs site with the k8s-adventure player and its graph',
  head: [['link', { rel: 'icon', type: 'image/svg+xml', href: '/favicon.svg' }]],
  vue: {
    template: {
      // <k8s-adventure> is a custom element, not a Vue component: Vue leaves it to the browser.
      compilerOptions: { isCustomElement: (tag) => tag === 'k8s-adventure' },
    },
  },
  vite: {
    // Mermaid's own prebuilt ES module: already bundled and minified, so the site's build does not bundle it again.
    resolve: { alias: { mermaid: 'mermaid/dist/mermaid.esm.min.mjs' } },
  },
  themeConfig: {
    nav: [
      { text: 'Troubleshoot', link: '/' },
      { text: 'The netfilter graph', link: '/graph' },
    ],
  },
});
