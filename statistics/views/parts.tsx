import type { ReactNode } from 'react'

import { FigureChart, type Series } from '../FigureChart'

export const n = (value: number): string => value.toLocaleString('sv-SE')

export const when = (iso: string): string => new Date(iso).toLocaleString('sv-SE', { timeZone: 'Europe/Stockholm', dateStyle: 'short', timeStyle: 'short' })

/** One figure's section: a heading, the chart for the eye, and the same figures as a table. */
/** `chartX`: a shorter key for the chart's axis (a link's number), where the table has the whole name. */
export function Figure({ id, title, data, x, chartX = x, xLabel, series, kind, stacked, children }: { id: string; title: string; data: Record<string, string | number>[]; x: string; chartX?: string; xLabel: string; series: Series[]; kind?: 'bar' | 'line'; stacked?: boolean; children?: ReactNode }) {
  return (
    <section className="statistics__figure" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
      <div className="statistics__pair">
        <FigureChart data={data} x={chartX} series={series} kind={kind} stacked={stacked} />
        <table className="statistics__table">
          <caption className="statistics__caption">{title}, som tabell</caption>
          <thead>
            <tr>
              <th scope="col">{xLabel}</th>
              {series.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.length === 0 ? (
              <tr>
                <td colSpan={series.length + 1}>Inget att visa ännu.</td>
              </tr>
            ) : (
              data.map((row, i) => (
                <tr key={`${String(row[x])}-${i}`}>
                  <th scope="row">{String(row[x])}</th>
                  {series.map((s) => (
                    <td key={s.key}>{n(Number(row[s.key] ?? 0))}</td>
                  ))}
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
    </section>
  )
}
