import type { Metadata } from 'next'
import { notFound, redirect } from 'next/navigation'

import { RefreshOnSave } from '@/components/preview/RefreshOnSave'
import { env } from '@/lib/env'
import { signedInStaff } from '@/lib/queries/payload'
import { renderIssueForEditor } from '@/newsletter/editorEmail'
import { routes } from '@/lib/routes'

export const metadata: Metadata = { title: 'Förhandsvisning av e-post', robots: { index: false } }

type Props = { params: Promise<{ id: string }> }

/**
 * The issue's live preview in the admin: the e-mail exactly as the sending tool will get it,
 * in a sandboxed frame, refreshed whenever the editor's changes are saved.
 */
export default async function IssueEmailPreview({ params }: Props) {
  const { id } = await params
  const user = await signedInStaff()
  if (!user) redirect(`${routes.admin()}/login?redirect=${encodeURIComponent(routes.issueEmailPreview(id))}`)
  const email = await renderIssueForEditor(id, user)
  if (!email) notFound()
  return (
    <>
      <h1 className="text-xl font-bold">E-post: {email.subject}</h1>
      <p className="text-sm text-muted">Förhandstext: {email.preheader}</p>
      <iframe title={`E-postförhandsvisning av ${email.subject}`} srcDoc={email.html} sandbox="" className="mt-4 h-[80vh] w-full border border-line" />
      <RefreshOnSave adminOrigin={env.siteUrl} />
    </>
  )
}
