import { render } from '@react-email/components'
import type { ReactElement } from 'react'

import { Document, type DocumentProps } from '@/components/page/Document'

/**
 * A React element as finished HTML, through React's own server renderer (by way of react-email's
 * `render`, which the e-mail uses too). No framework runtime, no hydration data: the page is the
 * markup. react-email writes the XHTML doctype e-mail clients expect; a web page gets HTML's.
 */
export async function renderHtml(element: ReactElement): Promise<string> {
  const html = await render(element)
  return `<!doctype html>${html.replace(/^<!DOCTYPE[^>]*>/i, '')}`
}

export const renderDocument = (props: DocumentProps): Promise<string> => renderHtml(<Document {...props} />)
