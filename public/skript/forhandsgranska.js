// Draft mode only (components/page/Document.tsx): in the admin's live preview, reloads the page
// whenever the editor's changes are saved. Speaks Payload's live-preview messages: tell the admin
// window we are ready, then reload on every 'payload-document-event' from the site's own origin.
const admin = window.opener || window.parent
window.addEventListener('message', (event) => {
  if (event.origin === window.location.origin && event.data && event.data.type === 'payload-document-event') window.location.reload()
})
if (admin && admin !== window) admin.postMessage({ type: 'payload-live-preview', ready: true }, window.location.origin)
