import sharp from 'sharp'

/**
 * The e-mail's two photos (both "Foto: Camilla Zilo") are not in the archive. The seed makes
 * calm, neutral stand-ins instead and says so in their alt text, keeping the credit.
 */
export const PLACEHOLDERS = {
  report: {
    filename: 'platshallare-arlig-uppfoljning.jpg',
    alt: 'Neutral platshållarbild i blågrönt. Den ersätter originalfotot till artikeln om den årliga uppföljningen av miljömålen, som inte finns kvar.',
    colors: ['#0c3c52', '#3f7f8c'],
  },
  biodiversity: {
    filename: 'platshallare-biologisk-mangfald.jpg',
    alt: 'Neutral platshållarbild i grönt. Den ersätter originalfotot till artikeln om kommunernas arbete med biologisk mångfald, som inte finns kvar.',
    colors: ['#24502f', '#7fa36b'],
  },
} as const

export const PLACEHOLDER_CREDIT = 'Camilla Zilo'

const WIDTH = 1200
const HEIGHT = 675

export async function placeholderJpeg([from, to]: readonly [string, string]): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${WIDTH * 0.78}" cy="${HEIGHT * 0.3}" r="${HEIGHT * 0.42}" fill="#ffffff" fill-opacity="0.08"/>
    <circle cx="${WIDTH * 0.2}" cy="${HEIGHT * 0.85}" r="${HEIGHT * 0.35}" fill="#ffffff" fill-opacity="0.06"/>
  </svg>`
  return sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer()
}
