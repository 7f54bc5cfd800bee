import type { ArticleKey } from './articles'
import type { EventKey } from './events'

type ItemRef = { article: ArticleKey } | { event: EventKey }

/** The issue itself: "Nytt från RUS 31 mars", Mars 2021. */
export const SEED_ISSUE = {
  title: 'Nytt från RUS 31 mars',
  issueDate: '2021-03-31',
  slug: '2021-03-31',
  preheader: 'Årlig uppföljning av miljömålen, biologisk mångfald i kommunerna, referensgruppen för konsumtion och Miljömålsdagarna 2021.',
  intro:
    'RUS är en länk mellan regionalt, centralt och lokalt miljömålsarbete. Detta nyhetsbrev innehåller aktuella nyheter kring miljömålsarbetet.',
  highlights: [
    { text: 'Årlig uppföljning av Sveriges nationella miljömål 2021 är nu överlämnad till regeringen.', article: 'arligUppfoljning' },
    { text: 'Ny kartläggning av Svenska kommuners arbete med biologisk mångfald.', article: 'biologiskMangfald' },
    { text: 'Är ditt län intresserat av att vara med i referensgruppen för konsumtion och Giftfri vardag?', article: 'referensgrupp' },
    { text: 'Nu är anmälan öppen till Miljömålsdagarna!.', event: 'miljomalsdagarna' },
  ] satisfies ({ text: string } & ItemRef)[],
  sections: [
    {
      heading: 'AKTUELLT',
      items: [
        { article: 'arligUppfoljning' },
        { article: 'verksamhet' },
        { article: 'atgardswebben' },
        { article: 'agenda2030' },
        { article: 'referensgrupp' },
        { article: 'unlock' },
        { article: 'plast' },
        { article: 'biologiskMangfald' },
      ],
    },
    { heading: 'UTBILDNING, KONFERENS OCH MÖTE', items: [{ event: 'miljomalsdagarna' }] },
  ] satisfies { heading: string; items: ItemRef[] }[],
}
