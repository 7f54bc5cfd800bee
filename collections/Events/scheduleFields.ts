import type { Field } from 'payload'

import { stockholmDateField } from '@/fields/stockholmDate'

/** When an event happens: exact (with or without times) or, when the source gives none, approximate. */
export const eventScheduleFields: Field[] = [
  {
    type: 'row',
    fields: [
      stockholmDateField({ name: 'startsAt', label: { sv: 'Börjar', en: 'Starts' }, withTime: true }),
      stockholmDateField({ name: 'endsAt', label: { sv: 'Slutar', en: 'Ends' }, withTime: true }),
    ],
  },
  {
    name: 'allDay',
    type: 'checkbox',
    defaultValue: false,
    label: { sv: 'Heldag (klockslagen visas inte)', en: 'All day (times are not shown)' },
  },
  {
    name: 'approximateDate',
    type: 'text',
    label: { sv: 'Ungefärlig tidpunkt', en: 'Approximate date' },
    admin: {
      description: {
        sv: 'När exakt datum saknas, till exempel "slutet av maj". Visas i stället för datumet; ange då den sista möjliga dagen under "Börjar" så att evenemanget sorteras rätt.',
        en: 'When no exact date is known, e.g. "end of May". Shown instead of the date; set "Starts" to the last possible day so the event sorts right.',
      },
    },
  },
]
