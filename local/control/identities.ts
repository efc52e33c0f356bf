/** `/_local/identities`: POST one identity (or a list) to seed, GET the seeded ones. */
import type { LocalRequest, LocalResponse } from '../core/service.ts';
import type { IdentityRegistry } from '../identity/registry.ts';
import { identitySeedSchema } from '../identity/schema.ts';
import { controlError, controlJson, parseControlItems } from './respond.ts';

export function identitiesControl(identities: IdentityRegistry, req: LocalRequest): LocalResponse {
  if (req.method === 'GET') return controlJson(200, { identities: identities.list() });
  if (req.method !== 'POST') return controlError(405, 'use GET or POST');
  const parsed = parseControlItems(req, identitySeedSchema);
  if (!parsed.ok) return parsed.response;
  return controlJson(200, { identities: parsed.value.map((seed) => identities.seed(seed)) });
}
