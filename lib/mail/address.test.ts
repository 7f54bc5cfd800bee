import { describe, expect, it } from 'vitest'

import { INTERNATIONAL_ADDRESSES } from '@/testing/addresses'

import { isValidEmail, mailboxOf, normaliseEmail, validateEmailField } from './address'

describe('the one address rule', () => {
  it.each(INTERNATIONAL_ADDRESSES)('takes %s', (address) => {
    expect(isValidEmail(address)).toBe(true)
    expect(validateEmailField(address)).toBe(true)
  })

  it.each(['anna', 'anna@', '@example.se', 'anna@example', 'an na@example.se', 'anna..b@example.se', '.anna@example.se', 'anna@exa mple.se', 'anna@-example.se', '<anna@example.se>', 'anna@example.se, bo@example.se', `${'a'.repeat(65)}@example.se`, 'anna@[127.0.0.1]'])(
    'refuses %j with the same message in the admin',
    (address) => {
      expect(isValidEmail(address)).toBe(false)
      expect(validateEmailField(address)).toMatch(/giltig e-postadress/)
    },
  )

  it('keeps one spelling per address', () => {
    expect(normaliseEmail(' Åsa.Öberg@Example.SE ')).toBe('åsa.öberg@example.se')
    expect(normaliseEmail('Anna@XN--RKSMRGS-5WAO1O.se')).toBe('anna@räksmörgås.se')
    expect(isValidEmail('')).toBe(false)
    expect(validateEmailField(null, { required: true })).toMatch(/obligatoriskt/)
    expect(validateEmailField(null)).toBe(true)
  })

  it('counts an address with a +tag and in other case as its one inbox', () => {
    expect(mailboxOf('Victim+1@Example.se')).toBe('victim@example.se')
    expect(mailboxOf('victim+nyhetsbrev+2@example.se')).toBe('victim@example.se')
    expect(mailboxOf('björn+x@XN--RKSMRGS-5WAO1O.SE')).toBe('björn@räksmörgås.se')
    // A + first is part of the name, not a tag.
    expect(mailboxOf('+anna@example.se')).toBe('+anna@example.se')
  })
})
