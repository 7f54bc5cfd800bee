import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '@/access/isAdmin'
import { isSelfOrAdmin } from '@/access/isSelfOrAdmin'
import { canUseAdmin } from '@/access/isStaff'
import { ROLE_LABELS, ROLES } from '@/access/roles'
import { env } from '@/lib/env'

import { notePasswordChange } from '../shared/auditHooks'
import { collectionLabels } from '../shared/collectionLabels'

import { auditCsvEndpoint } from './auditEndpoint'
import { auditFailedSignIn, auditSignedIn, rememberSignInAttempt } from './hooks/auditSignIns'
import { forgiveSuccessfulLogin, limitLoginAttempts } from './hooks/limitLoginAttempts'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin'
import { refuseUnknownAlike } from './hooks/refuseUnknownAlike'
import { resetPasswordEmail } from './resetPasswordEmail'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: collectionLabels({ sv: 'Användare', en: 'User' }, { sv: 'Användare', en: 'Users' }),
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role'],
    group: { sv: 'Administration', en: 'Administration' },
  },
  auth: {
    // No lockout: any stranger could renew one against any account, the admin's included. The
    // limits that stop guessing count per client and per account (lib/security/loginThrottle.ts).
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    forgotPassword: resetPasswordEmail,
    cookies: {
      sameSite: 'Lax',
      secure: env.siteUrl.startsWith('https://'),
    },
  },
  access: {
    admin: canUseAdmin,
    create: isAdmin,
    read: isSelfOrAdmin,
    update: isSelfOrAdmin,
    delete: isAdmin,
  },
  endpoints: [auditCsvEndpoint],
  hooks: {
    beforeOperation: [rememberSignInAttempt, limitLoginAttempts, refuseUnknownAlike],
    beforeChange: [makeFirstUserAdmin, notePasswordChange],
    afterLogin: [forgiveSuccessfulLogin, auditSignedIn],
    afterError: [auditFailedSignIn],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { sv: 'Namn', en: 'Name' },
    },
    {
      name: 'role',
      type: 'select',
      label: { sv: 'Roll', en: 'Role' },
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      // Only admins set roles, so nobody can raise their own.
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: {
          sv: 'Redaktörer skriver och publicerar innehåll på webbplatsen, gör provutskick och begär godkännande. Ansvarig utgivare godkänner, skickar och publicerar rättelser. Administratörer gör allt det och hanterar dessutom användare och inställningar.',
          en: 'Editors write and publish on the site, test-send and ask for approval. Publishers approve, send and publish corrections. Administrators also manage users and settings.',
        },
      },
    },
  ],
}
