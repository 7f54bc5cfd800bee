import { payloadClient, signedInStaff } from '@/site/payload'
import { getSettings } from '@/content/reads/settings'
import { routes } from '@/lib/routes'
import { renderIssueForEditor } from '@/newsletter/editorEmail'
import { renderDocument } from '@/site/renderPage'
import { notFoundPage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

type Context = { params: Promise<{ id: string }> }

/**
 * The issue's live preview in the admin: the e-mail exactly as the sending tool will get it, in a
 * sandboxed frame, reloaded whenever the editor's changes are saved. For signed-in staff only.
 */
export async function GET(_request: Request, { params }: Context): Promise<Response> {
  const { id } = await params
  const user = await signedInStaff()
  if (!user) return Response.redirect(new URL(`${routes.admin()}/login?redirect=${encodeURIComponent(routes.issueEmailPreview(id))}`, _request.url), 303)
  const payload = await payloadClient()
  const email = await renderIssueForEditor(payload, id, user)
  if (!email) {
    const page = await notFoundPage(payload)
    return new Response(page.body, { status: 404, headers: { 'Content-Type': page.contentType } })
  }
  const html = await renderDocument({
    meta: { title: 'Förhandsvisning av e-post', description: email.preheader, path: routes.issueEmailPreview(id), noindex: true },
    settings: await getSettings(payload),
    draft: false,
    scripts: [routes.previewScript()],
    children: (
      <>
        <h1 className="text-xl font-bold">E-post: {email.subject}</h1>
        <p className="text-sm text-muted">Förhandstext: {email.preheader}</p>
        <iframe title={`E-postförhandsvisning av ${email.subject}`} srcDoc={email.html} sandbox="" className="mt-4 h-[80vh] w-full border border-line" />
      </>
    ),
  })
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'private, no-store' } })
}
