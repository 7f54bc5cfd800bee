import { ContactLine } from '@/components/ui/ContactLine'
import type { SettingsView } from '@/content/types'
import { routes } from '@/lib/routes'
import { BURST_MS } from '@/statistics/model'
import { UNCONFIRMED_RETENTION_DAYS } from '@/subscribers/model'

export function PrivacyStatement({ settings }: { settings: SettingsView }) {
  return (
    <article className="prose-rus">
      <h1 className="text-3xl font-bold text-brand">Så hanterar vi personuppgifter</h1>
      <h2 className="text-xl font-bold">När du läser webbplatsen</h2>
      <p>
        Webbplatsen sätter inga kakor för dig som läser och använder ingen besöksstatistik, annonsering eller andra tjänster från
        tredje part. Servern behandlar tekniska uppgifter som IP-adress kortvarigt för att kunna leverera sidorna och
        skydda webbplatsen mot missbruk.
      </p>
      <h2 className="text-xl font-bold">När du prenumererar på nyhetsbrevet</h2>
      <p>
        {settings.distributionNote ?? 'Nyhetsbrevet skickas till RUS kontaktpersoner.'} Den som vill kan också anmäla sig själv på sidan{' '}
        <a href={routes.subscribe()}>Prenumerera</a>.
      </p>
      <p>
        Vi sparar din e-postadress, ditt namn och din organisation om du har angett dem, vilka listor du får utskick från och en historik
        över hur och när adressen lades till, bekräftades, ändrades eller avregistrerades. Uppgifterna används bara för att skicka
        nyhetsbrevet och syns bara för redaktionen. Att få nyhetsbrevet bygger på ditt samtycke, som du ger när du följer länken i
        bekräftelsemejlet, eller på att du ingår i RUS nätverk som kontaktperson.
      </p>
      <p>
        En anmälan som inte bekräftas tas bort efter {UNCONFIRMED_RETENTION_DAYS} dagar. När du avregistrerar dig slutar vi skicka till dig,
        och adressen sparas markerad som avregistrerad, så att den inte läggs till igen av misstag. Vill du att adressen tas bort helt,
        eller vill du veta vad vi har sparat om dig, kontakta oss så gör vi det.
      </p>
      <p>
        Du avregistrerar dig med länken längst ned i varje utskick, eller på sidan <a href={routes.unsubscribeInfo()}>Avregistrera dig</a>.
      </p>
      <h2 className="text-xl font-bold">Vad vi räknar – och inte</h2>
      <p>
        Nyhetsbrevet innehåller ingen osynlig bild och inga personliga länkar: vi vet inte om du har öppnat det. Länkarna i brevet går via
        webbplatsen (adresser som börjar med /l/) och är desamma för alla mottagare, så att vi kan räkna hur många gånger varje länk
        följs per dag – inte av vem. Vi räknar också hur många som fick varje utskick, hur många adresser som studsade eller avregistrerades,
        och hur listorna växer per månad. Ingen av siffrorna sparas med e-postadress, namn, IP-adress eller webbläsare. För att skilja
        e-postfilter som öppnar alla länkar i ett brev på en gång från läsare hålls avsändarens IP-adress i minnet i högst {BURST_MS / 1000}{' '}
        sekunder och skrivs aldrig ner.
      </p>
      <h2 className="text-xl font-bold">Medlemmar i referensgrupper</h2>
      <p>
        För dig som ingår i en referensgrupp publicerar vi namn, titel, organisation och län, eftersom det är en del av
        myndigheternas gemensamma arbete med miljömålen som allmänheten ska kunna ta del av. E-postadress och
        telefonnummer visas aldrig på webbplatsen; de används bara av redaktionen.
      </p>
      <h2 className="text-xl font-bold">Redaktörer</h2>
      <p>För den som har ett konto i publiceringsverktyget sparas namn, e-postadress och inloggningsuppgifter.</p>
      <h2 className="text-xl font-bold">Dina rättigheter</h2>
      <p>
        Du har rätt att få veta vilka uppgifter vi har om dig, att få felaktiga uppgifter rättade och i vissa fall att få
        dem raderade. Kontakta <ContactLine settings={settings} />. Om du anser att vi behandlar dina uppgifter fel kan du
        vända dig till Integritetsskyddsmyndigheten, <a href="https://www.imy.se/">IMY</a>.
      </p>
    </article>
  )
}
