import { ArchiveYearList, YearLinks } from '@/components/archive/ArchiveYearList'
import { byYear, YEARS_ON_ARCHIVE_PAGE } from '@/components/archive/archiveYears'
import { listIssues } from '@/content/reads/issues'
import { routes } from '@/lib/routes'
import { sitePage } from '@/site/sitePage'

export const dynamic = 'force-dynamic'

/** The newest years' issues in full, newest first, and a page for every year (/arkiv/<år>). */
export const GET = sitePage({
  render: async ({ payload, reader }, _params, settings) => {
    const years = byYear(await listIssues(payload, reader))
    return {
      meta: { title: 'Alla nummer', description: `Alla nummer av nyhetsbrevet ${settings.newsletterName}, det senaste först.`, path: routes.archive() },
      body: (
        <>
          <h1 className="text-3xl font-bold text-brand">Alla nummer av {settings.newsletterName}</h1>
          {years.length === 0 ? <p className="mt-4">Inga nummer är publicerade ännu.</p> : null}
          {years.slice(0, YEARS_ON_ARCHIVE_PAGE).map((year) => (
            <ArchiveYearList key={year.year} {...year} />
          ))}
          <YearLinks years={years} />
        </>
      ),
    }
  },
})
