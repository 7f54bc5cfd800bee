import { DATABASE_UNAVAILABLE_MESSAGE } from './unavailable'

/**
 * What an editor sees instead of the admin while the database is away: what happened, that
 * nothing saved is lost, and a way to try again. No automatic reload: a page that refreshes by
 * itself fails WCAG 2.2.1 (timing adjustable). Plain HTML, because the admin's own pages cannot
 * render without the database.
 */
export function adminOutagePage(): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Databasen är inte tillgänglig – Nytt från RUS</title>
<style>
  body { font-family: system-ui, sans-serif; margin: 0; padding: 3rem 1.5rem; color: #1a1a1a; background: #fff; line-height: 1.5; }
  main { max-width: 36rem; margin: 0 auto; }
  h1 { font-size: 1.75rem; line-height: 1.2; }
  a { color: #0b4f8a; }
  a:focus-visible { outline: 3px solid #0b4f8a; outline-offset: 2px; }
</style>
</head>
<body>
<main>
<h1>Databasen är inte tillgänglig just nu</h1>
<p>${DATABASE_UNAVAILABLE_MESSAGE}</p>
<p>Webbplatsen visas fortfarande för läsarna. Adminpanelen fungerar igen så snart databasen är tillbaka, utan omstart.</p>
<p><a href="">Försök igen nu</a></p>
</main>
</body>
</html>
`
}
