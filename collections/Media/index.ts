import type { CollectionConfig } from 'payload'

import { isStaff } from '@/access/isStaff'
import { env } from '@/lib/env'

import { collectionLabels } from '../shared/collectionLabels'

import { mediaOfPublishedContent } from './access/mediaOfPublishedContent'
import { answerMissingFile } from './hooks/answerMissingFile'
import { checkUploadedImage } from './hooks/checkUploadedImage'
import { revalidateMedia } from './hooks/revalidateMedia'
import { ALLOWED_IMAGE_TYPES } from './imageRules'

export const Media: CollectionConfig = {
  slug: 'media',
  labels: collectionLabels({ sv: 'Bild', en: 'Image' }, { sv: 'Bilder', en: 'Images' }),
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'credit'],
    group: { sv: 'Innehåll', en: 'Content' },
  },
  access: { read: mediaOfPublishedContent, create: isStaff, update: isStaff, delete: isStaff },
  hooks: {
    beforeOperation: [checkUploadedImage],
    afterChange: [revalidateMedia.afterChange],
    afterDelete: [revalidateMedia.afterDelete],
  },
  upload: {
    staticDir: env.mediaDir,
    mimeTypes: [...ALLOWED_IMAGE_TYPES],
    focalPoint: true,
    // Sizes for the site (WebP) and for e-mail, whose clients do not all read WebP (JPEG).
    imageSizes: [
      { name: 'card', width: 768, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'wide', width: 1536, formatOptions: { format: 'webp', options: { quality: 80 } } },
      { name: 'email', width: 600, formatOptions: { format: 'jpeg', options: { quality: 80, mozjpeg: true } } },
    ],
    adminThumbnail: 'card',
    // Fetching an image from a pasted address would make the server request any URL an editor
    // types, inside the network too; editors upload files.
    pasteURL: false,
    handlers: [answerMissingFile],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: { sv: 'Alternativtext', en: 'Alt text' },
      admin: {
        description: {
          sv: 'Beskriv vad bilden visar för den som inte ser den. Krävs.',
          en: 'Describe what the picture shows for someone who cannot see it. Required.',
        },
      },
    },
    {
      name: 'credit',
      type: 'text',
      label: { sv: 'Fotograf', en: 'Photo credit' },
      admin: { description: { sv: 'Visas som "Foto: …" under bilden.', en: 'Shown as "Foto: …" under the picture.' } },
    },
  ],
}
