import type { GlobalConfig } from 'payload'

import { anyone } from '@/access/anyone'
import { isAdmin } from '@/access/isAdmin'
import { RETENTION } from '@/audit/model'
import { validateLinkOrSitePath } from '@/fields/safeLink'
import { validateEmailField } from '@/lib/mail/address'
import { SOFT_BOUNCE_BOUNDS, SOFT_BOUNCE_DEFAULTS } from '@/returns/model'
import { placeholderProblem } from '@/sending/model'

import { auditSettings } from './hooks/auditSettings'
import { revalidateSettings } from './hooks/revalidateSettings'

/** What every issue and page shares: the newsletter's name, its footer and its links. */
export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { sv: 'Inställningar', en: 'Site settings' },
  admin: { group: { sv: 'Administration', en: 'Administration' } },
  access: { read: anyone, update: isAdmin },
  hooks: { afterChange: [revalidateSettings, auditSettings] },
  fields: [
    { name: 'newsletterName', type: 'text', required: true, defaultValue: 'Nytt från RUS', label: { sv: 'Nyhetsbrevets namn', en: 'Newsletter name' } },
    {
      name: 'organisationName',
      type: 'text',
      required: true,
      defaultValue: 'RUS – Regional utveckling och samverkan i miljömålssystemet',
      label: { sv: 'Organisationens fullständiga namn', en: 'Organisation (full name)' },
      admin: { description: { sv: 'Står som utgivare i flöden, kalenderfiler och sökmotorernas uppgifter.', en: 'Publisher in feeds, calendars and structured data.' } },
    },
    {
      name: 'organisationDescription',
      type: 'textarea',
      required: true,
      defaultValue: 'RUS är en länk mellan regionalt, centralt och lokalt miljömålsarbete.',
      label: { sv: 'Om organisationen', en: 'About the organisation' },
    },
    { name: 'distributionNote', type: 'textarea', label: { sv: 'Utskicket går till …', en: 'Distribution note' } },
    {
      name: 'organisationDomains',
      type: 'text',
      hasMany: true,
      defaultValue: ['lansstyrelsen.se'],
      label: { sv: 'Organisationens e-postdomäner', en: 'Organisation e-mail domains' },
      admin: {
        description: {
          sv: 'Provutskick går fritt till adresser i dessa domäner (och deras underdomäner) och till personalens konton. Till andra adresser krävs ett skäl, som sparas med provutskicket.',
          en: 'Test sends go freely to these domains and to staff accounts; elsewhere only with a stated reason.',
        },
      },
    },
    {
      type: 'row',
      fields: [
        { name: 'contactName', type: 'text', label: { sv: 'Kontaktperson för nyhetsbrevet', en: 'Contact person' } },
        { name: 'contactEmail', type: 'email', validate: validateEmailField, label: { sv: 'Kontaktpersonens e-post', en: 'Contact e-mail' } },
      ],
    },
    {
      name: 'privacyUrl',
      type: 'text',
      label: { sv: 'Länk om personuppgifter', en: 'Privacy link' },
      validate: validateLinkOrSitePath,
      admin: { description: { sv: 'Lämna tomt för webbplatsens sida /personuppgifter.', en: 'Empty: the site’s /personuppgifter page.' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'unsubscribeUrl',
          type: 'text',
          label: { sv: 'Sida för att avregistrera sig', en: 'Unsubscribe page' },
          validate: validateLinkOrSitePath,
          admin: {
            description: {
              sv: 'Används i webbversionen, där länken inte kan vara personlig. Lämna tomt för webbplatsens sida /avregistrera.',
              en: 'Used in the web version. Empty: the site’s /avregistrera page.',
            },
          },
        },
        {
          name: 'unsubscribePlaceholder',
          type: 'text',
          defaultValue: '{{unsubscribe}}',
          validate: (value: unknown) => placeholderProblem(value) ?? true,
          label: { sv: 'Platshållare för avregistrering', en: 'Unsubscribe placeholder' },
          admin: { description: { sv: 'Det som utskicksverktyget byter mot mottagarens personliga länk.', en: 'Replaced by the sending tool.' } },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'softBouncesToSuppress',
          type: 'number',
          required: true,
          defaultValue: SOFT_BOUNCE_DEFAULTS.count,
          ...SOFT_BOUNCE_BOUNDS.count,
          label: { sv: 'Tillfälliga studsar innan adressen spärras', en: 'Soft bounces before suppression' },
          admin: { step: 1, description: { sv: 'Så många tillfälliga studsar (t.ex. full brevlåda) av samma adress, över flera utskick …', en: 'Temporary failures of one address, across sends …' } },
        },
        {
          name: 'softBounceWindowDays',
          type: 'number',
          required: true,
          defaultValue: SOFT_BOUNCE_DEFAULTS.days,
          ...SOFT_BOUNCE_BOUNDS.days,
          label: { sv: '… inom så många dagar', en: '… within days' },
          admin: { step: 1, description: { sv: '… gör att den markeras som Studsar på alla listor. En permanent studs spärrar direkt.', en: '… suppress it on every list.' } },
        },
      ],
    },
    {
      name: 'auditRetentionDays',
      type: 'number',
      required: true,
      defaultValue: RETENTION.defaultDays,
      min: RETENTION.minDays,
      max: RETENTION.maxDays,
      label: { sv: 'Loggen sparas så många dagar', en: 'Days the log is kept' },
      admin: { step: 1, description: { sv: 'Äldre händelser i Logg tas bort varje natt. Två år (730 dagar) om inget annat beslutats.', en: 'Older entries are removed nightly.' } },
    },
  ],
}
