import { notFound } from 'next/navigation'

// Two root layouts (site and admin) leave Next without a global 404; this catch-all sends every
// unknown public path to the Swedish not-found page of the site layout instead.
export default function UnknownPath(): never {
  notFound()
}
