import { AccessibilityStatement } from '@/components/info/AccessibilityStatement'
import { routes } from '@/lib/routes'
import { sitePage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

export const GET = sitePage({
  render: async (_context, _params, settings) => ({
    meta: {
      title: 'Tillgänglighetsredogörelse',
      description: `Hur tillgänglig webbplatsen ${settings.newsletterName} är, vad du kan göra om något inte fungerar och hur vi testar.`,
      path: routes.accessibility(),
    },
    body: <AccessibilityStatement settings={settings} />,
  }),
})
