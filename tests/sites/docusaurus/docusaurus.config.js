// The smallest Docusaurus 3 site that shows snippetgen's docusaurus pages: docs only (served at /),
// no blog, pages, sitemap, search or second locale, so a build does little but the pages.
// tests/test_docusaurus_site.py fills docs/ with `snippetgen build --format docusaurus`.
export default {
  title: 'snippetgen pages',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  onDuplicateRoutes: 'throw',
  markdown: {hooks: {onBrokenMarkdownLinks: 'throw', onBrokenMarkdownImages: 'throw'}},
  i18n: {defaultLocale: 'en', locales: ['en']},
  presets: [
    ['classic', {
      docs: {path: 'docs', routeBasePath: '/'},
      blog: false,
      pages: false,
      sitemap: false,
      svgr: false,
    }],
  ],
  themeConfig: {
    // Prism's languages that prism-react-renderer does not bundle, for the tabs snippetgen writes.
    prism: {
      additionalLanguages: ['bash', 'clojure', 'csharp', 'elixir', 'http', 'java', 'lua', 'nim',
                            'ocaml', 'perl', 'php', 'r', 'ruby', 'tcl'],
    },
  },
};
