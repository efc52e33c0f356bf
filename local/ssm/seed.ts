/**
 * `POST /_local/ssm/parameters`: seeds parameters without going through the API (no
 * CloudTrail record). Each item writes one new version (overwriting an existing
 * parameter), then attaches its labels. Answers the written versions, or the AWS error
 * the write met as a 400.
 */
import { z } from 'zod';
import { controlError, controlJson, parseControlItems } from '../control/respond.ts';
import { AwsError } from '../core/aws-error.ts';
import type { LocalRequest, LocalResponse, LocalWorld } from '../core/service.ts';
import { PARAMETER_TYPES } from './constants.ts';
import { labelParameterVersion } from './labelling.ts';
import { putParameter } from './put.ts';
import type { ParameterStore } from './store.ts';

const seedItem = z.strictObject({
  name: z.string().min(1),
  value: z.string().min(1),
  type: z.enum(PARAMETER_TYPES).default('String'),
  keyId: z.string().min(1).optional(),
  description: z.string().optional(),
  labels: z.array(z.string().min(1)).max(10).optional(),
});

export async function seedParameters(
  world: LocalWorld,
  store: ParameterStore,
  req: LocalRequest,
): Promise<LocalResponse> {
  if (req.method !== 'POST') return controlError(405, 'use POST');
  const parsed = parseControlItems(req, seedItem);
  if (!parsed.ok) return parsed.response;
  const identity = world.identities.resolve(undefined);
  const written: Array<{ name: string; version: number; invalidLabels: string[] }> = [];
  for (const item of parsed.value) {
    try {
      const body = {
        Name: item.name,
        Value: item.value,
        Type: item.type,
        KeyId: item.keyId,
        Overwrite: true,
      };
      const put = putParameter({ world, store, identity, body: { ...body, Description: item.description } });
      const version = Number(put.body.Version);
      const labels = item.labels ?? [];
      const label =
        labels.length > 0
          ? labelParameterVersion({
              world,
              store,
              identity,
              body: { Name: item.name, ParameterVersion: version, Labels: labels },
            })
          : undefined;
      written.push({
        name: item.name,
        version,
        invalidLabels: (label?.body.InvalidLabels as string[]) ?? [],
      });
    } catch (error) {
      if (!(error instanceof AwsError)) throw error;
      return controlError(400, `${item.name}: ${error.code}: ${error.message}`, { code: error.code });
    }
  }
  return controlJson(200, { parameters: written });
}
