import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project root, whatever the current directory. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

/** Everything the app keeps on disk between runs (git-ignored). */
export const DATA_DIR = path.join(ROOT, '.data')
export const POSTGRES_DIR = path.join(DATA_DIR, 'postgres')
export const SECRET_FILE = path.join(DATA_DIR, 'payload-secret')
export const EMBEDDED_DATABASE = 'rus'

export const NEXT_BIN = path.join(ROOT, 'node_modules', 'next', 'dist', 'bin', 'next')

/** Node arguments that run the production server (server.ts) on the last build, on PORT and HOST. */
export const SERVER_ARGS = ['--import', 'tsx/esm', path.join(ROOT, 'server.ts')]
