import Link from 'next/link'

import { routes } from '@/lib/routes'

export default function HomePage() {
  return (
    <article className="space-y-4">
      <h1 className="text-3xl font-bold text-brand">Nytt från RUS</h1>
      <p className="text-lg">
        Nyhetsbrevet från RUS – Regional utveckling och samverkan i miljömålssystemet. RUS är en länk mellan
        regionalt, centralt och lokalt miljömålsarbete.
      </p>
      <p>
        <Link href={routes.archive()}>Alla nummer av nyhetsbrevet</Link>
      </p>
    </article>
  )
}
