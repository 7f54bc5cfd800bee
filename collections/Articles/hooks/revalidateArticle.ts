import { routes } from '@/lib/routes'
import { revalidationHooks } from '@/lib/revalidation/revalidationHooks'

// Issue pages, the home page and the archive carry the "articles" tag through their queries.
export const revalidateArticle = revalidationHooks('articles', (slug) => [routes.article(slug)])
