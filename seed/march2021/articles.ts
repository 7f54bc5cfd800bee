import { block, bulletList, link, paragraph, richText, type RichText } from '@/content/richText/build'

import { SITES } from './sites'

type SeedArticle = {
  key: string
  title: string
  slug: string
  lead: string
  body?: RichText
  readMore?: { label: string; url: string }[]
  image?: 'report' | 'biodiversity'
  showsGroup?: boolean
}

/** The eight articles of AKTUELLT, word for word as the e-mail has them. */
export const SEED_ARTICLES = [
  {
    key: 'arligUppfoljning',
    title: 'Rapporten Årlig uppföljning av Sveriges nationella miljömål 2021 är nu överlämnad till regeringen',
    slug: 'arlig-uppfoljning-av-sveriges-nationella-miljomal-2021',
    image: 'report',
    lead: 'Den årliga uppföljningen redovisar de statliga insatser som gjorts under 2020 för att uppnå miljömålen och lämnas över av Naturvårdsverket. Under de närmaste åren behöver hela samhället öka takten i miljöarbetet om vi ska nå uppsatta mål till år 2030. Fortfarande nås bara 1 av 16 mål. Trenden för sex av målen är negativ. Två av målen har en positiv trend.',
    body: richText(
      paragraph(link(SITES.sverigesMiljomal, 'Läs en längre nyhet om rapporten på Sveriges miljömål.se')),
      paragraph(
        'Länsstyrelsernas och Skogsstyrelsens regionala uppföljning av miljömålen utgör underlag för den nationella uppföljningen och ger också kunskap till kommuner, näringsliv, organisationer och medborgare om miljötillståndet i länen och åtgärder som genomförs.På rus.se finns den redovisning som länen redovisade i november 2020. Där finns nu också den sammanställning som RUS har tagit fram med alla läns målbedömningar.',
      ),
    ),
    readMore: [{ label: 'Här hittar du RUS sammanställning av den regionala uppföljningen', url: SITES.rus }],
  },
  {
    key: 'verksamhet',
    title: 'RUS verksamhet 2021',
    slug: 'rus-verksamhet-2021',
    lead: 'RUS styrgrupp och kontaktlänsråd lade fast RUS verksamhetsplan vid mötet den 4 februari. De allra viktigaste särskilda utvecklingsinsatserna för RUS år 2021 som också är nya är:',
    body: richText(
      bulletList(
        ['Bidra till fördjupad utvärdering 2023 utifrån regionalt och lokalt perspektiv.'],
        ['Genomföra projektet strategisk samhällsplanering miljö-, klimat- och energimål för kommunal översiktsplanering.'],
        ['Initiera och genomföra en vägledningsinsats om målkonflikter och synergier i naturlandskap och vattenområden, med särskilt fokus på skogen.'],
        ['Initiera och genomföra insatser för att föra ut och implementera regeringens strategier för cirkulär ekonomi och bioekonomi inom länsstyrelserna.'],
      ),
      paragraph(
        'Bland andra verksamheter kan nämnas att ta fram vägledning för etappmålen och att handla upp nya förändringsledningskurser. Flera insatser genomför RUS tillsammans med LEKS.',
      ),
    ),
    readMore: [{ label: 'Verksamhetsplanen finns på rus.se', url: SITES.rus }],
  },
  {
    key: 'atgardswebben',
    title: 'Informationsmaterial och utbildningar om Åtgärdswebben på RUS samarbetsyta',
    slug: 'atgardswebben-pa-rus-samarbetsyta',
    lead: 'www.rus.se finns numera bara allmän information om Åtgärdswebb för miljömål. Allt annat material, såsom information om förändringar, handledningar, instruktionsfilmer, presentationer med mera har flyttats till RUS samarbetsyta.',
    body: richText(
      paragraph(
        'Kontakta ',
        link(SITES.atgardswebbenMail, 'atgardswebben.forvaltning@lansstyrelsen.se'),
        ' om det är något ni saknar. Alla på länsstyrelserna har behörighet att själva lägga upp material på sidan. Vi ser gärna att ni delar med er av bland annat presentationer och annat informationsmaterial ni har använt inom er länsstyrelse eller för era kommuner.',
      ),
    ),
  },
  {
    key: 'agenda2030',
    title: 'Glöm inte prenumerera på Länsstyrelsernas nyhetsbrev om Agenda 2030',
    slug: 'lansstyrelsernas-nyhetsbrev-om-agenda-2030',
    lead: 'Miljömålen är Sveriges genomförande av miljödelarna i de globala målen för hållbar utveckling och Agenda 2030. Därför är det viktigt att vi som arbetar med miljömålen håller oss informerade om Agenda 2030. RUS bidrar med personal och medel till det länsstyrelsegemenamma arbetet med Agenda 2030. För detta arbete finns en samarbetsyta och ett nyhetsbrev. Vi vill uppmana alla som inte gjort det att börja prenumerera på nyhetsbrevet.',
    readMore: [
      { label: 'Senaste nyhetsbrevet hittar du här', url: SITES.lansstyrelsen },
      { label: 'Anmäl dig till nyhetsbrevet', url: SITES.lansstyrelsen },
      { label: 'Gå till samarbetsytan (öppen för länsstyrelsemedarbetare)', url: SITES.lansstyrelsen },
    ],
  },
  {
    key: 'referensgrupp',
    title: 'Referensgrupp för konsumtion och Giftfri vardag – vet du var informationen finns?',
    slug: 'referensgrupp-for-konsumtion-och-giftfri-vardag',
    showsGroup: true,
    lead: 'I RUS har vi flera referensgrupper inom olika områden och en av den är en referensgrupp för Konsumtion och Giftfri vardag. Även om konsumtionsfrågan inte finns som särskilt uppdrag är den viktig för miljömålsarbetet. Syftet med referensgruppen är att hålla oss uppdaterade om vad som är på gång inom området nationellt och vad som görs ute i länen samt förmedla det till övriga län. På de möten vi har i gruppen tas det upp olika saker som är på gång inom området , både nationellt och i länen.',
    body: richText(
      paragraph(
        'Kort sagt – en grupp där man får med sig mycket information inom konsumtionsområdet. Minnesanteckningarna där det allt som oftast finns länkar till olika rapporter eller projekt hittar du på RUS samarbetsyta, gå gärna in och läs dem.',
      ),
      paragraph('Vi vill också gärna komplettera med något ytterligare län som har lite extra intresse av konsumtionsfrågorna.'),
      block('memberList', { intro: 'Vi som idag ingår i referensgruppen är:' }),
      paragraph('Nästa skype-möte är inbokat till slutet av maj och anteckningar från senaste mötet finns som sagt på RUS samarbetsyta.'),
    ),
  },
  {
    key: 'unlock',
    title: 'Slutrapport för Unlock: Drivkrafter för hållbar konsumtion',
    slug: 'slutrapport-for-unlock-drivkrafter-for-hallbar-konsumtion',
    lead: 'Hållbar konsumtion har identifierats som ett viktigt område för att uppnå flera av Sveriges miljömål och det övergripande generationsmålet. Regeringen lanserade under 2016 en nationell strategi för hållbar konsumtion. SEI har nu publicerat en ny rapport som omfattar resultat från en enkätstudie bland Sveriges kommuner.',
    body: richText(
      paragraph(
        link(
          SITES.naturvardsverket,
          'På Naturvårdsverket hittar du slutrapporten ”Drivkrafter för hållbar konsumtion: Svenska kommuners roll och möjligheter”.',
        ),
      ),
      paragraph('På SEI:s hemsida finns också Policy briefs publicerade:'),
      paragraph(link(SITES.sei, 'Policy brief på engelska med slutrapportens slutsatser och rekommendationer')),
      paragraph(link(SITES.sei, 'Policy brief om Länsstyrelsens arbete med hållbar konsumtion')),
      block('tips', {
        heading: 'TIPS!',
        content: richText(
          paragraph(
            'Den 28 maj anordnar Naturvårdsverket ett webbinarium på temat Konsumtion där bland annat Unlock tillsammans med de andra projekten som fick medel inom utlysningen Styrmedel och konsumtion kommer att presentera. För mer information och anmälan ',
            link(SITES.naturvardsverket, 'finns här'),
            '.',
          ),
        ),
        event: '@event:webinar',
      }),
    ),
  },
  {
    key: 'plast',
    title: 'Nationell samordning för en hållbar plastanvändning',
    slug: 'nationell-samordning-for-en-hallbar-plastanvandning',
    lead: 'Vill du vara med i arbetet för att nå en hållbar plastanvändning? Du kan bidra i arbetet för en mer hållbar plastanvändning, eller låta dig inspireras av andra. Svara på formuläret nedan för att ta del av informationsutskick, delta i seminarier eller gå med i nätverk om plast.',
    body: richText(
      paragraph(link(SITES.naturvardsverket, 'Delta i plastsamordningen - kontaktformulär')),
      paragraph(
        'Nationell plastsamordning ska verka för att skapa samverkan och driv hos aktörer som arbetar för en hållbar plastanvändning. Vi ska också samla in och sprida kunskap. Vi jobbar därför bland annat med informationsspridning, med riktade seminarier och projekt. För att kunna hitta aktörer som är intresserade av våra olika aktiviteter behöver vi ha ett brett kontaktnät.',
      ),
    ),
  },
  {
    key: 'biologiskMangfald',
    title: 'Ny kartläggning av Svenska kommuners arbete med biologisk mångfald',
    slug: 'ny-kartlaggning-av-kommuners-arbete-med-biologisk-mangfald',
    image: 'biodiversity',
    lead: 'IVL Svenska Miljöinstitutet har kartlagt kommuners arbete med biologisk mångfald på uppdrag av Naturvårdsverket. På en övergripande nivå visar kartläggningen att det inte finns ett gemensamt arbetssätt för att bevara och utveckla biologisk mångfald som alla kommuner följer. Istället finns en stor variation både i det strategiska arbetet och vad gäller specifika åtgärder. Vidare innehåller rapporten en rad förslag och uppslag till hur kommunernas arbete med biologisk mångfald kan stöttas på olika sätt.',
    readMore: [{ label: 'Här kan du läsa rapporten', url: SITES.ivl }],
  },
] as const satisfies readonly SeedArticle[]

export type ArticleKey = (typeof SEED_ARTICLES)[number]['key']
