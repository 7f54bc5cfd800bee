import { CopyLinkButton } from './CopyLinkButton'

/**
 * Sharing without third-party scripts or cookies: the link itself (selectable without
 * JavaScript, copied with one click with it), e-mail and LinkedIn as plain links.
 */
export function ShareLinks({ title, url }: { title: string; url: string }) {
  const mail = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`
  const linkedIn = `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`
  return (
    <section aria-labelledby="dela" className="mt-10 border-t border-line pt-4">
      <h2 id="dela" className="font-bold">
        Dela artikeln
      </h2>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <label htmlFor="artikellank" className="text-sm">
          Länk till artikeln
        </label>
        <input
          id="artikellank"
          readOnly
          value={url}
          className="min-w-0 flex-1 rounded border border-line px-2 py-1 text-sm"
        />
        <CopyLinkButton url={url} />
      </div>
      <ul className="mt-3 flex flex-wrap gap-4">
        <li>
          <a href={mail}>Dela via e-post</a>
        </li>
        <li>
          <a href={linkedIn}>Dela på LinkedIn</a>
        </li>
      </ul>
    </section>
  )
}
