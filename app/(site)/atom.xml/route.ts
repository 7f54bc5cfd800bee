import { feedResponse } from '@/lib/feeds/feedResponse'

// Rendered once and served from the route cache; publishing an issue or article expires it.
export const dynamic = 'force-static'

export const GET = (): Promise<Response> => feedResponse('atom')
