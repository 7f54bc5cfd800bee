// The copy-link button of an article page (components/article/ShareLinks.tsx): shown, and
// working, only where the browser can copy. Without this file the page works all the same.
for (const button of document.querySelectorAll('[data-copy-link]')) {
  if (!navigator.clipboard) continue
  const status = button.parentElement.querySelector('[data-copy-status]')
  button.hidden = false
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(button.dataset.copyLink).then(
      () => (status.textContent = 'Länken är kopierad.'),
      () => (status.textContent = 'Länken kunde inte kopieras. Markera den och kopiera den själv.'),
    )
  })
}
