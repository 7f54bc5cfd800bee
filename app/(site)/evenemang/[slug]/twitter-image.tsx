// The same share image for X/Twitter cards (twitter:image) as for Open Graph (og:image).
export { default, alt, contentType, generateStaticParams, size } from './opengraph-image'
