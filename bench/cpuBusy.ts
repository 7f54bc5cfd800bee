/**
 * How busy each core was over a stretch of time, from /proc/stat (Linux; null elsewhere). With the
 * server and the load generator on cores of their own, it tells which side limited a run: a server
 * core below ~90 % while the load core is full means the figure is the load generator's ceiling.
 */
import { existsSync, readFileSync } from 'node:fs'

type Ticks = { busy: number; total: number }

function readTicks(): Ticks[] | null {
  if (!existsSync('/proc/stat')) return null
  return readFileSync('/proc/stat', 'utf8')
    .split('\n')
    .filter((line) => /^cpu\d+ /.test(line))
    .map((line) => {
      const [user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0, steal = 0] = line.split(/\s+/).slice(1).map(Number)
      return { busy: user + nice + system + irq + softirq + steal, total: user + nice + system + idle + iowait + irq + softirq + steal }
    })
}

/** Starts a sample; the returned function gives each core's busy share in percent since then. */
export function sampleCpus(): () => number[] | null {
  const before = readTicks()
  return () => {
    const after = readTicks()
    if (!before || !after) return null
    return after.map((core, index) => {
      const start = before[index] ?? { busy: 0, total: 0 }
      const total = core.total - start.total
      return total > 0 ? Math.round((100 * (core.busy - start.busy)) / total) : 0
    })
  }
}
