/**
 * The rotation part of the story: the application boots, a scheduled tick adopts the
 * parameters, an operator rotates the cloak key and the Twilio token, and the application
 * re-reads (current and previous).
 */
import { GetParameterHistoryCommand } from '@aws-sdk/client-ssm';
import { type ActionResult, runAction, type TickResult } from '../../shared/rotation/index.ts';
import { appRead } from './app-reads.ts';
import { type DemoContext, lambdaContext, scheduledEvent } from './context.ts';
import { fingerprint } from './show.ts';

const SECRET_IDS = ['cloak-key', 'twilio-account-sid', 'twilio-auth-token', 'twilio-verify-service-sid'];

/** The application's role reads its four parameters at boot. */
export async function appBoots(ctx: DemoContext): Promise<void> {
  const { p, world, values } = ctx;
  p.step(
    'The application boots and reads its secrets',
    'The Phoenix app (IRSA role QlariusSecretsRole) reads each parameter by plain name with ' +
      'decryption, as the origin document does.',
  );
  const rows: string[][] = [];
  for (const id of SECRET_IDS) {
    const read = await appRead(world, id);
    values[`boot:${id}`] = read.value;
    rows.push([read.reference, `v${read.version}`, fingerprint(read.value)]);
  }
  p.table(['GetParameter', 'version', 'fingerprint'], rows);
}

/** The rotation function's scheduled tick adopts the hand-made parameters. */
export async function tickAdopts(ctx: DemoContext): Promise<void> {
  const { p, world } = ctx;
  p.step(
    'A scheduled tick adopts the parameters',
    'EventBridge invokes the rotation function (tool role). Parameters without labels are adopted: ' +
      'the latest version gets `current`. Adoption never rotates.',
  );
  const result = (await ctx.rotate(
    scheduledEvent(world.clock.now(), world.config.aws),
    lambdaContext('rotate') as never,
  )) as TickResult;
  for (const s of result.secrets) p.line(`${s.secret}: ${s.action} ${s.outcome}; ${alerts(s)}`);
  await printLabels(ctx, ['cloak-key', 'twilio-auth-token']);
}

/** An operator rotates `secretId` by hand (`sra rotate <secret>`), over the same shared code. */
export async function operatorRotates(ctx: DemoContext, secretId: string): Promise<ActionResult> {
  const { p } = ctx;
  const twilio = secretId === 'twilio-auth-token';
  p.step(
    `An operator rotates ${secretId}`,
    twilio
      ? 'Staged: create (Twilio creates a secondary token), test (both tokens authenticate), ' +
          'promote (new version, `current`/`previous` moved). The old token keeps working for ' +
          'the grace period so pods can be rolled.'
      : 'Staged: create (32 random bytes in the ops namespace, outside the app grant), test ' +
          '(decodes to 32 bytes, differs from every labelled key), promote (new version, ' +
          '`current` on it, `previous` on the old one). The old key stays readable as `previous` ' +
          'until re-encryption is confirmed.',
  );
  const result = (await runAction(ctx.deps('operator', 'cli:alice@example.com'), {
    action: 'rotate',
    secret: secretId,
  })) as ActionResult;
  p.line(
    `sra rotate ${secretId}: ${result.outcome}${result.rotationId ? ` (rotation ${result.rotationId})` : ''}`,
  );
  for (const line of result.done) p.line(`  - ${line}`);
  p.line(`  phase now: ${result.view?.phase}; ${alerts(result)}`);
  if (twilio) {
    const tokens = (await ctx.world.control('GET', 'twilio/tokens')) as {
      primary: string;
      secondary: string | null;
    };
    p.line(
      `Twilio stand-in: primary ${fingerprint(tokens.primary)}, secondary ${fingerprint(tokens.secondary ?? undefined)}`,
    );
  }
  await printLabels(ctx, [secretId]);
  return result;
}

/** The application re-reads: plain names give the new values, `:previous` the old ones. */
export async function appRereads(ctx: DemoContext): Promise<void> {
  const { p, world, values } = ctx;
  p.step(
    'The application re-reads (after a rolling restart)',
    'Plain names now give the new values; `name:previous` still serves the values read at boot, ' +
      'so the Cloak key ring can decrypt old rows and old Twilio signatures still verify.',
  );
  const rows: string[][] = [];
  for (const id of ['cloak-key', 'twilio-auth-token']) {
    const boot = values[`boot:${id}`];
    for (const label of [undefined, 'previous'] as const) {
      const read = await appRead(world, id, label);
      if (label === undefined) values[`new:${id}`] = read.value;
      const same = read.value === boot ? 'same as at boot' : 'new value';
      rows.push([read.reference, `v${read.version}`, fingerprint(read.value), same]);
    }
  }
  p.table(['GetParameter', 'version', 'fingerprint', 'compared with boot'], rows);
}

/** Prints the labelled versions of each secret (versions, labels, KMS key, fingerprint). */
export async function printLabels(ctx: DemoContext, ids: readonly string[]): Promise<void> {
  const rows: string[][] = [];
  for (const id of ids) {
    const name = ctx.world.config.layout.canonicalName(id);
    const history = await ctx.world
      .as('operator')
      .ssm.send(new GetParameterHistoryCommand({ Name: name, WithDecryption: true }));
    for (const v of history.Parameters ?? [])
      rows.push([
        name,
        `v${v.Version}`,
        (v.Labels ?? []).join(',') || '-',
        keyName(v.KeyId),
        fingerprint(v.Value),
      ]);
  }
  ctx.p.table(['parameter', 'version', 'labels', 'KMS key', 'fingerprint'], rows);
}

function keyName(keyId: string | undefined): string {
  return keyId === undefined
    ? '-'
    : `key/${keyId.slice(keyId.lastIndexOf('/') + 1, keyId.lastIndexOf('/') + 9)}...`;
}

function alerts(result: ActionResult): string {
  return result.alerts.length === 0
    ? 'no alert'
    : `alert ${result.alerts.map((a) => `${a.kind} ${a.status}`).join(', ')}`;
}
