import { ContactLine } from '@/components/ui/ContactLine'
import type { SettingsView } from '@/content/types'

// The statement follows DIGG's model: responsibility, status, alternatives, feedback,
// supervision, technical information and how the site is tested.
export function AccessibilityStatement({ settings }: { settings: SettingsView }) {
  return (
    <article className="prose-rus">
      <h1 className="text-3xl font-bold text-brand">Tillgänglighetsredogörelse</h1>
      <p>
        RUS (Regional utveckling och samverkan i miljömålssystemet) står bakom webbplatsen {settings.newsletterName}. Vi vill att så
        många som möjligt ska kunna använda den. Här beskriver vi hur webbplatsen uppfyller lagen (2018:1937) om
        tillgänglighet till digital offentlig service, kända brister och hur du kan rapportera problem.
      </p>
      <h2 className="text-xl font-bold">Hur tillgänglig är webbplatsen?</h2>
      <p>
        Webbplatsen är byggd för att uppfylla WCAG 2.1 nivå AA: sidorna har svensk språkkod, rubriker i ordning,
        tangentbordsnavigering med synlig fokusmarkering, en länk för att hoppa till innehållet, alternativtexter till
        bilder och tillräcklig kontrast. Vi känner inte till några brister just nu.
      </p>
      <h2 className="text-xl font-bold">Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>
      <p>
        Om du behöver innehåll i ett annat format kan du kontakta <ContactLine settings={settings} />. Varje nummer finns
        också som webbversion av e-postmeddelandet och som ren text.
      </p>
      <h2 className="text-xl font-bold">Rapportera brister i webbplatsens tillgänglighet</h2>
      <p>
        Vi strävar hela tiden efter att förbättra tillgängligheten. Om du upptäcker problem som inte beskrivs här, eller om
        du anser att vi inte uppfyller lagens krav, meddela <ContactLine settings={settings} /> så att vi får veta att
        problemet finns.
      </p>
      <h2 className="text-xl font-bold">Tillsyn</h2>
      <p>
        Myndigheten för digital förvaltning (<a href="https://www.digg.se/">DIGG</a>) har ansvaret för tillsyn över lagen.
        Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta DIGG och påtala det.
      </p>
      <h2 className="text-xl font-bold">Teknisk information om webbplatsens tillgänglighet</h2>
      <p>Webbplatsen är förenlig med lagen om tillgänglighet till digital offentlig service.</p>
      <h2 className="text-xl font-bold">Hur vi testat webbplatsen</h2>
      <p>
        Varje ändring av webbplatsens kod testas automatiskt med verktyget axe mot WCAG 2.1 nivå A och AA på alla sidor
        som testerna besöker, i en riktig webbläsare. Webbversionen av nyhetsbrevet testas på samma sätt.
      </p>
    </article>
  )
}
