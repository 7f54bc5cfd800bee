import { describe, expect, it } from 'vitest'

import { alignmentProblems, organisationalDomain } from './alignment'

describe('the sender lines up (DMARC, relaxed)', () => {
  it('takes sub-domains of one organisational domain, by the public suffix list', () => {
    expect(organisationalDomain('nyhetsbrev.lansstyrelsen.se')).toBe('lansstyrelsen.se')
    expect(organisationalDomain('mail.example.co.uk')).toBe('example.co.uk')
    expect(alignmentProblems({ from: 'nyhetsbrev@lansstyrelsen.se', dkimDomain: 'lansstyrelsen.se', bounceAddress: 'studs@nyhetsbrev.lansstyrelsen.se' })).toEqual([])
    expect(alignmentProblems({ from: 'nyhetsbrev@lansstyrelsen.se', dkimDomain: null, bounceAddress: null })).toEqual([])
  })

  it('names a DKIM domain or a bounce address of another organisation, and what to do', () => {
    const problems = alignmentProblems({ from: 'nyhetsbrev@lansstyrelsen.se', dkimDomain: 'sendgrid.net', bounceAddress: 'studs@example.co.uk' })
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/DKIM-signaturen görs för sendgrid\.net.*lansstyrelsen\.se/)
    expect(problems[1]).toMatch(/BOUNCE_ADDRESS.*example\.co\.uk.*lansstyrelsen\.se/)
  })
})
