'use client'

import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { reduceFieldsToValues } from 'payload/shared'
import { useEffect, useMemo, useState } from 'react'

import { checkArticle, checkIssue, type AccessibilityProblem, type CheckedArticle, type CheckedImage } from '@/content/accessibilityCheck'

type Doc = Record<string, unknown>

const getJson = async (url: string): Promise<unknown> => {
  const response = await fetch(url, { credentials: 'include' })
  return response.ok ? response.json() : null
}

const imageOf = async (value: unknown): Promise<CheckedImage | null> => {
  if (typeof value === 'object' && value !== null) return value as CheckedImage
  if (typeof value !== 'number') return null
  return (await getJson(`/api/media/${value}?depth=0`)) as CheckedImage | null
}

/** The articles an issue's sections carry, as the editor may read them (drafts included). */
async function articlesOf(issue: Doc): Promise<CheckedArticle[]> {
  const sections = (issue.sections ?? []) as { items?: { kind?: string; article?: unknown }[] }[]
  const ids = sections.flatMap((s) => s.items ?? []).flatMap((item) => (item.kind === 'article' && typeof item.article === 'number' ? [item.article] : []))
  if (ids.length === 0) return []
  const found = (await getJson(`/api/articles?where[id][in]=${ids.join(',')}&depth=1&draft=true&limit=${ids.length}`)) as { docs?: Doc[] } | null
  return (found?.docs ?? []).map((doc) => ({ ...(doc as CheckedArticle), image: (doc.image as CheckedImage | null) ?? null }))
}

async function problemsOf(collection: string | undefined, data: Doc): Promise<AccessibilityProblem[]> {
  if (collection === 'articles') return checkArticle({ ...(data as CheckedArticle), image: await imageOf(data.image) })
  if (collection === 'issues') return checkIssue({ ...(data as Doc), articles: await articlesOf(data) })
  return []
}

/**
 * The accessibility check (content/accessibilityCheck.ts) of the document as the editor has it
 * in the form right now, images and an issue's articles read from the API; remade a moment after
 * the editor stops typing.
 */
export function useAccessibilityProblems(): AccessibilityProblem[] {
  const { collectionSlug } = useDocumentInfo()
  const fields = useFormFields(([state]) => state)
  const data = useMemo(() => reduceFieldsToValues(fields, true) as Doc, [fields])
  const [problems, setProblems] = useState<AccessibilityProblem[]>([])
  useEffect(() => {
    let current = true
    const timer = setTimeout(() => {
      void problemsOf(collectionSlug, data).then((found) => current && setProblems(found), () => undefined)
    }, 400)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [collectionSlug, data])
  return problems
}
