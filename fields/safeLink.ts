import type { Field, FieldAffectingData, TextFieldSingleValidation } from 'payload'

import { SAFE_URL } from '@/lib/safeUrl'

export const validateSafeUrl: TextFieldSingleValidation = (value) =>
  !value || SAFE_URL.test(value.trim()) ? true : 'Länken måste börja med https://, http:// eller mailto:.'

/**
 * Payload's link fields with the URL check above: a `javascript:` link is refused on save, and
 * the renderers drop any unsafe URL that reached the database some other way.
 */
export const safeLinkFields = ({ defaultFields }: { defaultFields: FieldAffectingData[] }): (Field | FieldAffectingData)[] =>
  defaultFields.map((field) =>
    field.name === 'url' && field.type === 'text' ? ({ ...field, validate: validateSafeUrl } as Field) : field,
  )
