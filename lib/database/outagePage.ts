import { createHash } from 'node:crypto'

import { routes } from '@/lib/routes'

import { DATABASE_UNAVAILABLE_MESSAGE } from './unavailable'

/**
 * What the admin and the search — the two things that cannot come from a cache — answer while
 * the database is away: what happened, and a way to try again. Plain HTML, because neither can
 * render without the database. No automatic reload: a page that refreshes by itself fails
 * WCAG 2.2.1 (timing adjustable).
 */
export type OutageAudience = 'editor' | 'reader' | 'page'

const TEXT: Record<OutageAudience, { title: string; paragraphs: string[] }> = {
  editor: {
    title: 'Databasen är inte tillgänglig just nu',
    paragraphs: [
      DATABASE_UNAVAILABLE_MESSAGE,
      'Webbplatsen visas fortfarande för läsarna. Adminpanelen fungerar igen så snart databasen är tillbaka, utan omstart.',
    ],
  },
  reader: {
    title: 'Sökningen fungerar inte just nu',
    paragraphs: ['Ett tillfälligt fel hindrar oss från att söka. Webbplatsens sidor går att läsa som vanligt.'],
  },
  // A page nobody had opened yet, asked for while the database is away.
  page: {
    title: 'Sidan kan inte visas just nu',
    paragraphs: ['Ett tillfälligt fel hindrar oss från att hämta innehållet. Försök igen om en stund; sidan visas då som vanligt.'],
  },
}

const STYLE = `
  body { font-family: system-ui, sans-serif; margin: 0; padding: 3rem 1.5rem; color: #1a1a1a; background: #fff; line-height: 1.5; }
  main { max-width: 36rem; margin: 0 auto; }
  h1 { font-size: 1.75rem; line-height: 1.2; }
  a { color: #0b4f8a; }
  a:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
`

/** The CSP source of the page's one inline style (lib/security/securityHeaders.ts allows it). */
export const OUTAGE_STYLE_HASH = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`

export function outagePage(audience: OutageAudience): string {
  const { title, paragraphs } = TEXT[audience]
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – Nytt från RUS</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${title}</h1>
${paragraphs.map((text) => `<p>${text}</p>`).join('\n')}
<p><a href="">Försök igen</a>${audience === 'editor' ? '' : ` · <a href="${routes.home()}">Till startsidan</a>`}</p>
</main>
</body>
</html>
`
}
