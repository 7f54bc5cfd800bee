import { routes } from '@/lib/routes'

/** "Sidan finns inte": what every unknown address shows, with a way back. */
export function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand">Sidan finns inte</h1>
      <p>Sidan du letar efter finns inte, eller så har den flyttats.</p>
      <p>
        <a href={routes.home()}>Till startsidan</a> · <a href={routes.search()}>Sök på webbplatsen</a>
      </p>
    </div>
  )
}
