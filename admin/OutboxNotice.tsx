import { env } from '@/lib/env'

/**
 * Shown on the dashboard and the subscribers list when no mail server is configured: nothing
 * reaches an inbox, every message is a file in the outbox folder (SMTP_URL in the README).
 */
export function OutboxNotice() {
  if (env.smtpUrl) return null
  return (
    <div className="outbox-notice" role="note">
      <strong>E-post skickas inte.</strong> Ingen e-postserver är inställd (SMTP_URL), så varje meddelande sparas som en fil i{' '}
      <code>{env.outboxDir}</code> i stället för att skickas.
    </div>
  )
}
