import { Img, Text } from '@react-email/components'

import type { ImageView } from '@/content/types'

import { COPY } from '../copy'
import type { EmailContext } from '../context'
import { siteHref } from '../links'
import { CONTENT_WIDTH, look, styles } from '../styles'

/** The e-mail size (JPEG, which every client reads) when there is one, scaled to the column. */
function emailSource(image: ImageView) {
  const source = image.email ?? image
  const width = Math.min(source.width, CONTENT_WIDTH)
  return { src: source.src, width, height: Math.round((source.height * width) / source.width) }
}

/** The article's picture with "Foto: …" under it, as the newsletter places it above the title. */
export function ArticleImage({ image, ctx }: { image: ImageView; ctx: EmailContext }) {
  const source = emailSource(image)
  const src = siteHref(ctx, source.src)
  if (!src) return null
  const style = { ...styles.image, marginBottom: image.credit ? '6px' : '16px' }
  return (
    <>
      {/* loading="lazy" also keeps React from hoisting a <link rel=preload> into the e-mail's head. */}
      <Img src={src} alt={image.alt} width={source.width} height={source.height} loading="lazy" style={style} />
      {image.credit ? <Text {...look('small')}>{`${COPY.photo} ${image.credit}`}</Text> : null}
    </>
  )
}
