/**
 * The people of "Nytt från RUS 31 mars" (March 2021): the six members of the reference group
 * for Konsumtion och Giftfri vardag, in the newsletter's order. The newsletter gives no e-mail
 * addresses or phone numbers, so none are invented.
 */
export const SEED_MEMBERS = [
  { key: 'bergstrand', name: 'Marie-Helene Bergstrand', title: 'miljömålssamordnare', county: 'Halland', organisation: 'Länsstyrelsen Hallands län' },
  { key: 'eriksson', name: 'Magnus Eriksson', title: 'verksamhetsledare', organisation: 'RUS' },
  { key: 'dahlberg', name: 'Susanne Dahlberg', title: 'miljöstrateg', county: 'Skåne', organisation: 'Länsstyrelsen Skåne' },
  { key: 'almer', name: 'Anne-Catrin Almér', title: 'miljömålssamordnare', county: 'Jönköping', organisation: 'Länsstyrelsen i Jönköpings län' },
  { key: 'gilius', name: 'Anna Gilius', title: 'miljömålssamordnare', county: 'Kronoberg', organisation: 'Länsstyrelsen Kronobergs län' },
  { key: 'asplund', name: 'Brita Asplund', title: 'miljömålssamordnare', county: 'Gävle', organisation: 'Länsstyrelsen Gävleborg' },
] as const

export type MemberKey = (typeof SEED_MEMBERS)[number]['key']

export const SEED_GROUP = {
  name: 'Referensgrupp för konsumtion och Giftfri vardag',
  slug: 'konsumtion-och-giftfri-vardag',
  purpose:
    'Syftet med referensgruppen är att hålla oss uppdaterade om vad som är på gång inom området nationellt och vad som görs ute i länen samt förmedla det till övriga län.',
  memberships: [
    { member: 'bergstrand', role: 'convener' },
    { member: 'eriksson', role: 'member' },
    { member: 'dahlberg', role: 'member' },
    { member: 'almer', role: 'member' },
    { member: 'gilius', role: 'member' },
    { member: 'asplund', role: 'member' },
  ] satisfies { member: MemberKey; role: 'convener' | 'member' }[],
  callToJoin: { text: 'Vill du också delta i nätverket/referensgruppen?', replyTo: 'bergstrand' as MemberKey, deadline: '2021-04-30' },
  notesLocation: 'RUS samarbetsyta',
}

export const SEED_SETTINGS = {
  newsletterName: 'Nytt från RUS',
  organisationName: 'RUS – Regional utveckling och samverkan i miljömålssystemet',
  organisationDescription: 'RUS är en länk mellan regionalt, centralt och lokalt miljömålsarbete.',
  distributionNote:
    'Utskicket går till RUS kontaktpersoner på länsstyrelserna, RUS kontaktpersoner i Skogsstyrelsen, RUS styrgrupp, RUS arbetsgrupp, ansvariga chefer för miljömålsuppdraget på länsstyrelserna, Naturvårdsverkets samordningsfunktion, allt enligt RUS kontaktlistor.',
  contactName: 'Julia Martinsson',
  unsubscribePlaceholder: '{{unsubscribe}}',
}
