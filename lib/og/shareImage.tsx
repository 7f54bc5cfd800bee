import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { ImageResponse } from 'next/og'

export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 }

// Inter from npm (@fontsource/inter, WOFF: the image renderer cannot read WOFF2). Read from
// disk, never fetched, so share images render on a machine without internet.
const fontFile = (weight: 400 | 700) =>
  readFile(path.join(process.cwd(), `node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff`))

type Content = { kind: string; title: string; newsletterName: string; date: string | null }

/** A calm 1200×630 card: what it is, its title, the newsletter's name and the date. */
export async function shareImage({ kind, title, newsletterName, date }: Content): Promise<ImageResponse> {
  const [regular, bold] = await Promise.all([fontFile(400), fontFile(700)])
  const size = title.length > 90 ? 52 : title.length > 50 ? 62 : 72
  return new ImageResponse(
    (
      <div style={{ display: 'flex', flexDirection: 'column', width: '100%', height: '100%', padding: 72, background: '#0c3c52', color: '#ffffff', fontFamily: 'Inter' }}>
        <div style={{ display: 'flex', fontSize: 30, color: '#cfe3ea' }}>{kind}</div>
        <div style={{ display: 'flex', flexGrow: 1, alignItems: 'center', fontSize: size, fontWeight: 700, lineHeight: 1.15 }}>{title}</div>
        <div style={{ display: 'flex', justifyContent: 'space-between', fontSize: 32, borderTop: '3px solid #3f7f8c', paddingTop: 28 }}>
          <span>{newsletterName}</span>
          <span>{date ?? ''}</span>
        </div>
      </div>
    ),
    {
      ...SHARE_IMAGE_SIZE,
      fonts: [
        { name: 'Inter', data: regular, weight: 400, style: 'normal' },
        { name: 'Inter', data: bold, weight: 700, style: 'normal' },
      ],
    },
  )
}
