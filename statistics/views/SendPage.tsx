import type { Payload } from 'payload'

import { statisticsApi, statisticsPages } from '../api'
import { AUTOMATIC_LABEL, NO_OPEN_RATE, UNSUBSCRIBE_WINDOW_DAYS } from '../model'
import { sendFigures } from '../sendFigures'

import { Figure, n, when } from './parts'

/** One send's figures: what it reached, what came back, the clicks per link and day. */
export async function SendPage({ payload, sending }: { payload: Payload; sending: number }) {
  const f = await sendFigures(payload, sending)
  if (!f) return <p>Utskicket finns inte (eller är ett provutskick, som inte räknas).</p>
  const facts: [string, number][] = [
    ['Mottagare', f.recipients],
    ['Tagna emot av e-postservern', f.accepted],
    ['Misslyckade', f.failed],
    ['Väntar', f.waiting],
    ['Studsar (permanenta)', f.hardBounces],
    ['Studsar (tillfälliga)', f.softBounces],
    ['Klagomål', f.complaints],
    [`Avregistreringar via utskickets länk (${UNSUBSCRIBE_WINDOW_DAYS} dagar)`, f.unsubscribedByLink],
    ['Avregistreringar via e-post', f.unsubscribedByMail],
    ['Klick', f.links.reduce((sum, l) => sum + l.clicks, 0)],
  ]
  return (
    <>
      <p>
        <a href={statisticsPages.overview()}>← All statistik</a>
      </p>
      <h1>Statistik för utskick {sending}</h1>
      <p className="statistics__note">
        Allt här är antal, aldrig personer: länkarna i brevet är desamma för alla mottagare och säger inget om vem som klickar. {NO_OPEN_RATE}
      </p>
      <p>
        <a href={statisticsApi.sendCsv(sending)} download>
          Ladda ner alla siffror (CSV)
        </a>
      </p>
      <dl className="statistics__facts">
        {facts.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{n(value)}</dd>
          </div>
        ))}
      </dl>
      <Figure
        id="klick-per-lank"
        title="Klick per länk"
        data={f.links.map((l) => ({ nr: String(l.n), länk: `${l.n}. ${l.label || l.url}`, clicks: l.clicks, automatic: l.automatic }))}
        x="länk"
        chartX="nr"
        xLabel="Länk"
        series={[
          { key: 'clicks', label: 'Klick' },
          { key: 'automatic', label: `Klick, ${AUTOMATIC_LABEL}` },
        ]}
      >
        <p className="statistics__note">
          Klick som troligen inte är en läsares – e-postfilter som öppnar alla länkar i ett brev på en gång, förhandsvisningar och robotar – räknas för sig som {AUTOMATIC_LABEL}.
        </p>
      </Figure>
      <Figure
        id="klick-per-dag"
        title="Klick per dag"
        data={f.clicksByDay.map((d) => ({ dag: d.day, clicks: d.clicks, automatic: d.automatic }))}
        x="dag"
        xLabel="Dag"
        series={[
          { key: 'clicks', label: 'Klick' },
          { key: 'automatic', label: `Klick, ${AUTOMATIC_LABEL}` },
        ]}
        stacked
      />
      <Figure
        id="forlopp"
        title="Hur utskicket gick ut"
        data={f.progress.map((p) => ({ tid: when(p.at), accepted: p.accepted }))}
        x="tid"
        xLabel="Tid"
        series={[{ key: 'accepted', label: 'Tagna emot' }]}
        kind="line"
      />
      <Figure id="per-lista" title="Mottagare per lista" data={f.perList.map((l) => ({ lista: l.name, recipients: l.recipients }))} x="lista" xLabel="Lista" series={[{ key: 'recipients', label: 'Mottagare' }]} />
    </>
  )
}
