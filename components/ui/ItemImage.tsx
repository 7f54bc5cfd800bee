import type { ImageView } from '@/content/types'

/**
 * An article image with its "Foto:" credit. Plain <img> with the sizes Payload made with sharp
 * (card 768 px, wide 1536 px), explicit width and height so nothing jumps while it loads.
 */
export function ItemImage({ image, priority = false }: { image: ImageView; priority?: boolean }) {
  const srcSet = [image.card, image.wide]
    .filter((size) => size !== null)
    .map((size) => `${size.src} ${size.width}w`)
    .join(', ')
  return (
    <figure className="my-4">
      <img
        src={image.wide?.src ?? image.src}
        srcSet={srcSet || undefined}
        sizes="(min-width: 768px) 720px, 100vw"
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={priority ? 'eager' : 'lazy'}
        decoding="async"
        className="h-auto w-full rounded"
      />
      {image.credit ? <figcaption className="mt-1 text-sm text-muted">Foto: {image.credit}</figcaption> : null}
    </figure>
  )
}
