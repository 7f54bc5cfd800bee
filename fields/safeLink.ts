import type { Field, FieldAffectingData, TextFieldSingleValidation } from 'payload'

import { SAFE_URL, safeSitePath } from '@/lib/safeUrl'

export const validateSafeUrl: TextFieldSingleValidation = (value, { required }) => {
  // A validate function replaces Payload's own, required check included: it is made here.
  if (!value?.trim()) return required ? 'Skriv länkens adress, till exempel https://www.rus.se/.' : true
  return SAFE_URL.test(value.trim()) ? true : 'Länken måste börja med https://, http:// eller mailto:.'
}

/** A link in the settings: a web address, or a page on this site ("/personuppgifter"). */
export const validateLinkOrSitePath: TextFieldSingleValidation = (value) =>
  !value || SAFE_URL.test(value.trim()) || safeSitePath(value.trim())
    ? true
    : 'Ange en webbadress som börjar med https:// eller http://, eller en sida på webbplatsen som börjar med /, till exempel /personuppgifter.'

/**
 * Payload's link fields with the URL check above: a `javascript:` link is refused on save, and
 * the renderers drop any unsafe URL that reached the database some other way.
 */
export const safeLinkFields = ({ defaultFields }: { defaultFields: FieldAffectingData[] }): (Field | FieldAffectingData)[] =>
  defaultFields.map((field) =>
    field.name === 'url' && field.type === 'text' ? ({ ...field, validate: validateSafeUrl } as Field) : field,
  )
