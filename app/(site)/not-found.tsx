import Link from 'next/link'

import { routes } from '@/lib/routes'

export default function NotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold text-brand">Sidan finns inte</h1>
      <p>Sidan du letar efter finns inte, eller så har den flyttats.</p>
      <p>
        <Link href={routes.home()}>Till startsidan</Link>
      </p>
    </div>
  )
}
