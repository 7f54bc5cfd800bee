import { escapeHtml } from '@/lib/escapeHtml'
import { env } from '@/lib/env'
import { absoluteUrl, routes } from '@/lib/routes'

/**
 * The forgotten-password mail, in Swedish and with an absolute link: Payload's own writes a
 * path relative to a server URL the config does not set (the admin works on whatever host it is
 * reached by), which no mail client can follow.
 */
export const resetPasswordEmail = {
  generateEmailSubject: () => 'Återställ ditt lösenord till Nytt från RUS',
  generateEmailHTML: ({ token }: { token?: string } = {}) => {
    const link = absoluteUrl(env.siteUrl, `${routes.admin()}/reset/${encodeURIComponent(token ?? '')}`)
    return [
      '<!DOCTYPE html><html lang="sv"><body style="font-family:Arial,Helvetica,sans-serif;color:#1c2b36">',
      '<p>Någon, förhoppningsvis du, bad om att få återställa lösenordet till ditt konto i Nytt från RUS.</p>',
      `<p><a href="${escapeHtml(link)}">Välj ett nytt lösenord</a></p>`,
      `<p>Länken gäller i en timme. Bad du inte om det kan du strunta i det här mejlet; lösenordet är oförändrat.</p>`,
      '</body></html>',
    ].join('')
  },
}
