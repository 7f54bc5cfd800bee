/** Swedish and other internationalised shapes that every door takes alike (lib/mail/address.ts). */
export const INTERNATIONAL_ADDRESSES = [
  'björn@example.se',
  'åsa.öberg@example.se',
  'ÅSA.ÖBERG@EXAMPLE.SE',
  'anna@räksmörgås.se',
  'jörgen.ström@länsstyrelsen.se',
  'ünïcode@example.se',
  'zoë@xn--rksmrgs-5wao1o.se',
  "o'brien@example.se",
  'anna+nyhetsbrev@example.se',
  'åke@sub.domän.example.se',
]
