import type { DateField } from 'payload'

import { STOCKHOLM } from '@/lib/dates'

type Options = Pick<DateField, 'name' | 'label' | 'required' | 'admin'> & { withTime?: boolean }

/**
 * A date (optionally with time) entered and stored as Stockholm time, whatever the editor's
 * browser zone. A date without time is kept as 12:00 Stockholm time, so it never slips a day.
 */
export function stockholmDateField({ withTime = false, admin, ...rest }: Options): DateField {
  return {
    ...rest,
    type: 'date',
    timezone: {
      defaultTimezone: STOCKHOLM,
      supportedTimezones: [{ label: 'Stockholm', value: STOCKHOLM }],
      override: ({ baseField }) => ({ ...baseField, admin: { ...baseField.admin, hidden: true } }),
    },
    admin: {
      ...admin,
      date: withTime
        ? { pickerAppearance: 'dayAndTime', timeFormat: 'HH:mm', timeIntervals: 15, displayFormat: 'd MMM yyyy HH:mm' }
        : { pickerAppearance: 'dayOnly', displayFormat: 'd MMM yyyy' },
    },
  } as DateField
}
