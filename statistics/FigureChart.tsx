'use client'

import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

export type Series = { key: string; label: string }

/** Colours of at least 3:1 against white and against each other in lightness (WCAG 1.4.11). */
const COLOURS = ['#005a9c', '#b34700', '#3d3d3d', '#6b3fa0', '#2e7d32']

const count = (value: unknown) => (typeof value === 'number' ? value.toLocaleString('sv-SE') : String(value))

/**
 * A chart of figures (recharts), for the eye: the same figures are in the table beside it, which
 * is what a screen reader reads — so the drawing is hidden from assistive technology and not in
 * the tab order.
 */
export function FigureChart({ data, x, series, kind = 'bar', stacked = false }: { data: Record<string, string | number>[]; x: string; series: Series[]; kind?: 'bar' | 'line'; stacked?: boolean }) {
  if (data.length === 0) return <p className="statistics__empty">Inget att visa ännu.</p>
  const axes = [
    <CartesianGrid key="grid" strokeDasharray="3 3" />,
    <XAxis key="x" dataKey={x} tick={{ fontSize: 12 }} />,
    <YAxis key="y" allowDecimals={false} tickFormatter={count} tick={{ fontSize: 12 }} width={56} />,
    <Tooltip key="tip" formatter={count} />,
    <Legend key="legend" />,
  ]
  return (
    <div className="statistics__chart" aria-hidden="true">
      <ResponsiveContainer width="100%" height={260}>
        {kind === 'line' ? (
          <LineChart data={data} accessibilityLayer={false}>
            {axes}
            {series.map((s, i) => (
              <Line key={s.key} type="monotone" dataKey={s.key} name={s.label} stroke={COLOURS[i % COLOURS.length]} strokeWidth={2} dot={false} isAnimationActive={false} />
            ))}
          </LineChart>
        ) : (
          <BarChart data={data} accessibilityLayer={false}>
            {axes}
            {series.map((s, i) => (
              <Bar key={s.key} dataKey={s.key} name={s.label} fill={COLOURS[i % COLOURS.length]} stackId={stacked ? 'all' : undefined} isAnimationActive={false} />
            ))}
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  )
}
