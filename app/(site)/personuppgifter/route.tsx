import { PrivacyStatement } from '@/components/info/PrivacyStatement'
import { routes } from '@/lib/routes'
import { sitePage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

export const GET = sitePage({
  render: async (_context, _params, settings) => ({
    meta: {
      title: 'Så hanterar vi personuppgifter',
      description: `Vilka personuppgifter ${settings.newsletterName} behandlar, varför, och vilka rättigheter du har.`,
      path: routes.privacy(),
    },
    body: <PrivacyStatement settings={settings} />,
  }),
})
