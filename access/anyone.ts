import type { Access } from 'payload'

/** Public by design (site settings, uploaded images shown on the site). */
export const anyone: Access = () => true
