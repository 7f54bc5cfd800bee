/**
 * PostgreSQL's own client programs (pg_dump, pg_restore, psql) for backups. They come from the
 * operating system (Debian: `apt-get install postgresql-client`), or from PG_BIN_DIR when set.
 * pg_dump refuses a server newer than itself, so the major versions are compared up front and a
 * mismatch is one clear line instead of pg_dump's "aborting because of server version mismatch".
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

import pg from 'pg'

import { StartupError } from './cli'

export type PostgresTool = 'pg_dump' | 'pg_restore' | 'psql'

export type ToolResult = { code: number; stdout: string; stderr: string }

function toolPath(tool: PostgresTool): string {
  const dir = process.env.PG_BIN_DIR
  if (!dir) return tool
  const full = path.join(dir, tool)
  if (!existsSync(full)) throw new StartupError(`PG_BIN_DIR is ${dir}, but ${tool} is not in it.`)
  return full
}

function explainSpawnError(tool: PostgresTool, error: NodeJS.ErrnoException): Error {
  if (error.code !== 'ENOENT') return error
  return new StartupError(
    `${tool} was not found. Install PostgreSQL's client programs (Debian: apt-get install postgresql-client) or set PG_BIN_DIR to the folder that holds them.`,
  )
}

/**
 * libpq's settings for a DATABASE_URL. The password travels in PGPASSWORD rather than on the
 * command line, where any user of the machine could read it in the process list.
 */
function connectionFor(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { dbname: parsed.toString(), env: { ...process.env, PGPASSWORD: password, PGCONNECT_TIMEOUT: '10' } }
}

/** Runs a tool (against the database at `url`, when given); its output is kept for messages. */
export function runTool(tool: PostgresTool, args: string[], url: string | null): Promise<ToolResult> {
  const connection = url ? connectionFor(url) : null
  const fullArgs = connection ? [...args, `--dbname=${connection.dbname}`] : args
  return new Promise((resolve, reject) => {
    const child = spawn(toolPath(tool), fullArgs, {
      env: connection?.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('error', (error) => reject(explainSpawnError(tool, error)))
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: stdout.trim(), stderr: stderr.trim() }))
  })
}

async function toolMajorVersion(tool: PostgresTool): Promise<number> {
  const { stdout: output } = await runTool(tool, ['--version'], null)
  // "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"
  const match = /\(PostgreSQL\)\s+(\d+)/.exec(output)
  if (!match) throw new StartupError(`Could not tell which version ${tool} is (it printed "${output}").`)
  return Number(match[1])
}

export async function serverMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 })
  await client.connect()
  try {
    const result = await client.query<{ server_version_num: string }>('show server_version_num')
    return Math.floor(Number(result.rows[0]?.server_version_num) / 10000)
  } finally {
    await client.end()
  }
}

/** pg_dump and pg_restore read and write archives of their own major version or older servers. */
export async function assertToolsFit(url: string, tools: PostgresTool[]): Promise<void> {
  const server = await serverMajorVersion(url)
  for (const tool of tools) {
    const major = await toolMajorVersion(tool)
    if (major < server) {
      throw new StartupError(
        `${tool} is version ${major}, but the database runs PostgreSQL ${server}. Install postgresql-client-${server} or set PG_BIN_DIR to its programs.`,
      )
    }
  }
}
