import type { Payload } from 'payload'

import { statisticsApi, statisticsPages } from '../api'
import { AUTOMATIC_LABEL, LIST_CHANGES, NO_OPEN_RATE } from '../model'
import { overview } from '../overview'

import { Figure, n, when } from './parts'

/** Every send's main figures, and the lists over time. */
export async function OverviewPage({ payload }: { payload: Payload }) {
  const o = await overview(payload)
  const months = [...new Set(o.months.map((m) => m.month))]
  const perMonth = months.map((month) => {
    const row: Record<string, string | number> = { månad: month }
    for (const kind of LIST_CHANGES) row[kind.value] = o.months.filter((m) => m.month === month && m.kind === kind.value).reduce((sum, m) => sum + m.n, 0)
    return row
  })
  return (
    <>
      <h1>Statistik</h1>
      <p className="statistics__note">
        Siffrorna är antal, aldrig personer: ingenting här är knutet till en mottagare, och inget sparas om vem som klickar. {NO_OPEN_RATE}
      </p>
      <p>
        <a href={statisticsApi.overviewCsv()} download>
          Ladda ner alla siffror (CSV)
        </a>
      </p>
      <section aria-labelledby="utskick">
        <h2 id="utskick">Utskick</h2>
        <table className="statistics__table">
          <caption className="statistics__caption">De senaste utskicken</caption>
          <thead>
            <tr>
              <th scope="col">Nummer</th>
              <th scope="col">Började</th>
              <th scope="col">Mottagare</th>
              <th scope="col">Tagna emot</th>
              <th scope="col">Studsar</th>
              <th scope="col">Klagomål</th>
              <th scope="col">Klick</th>
              <th scope="col">Klick, {AUTOMATIC_LABEL}</th>
            </tr>
          </thead>
          <tbody>
            {o.sends.length === 0 ? (
              <tr>
                <td colSpan={8}>Inga utskick ännu.</td>
              </tr>
            ) : (
              o.sends.map((s) => (
                <tr key={s.sending}>
                  <th scope="row">
                    <a href={statisticsPages.send(s.sending)}>{s.issue}</a>
                  </th>
                  <td>{s.startedAt ? when(s.startedAt) : 'Inte börjat'}</td>
                  <td>{n(s.recipients)}</td>
                  <td>{n(s.accepted)}</td>
                  <td>{n(s.bounces)}</td>
                  <td>{n(s.complaints)}</td>
                  <td>{n(s.clicks)}</td>
                  <td>{n(s.automatic)}</td>
                </tr>
              ))
            )}
          </tbody>
        </table>
      </section>
      <Figure id="listor-per-manad" title="Listorna per månad" data={perMonth} x="månad" xLabel="Månad" series={LIST_CHANGES.map((k) => ({ key: k.value, label: k.label }))} />
      <Figure id="listor-i-dag" title="Prenumeranter per lista i dag" data={o.lists.map((l) => ({ lista: l.name, subscribed: l.subscribed }))} x="lista" xLabel="Lista" series={[{ key: 'subscribed', label: 'Prenumererar' }]} />
    </>
  )
}
