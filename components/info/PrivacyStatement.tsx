import { ContactLine } from '@/components/ui/ContactLine'
import type { SettingsView } from '@/lib/content/types'

export function PrivacyStatement({ settings }: { settings: SettingsView }) {
  return (
    <article className="prose-rus">
      <h1 className="text-3xl font-bold text-brand">Så hanterar vi personuppgifter</h1>
      <h2 className="text-xl font-bold">När du läser webbplatsen</h2>
      <p>
        Webbplatsen sätter inga kakor för dig som läser och använder ingen statistik, annonsering eller andra tjänster från
        tredje part. Servern behandlar tekniska uppgifter som IP-adress kortvarigt för att kunna leverera sidorna och
        skydda webbplatsen mot missbruk.
      </p>
      <h2 className="text-xl font-bold">När du prenumererar på nyhetsbrevet</h2>
      <p>
        {settings.distributionNote ?? 'Nyhetsbrevet skickas till RUS kontaktpersoner.'} Mottagarnas e-postadresser finns i
        utskicksverktyget och används bara för att skicka nyhetsbrevet. Du kan när som helst avregistrera dig via länken i
        varje utskick.
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
