import { env } from '@/lib/env'
import { alignmentProblems } from '@/lib/mail/alignment'

/**
 * Shown on the dashboard and the subscribers list when no mail server is configured (nothing
 * reaches an inbox, every message is a file in the outbox folder; SMTP_URL in the README), and
 * when the sender's addresses do not line up (DMARC fails at every receiver; lib/mail/alignment.ts).
 */
export function OutboxNotice() {
  const misaligned = alignmentProblems({ from: env.mailFrom.address, dkimDomain: env.dkim?.domainName ?? null, bounceAddress: env.returns.bounceAddress })
  if (env.smtpUrl && misaligned.length === 0) return null
  return (
    <div className="outbox-notice" role="note">
      {env.smtpUrl ? null : (
        <p>
          <strong>E-post skickas inte.</strong> Ingen e-postserver är inställd (SMTP_URL), så varje meddelande sparas som en fil i <code>{env.outboxDir}</code> i stället
          för att skickas.
        </p>
      )}
      {misaligned.map((problem) => (
        <p key={problem}>
          <strong>Avsändaren hänger inte ihop.</strong> {problem} Kör <code>npm run check:mail</code>.
        </p>
      ))}
    </div>
  )
}
