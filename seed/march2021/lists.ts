/**
 * The lists the distribution note names ("Utskicket går till …, allt enligt RUS
 * kontaktlistor"), and one the public may sign up to. Lists only: nobody's address is invented;
 * staff import the contact lists (README: Importera adresser).
 */
export const SEED_LISTS = [
  { key: 'countyContacts', name: 'RUS kontaktpersoner på länsstyrelserna', description: 'RUS kontaktpersoner på landets 21 länsstyrelser.' },
  { key: 'forestAgencyContacts', name: 'RUS kontaktpersoner i Skogsstyrelsen', description: 'RUS kontaktpersoner på Skogsstyrelsen.' },
  { key: 'steeringGroup', name: 'RUS styrgrupp', description: 'Ledamöterna i RUS styrgrupp.' },
  { key: 'workingGroup', name: 'RUS arbetsgrupp', description: 'Deltagarna i RUS arbetsgrupp.' },
  { key: 'countyManagers', name: 'Ansvariga chefer för miljömålsuppdraget på länsstyrelserna', description: 'Cheferna som ansvarar för miljömålsuppdraget på länsstyrelserna.' },
  { key: 'epaCoordination', name: 'Naturvårdsverkets samordningsfunktion', description: 'Naturvårdsverkets samordning av miljömålsarbetet.' },
  {
    key: 'public',
    name: 'Nytt från RUS för alla intresserade',
    description: 'Nyhetsbrevet om det regionala miljömålsarbetet, ungefär en gång i månaden.',
    publicSignup: true,
  },
] as const
