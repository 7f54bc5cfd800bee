import type { SettingsView } from '@/content/types'

/** "Julia Martinsson (e-post)" when the settings name a contact, else RUS's own website. */
export function ContactLine({ settings }: { settings: SettingsView }) {
  if (settings.contactName && settings.contactEmail) {
    return <a href={`mailto:${settings.contactEmail}`}>{settings.contactName}</a>
  }
  if (settings.contactName) return <>{settings.contactName} (via RUS kontaktuppgifter på <a href="https://www.rus.se/">rus.se</a>)</>
  return <a href="https://www.rus.se/">RUS via rus.se</a>
}
