import type { UIField } from 'payload'

/** The sidebar's "Tillgänglighet": the accessibility check of the text as the editor writes it. */
export const accessibilityCheckField: UIField = {
  name: 'accessibilityCheck',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '@/admin/AccessibilityCheck#AccessibilityCheck' } },
}
