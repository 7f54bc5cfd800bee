/**
 * Sharing without third-party scripts or cookies: the link itself (selectable without
 * JavaScript), e-mail and LinkedIn as plain links. The copy button is hidden until
 * /skript/dela.js, a few hundred bytes and the page's only script, wires it up.
 */
export function ShareLinks({ title, url }: { title: string; url: string }) {
  const mail = `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(url)}`
  const linkedIn = `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(url)}`
  return (
    <section aria-labelledby="dela" className="mt-10 border-t border-line pt-4">
      <h2 id="dela" className="font-bold">
        Dela artikeln
      </h2>
      <label htmlFor="artikellank" className="mt-2 block text-sm">
        Länk till artikeln
      </label>
      <div className="mt-1 flex flex-wrap items-center gap-2">
        <input id="artikellank" readOnly value={url} className="w-full min-w-0 rounded border border-line px-2 py-1 text-sm sm:w-auto sm:flex-1" />
        <button type="button" hidden data-copy-link={url} className="rounded bg-brand px-3 py-1 text-sm font-semibold text-paper">
          Kopiera länk
        </button>
        <span role="status" data-copy-status className="text-sm" />
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
