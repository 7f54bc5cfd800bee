import { ArchiveYearList, YearLinks } from '@/components/archive/ArchiveYearList'
import { byYear } from '@/components/archive/archiveYears'
import { listIssues } from '@/content/reads/issues'
import { routes } from '@/lib/routes'
import { sitePage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

/** One year's issues, with the way to every other year; a year without issues is a 404. */
export const GET = sitePage<{ year: string }>({
  exists: async ({ payload, reader }, { year }) => /^\d{4}$/.test(year) && byYear(await listIssues(payload, reader)).some((y) => y.year === year),
  render: async ({ payload, reader }, { year }, settings) => {
    const years = byYear(await listIssues(payload, reader))
    const shown = years.find((y) => y.year === year)
    if (!shown) return null
    return {
      meta: { title: `Nummer från ${year}`, description: `Alla nummer av ${settings.newsletterName} från ${year}.`, path: routes.archiveYear(year) },
      body: (
        <>
          <p>
            <a href={routes.archive()}>Alla nummer</a>
          </p>
          <ArchiveYearList {...shown} headingLevel={1} />
          <YearLinks years={years} current={year} />
        </>
      ),
    }
  },
})
