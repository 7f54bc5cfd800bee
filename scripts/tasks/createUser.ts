import { parseArgs } from 'node:util'

import config from '@payload-config'
import { getPayload } from 'payload'

import { ROLES, type Role } from '@/access/roles'
import { runToExit } from '@/scripts/lib/cli'

const USAGE = "Usage: npm run create-admin -- --email you@example.se --password 'at least 12 characters' [--name 'Namn'] [--role admin|publisher|editor]"

function readOptions(): { email: string; password: string; name?: string; role: Role } {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, password: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' } },
    strict: true,
  })
  const role = (values.role ?? 'admin') as Role
  if (!values.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(values.email)) throw new Error(`--email must be an e-mail address. ${USAGE}`)
  if (!values.password || values.password.length < 12) throw new Error(`--password must have at least 12 characters. ${USAGE}`)
  if (!ROLES.includes(role)) throw new Error(`--role must be ${ROLES.join(', ')}. ${USAGE}`)
  return { email: values.email, password: values.password, name: values.name, role }
}

async function main(): Promise<void> {
  const options = readOptions()
  const payload = await getPayload({ config })
  // On a server the first admin is often made before the first start: bring the schema up first.
  await payload.db.migrate()
  const existing = await payload.count({ collection: 'users', where: { email: { equals: options.email } }, overrideAccess: true })
  if (existing.totalDocs > 0) throw new Error(`A user with the e-mail ${options.email} already exists.`)
  await payload.create({ collection: 'users', data: options, overrideAccess: true })
  console.log(`▸ Created ${options.role} ${options.email}. Log in at /admin.`)
}

runToExit(main)
