import { paragraph, richText } from '@/content/richText/build'

/**
 * The events of the March 2021 issue. The newsletter gives no date for Miljömålsdagarna 2021;
 * 5–6 May 2021 is the date the host county's own calendar gave for it.
 */
export const SEED_EVENTS = [
  {
    key: 'miljomalsdagarna',
    title: 'Miljömålsdagarna 2021',
    slug: 'miljomalsdagarna-2021',
    newsletterHeading: 'Välkomna till Miljömålsdagarna 2021 – årets viktigaste mötesplats för alla som arbetar med Sveriges miljömål!',
    summary: 'Årets viktigaste mötesplats för alla som arbetar med Sveriges miljömål. Temat är Livsmedel och dagarna sker digitalt.',
    description: richText(
      paragraph(
        'Temat för årets miljömålsdagar är Livsmedel. Ta del av inspirerande föreläsningar, lärande exempel och panelsamtal som bland annat tar upp frågorna: Vad ska vi äta för att bidra till långsiktig hållbarhet inom planetens gränser? Hur bidrar teknik och innovation till ett mer hållbart jordbruk? Och hur integrerar man miljömålen i verksamheten i praktiken?',
      ),
      paragraph(
        'Årets miljömålsdagar sker digitalt men under dagarna finns det rum för att mingla och träffa övriga deltagare. Det kommer även finnas hälsningar och vykort från värdlänet Södermanland.',
      ),
      paragraph(
        'Länsstyrelsen i Södermanlands län är värd för evenemanget som anordnas tillsammans med Naturvårdsverket och RUS (Regional Utveckling och Samverkan i miljömålssystemet) i samarbete Svenskt Näringsliv, Teknikföretagen, Livsmedelsföretagen, Nyköpings kommun och Region Sörmland.',
      ),
    ),
    start: { day: '2021-05-05' },
    end: { day: '2021-05-06' },
    allDay: true,
    attendance: 'online',
    organisers: [
      { name: 'Länsstyrelsen i Södermanlands län', role: 'host' },
      { name: 'Naturvårdsverket', role: 'organiser' },
      { name: 'RUS (Regional Utveckling och Samverkan i miljömålssystemet)', role: 'organiser' },
      { name: 'Svenskt Näringsliv', role: 'partner' },
      { name: 'Teknikföretagen', role: 'partner' },
      { name: 'Livsmedelsföretagen', role: 'partner' },
      { name: 'Nyköpings kommun', role: 'partner' },
      { name: 'Region Sörmland', role: 'partner' },
    ],
    theme: 'Livsmedel',
    registration: { url: 'https://www.lansstyrelsen.se/', label: 'Anmäl dig här' },
  },
  {
    key: 'webinar',
    title: 'Webbinarium på temat Konsumtion',
    slug: 'webbinarium-konsumtion-2021-05-28',
    summary:
      'Den 28 maj anordnar Naturvårdsverket ett webbinarium på temat Konsumtion där bland annat Unlock tillsammans med de andra projekten som fick medel inom utlysningen Styrmedel och konsumtion kommer att presentera.',
    description: richText(
      paragraph(
        'Den 28 maj anordnar Naturvårdsverket ett webbinarium på temat Konsumtion där bland annat Unlock tillsammans med de andra projekten som fick medel inom utlysningen Styrmedel och konsumtion kommer att presentera.',
      ),
    ),
    start: { day: '2021-05-28' },
    allDay: true,
    attendance: 'online',
    onlineDetails: 'Webbinarium',
    organisers: [{ name: 'Naturvårdsverket', role: 'organiser' }],
    theme: 'Konsumtion',
    registration: { url: 'https://www.naturvardsverket.se/', label: 'Mer information och anmälan' },
  },
  {
    key: 'groupMeeting',
    title: 'Skype-möte i referensgruppen för konsumtion och Giftfri vardag',
    slug: 'skype-mote-konsumtion-och-giftfri-vardag-maj-2021',
    summary: 'Nästa skype-möte i referensgruppen för konsumtion och Giftfri vardag är inbokat till slutet av maj.',
    description: richText(
      paragraph(
        'Nästa skype-möte är inbokat till slutet av maj och anteckningar från senaste mötet finns på RUS samarbetsyta.',
      ),
    ),
    // "slutet av maj": no exact day, so the last possible one keeps it in order.
    start: { day: '2021-05-31' },
    approximateDate: 'slutet av maj 2021',
    allDay: true,
    attendance: 'online',
    onlineDetails: 'Skype',
    organisers: [{ name: 'Referensgruppen för konsumtion och Giftfri vardag', role: 'organiser' }],
    theme: 'Konsumtion och Giftfri vardag',
    isGroupMeeting: true,
  },
] as const

export type EventKey = (typeof SEED_EVENTS)[number]['key']
