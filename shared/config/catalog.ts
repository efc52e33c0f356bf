import { z } from 'zod';
import { DEFAULT_CATALOG, DEFAULTS } from './defaults.ts';
import { parseDuration } from './duration.ts';

/** A duration written as `24h`, parsed to milliseconds. */
export const durationMs = z.string().transform((text, ctx) => {
  const ms = parseDuration(text);
  if (ms === undefined) {
    ctx.addIssue({ code: 'custom', message: `"${text}" is not a duration such as 90s, 20m, 24h or 90d` });
    return z.NEVER;
  }
  return ms;
});

const scheduleSchema = z.strictObject({
  enabled: z.boolean(),
  every: durationMs.optional(),
});

const entryFields = {
  id: z.string(),
  path: z.string(),
  strategy: z.enum(['cloak-key', 'twilio-auth-token', 'none']),
  /** For the Twilio strategy: the catalog id of the secret holding the account SID. */
  accountSidSecret: z.string().optional(),
  schedule: scheduleSchema.optional(),
};

/** An entry as written in SRA_CATALOG: complete for a new id, partial for a default id. */
const overrideSchema = z.strictObject({
  ...entryFields,
  path: entryFields.path.optional(),
  strategy: entryFields.strategy.optional(),
});

export const catalogOverridesSchema = z.array(overrideSchema);

export interface CatalogEntryConfig {
  id: string;
  path: string;
  strategy: 'cloak-key' | 'twilio-auth-token' | 'none';
  accountSidSecret?: string;
  /** Scheduled rotation: off unless enabled; the interval counts from the last promotion or adoption. */
  schedule: { enabled: boolean; everyMs: number };
}

type Override = z.infer<typeof overrideSchema>;

/**
 * Merges the overrides by id over the default catalog and checks the result.
 * Returns the entries, or the list of problems (each naming the entry) when it is invalid.
 */
export function buildCatalog(overrides: readonly Override[]): {
  entries: CatalogEntryConfig[];
  problems: string[];
} {
  const problems: string[] = [];
  const defaultEveryMs = parseDuration(DEFAULTS.rotationInterval) as number;
  const byId = new Map<string, CatalogEntryConfig>(
    DEFAULT_CATALOG.map((entry) => [
      entry.id,
      { ...entry, schedule: { enabled: false, everyMs: defaultEveryMs } } as CatalogEntryConfig,
    ]),
  );
  const seen = new Set<string>();
  for (const override of overrides) {
    if (seen.has(override.id)) {
      problems.push(`catalog entry "${override.id}" appears more than once; give each id once`);
      continue;
    }
    seen.add(override.id);
    const base = byId.get(override.id);
    if (!base && (override.path === undefined || override.strategy === undefined)) {
      problems.push(`catalog entry "${override.id}": a new entry needs both "path" and "strategy"`);
      continue;
    }
    const schedule = override.schedule
      ? {
          enabled: override.schedule.enabled,
          everyMs: override.schedule.every ?? base?.schedule.everyMs ?? defaultEveryMs,
        }
      : (base?.schedule ?? { enabled: false, everyMs: defaultEveryMs });
    byId.set(override.id, { ...base, ...definedOnly(override), schedule } as CatalogEntryConfig);
  }
  const entries = [...byId.values()];
  for (const entry of entries) problems.push(...checkEntry(entry, byId));
  return { entries, problems };
}

function checkEntry(entry: CatalogEntryConfig, byId: Map<string, CatalogEntryConfig>): string[] {
  const where = `catalog entry "${entry.id}"`;
  const problems: string[] = [];
  if (entry.strategy === 'none' && entry.schedule.enabled) {
    problems.push(`${where}: scheduled rotation is enabled but the entry has no strategy`);
  }
  if (entry.strategy === 'twilio-auth-token') {
    const sid = entry.accountSidSecret === undefined ? undefined : byId.get(entry.accountSidSecret);
    if (!sid)
      problems.push(`${where}: "accountSidSecret" must name the catalog id of the Twilio account SID`);
    else if (sid.strategy !== 'none')
      problems.push(`${where}: account SID entry "${sid.id}" must not be rotated`);
  } else if (entry.accountSidSecret !== undefined) {
    problems.push(`${where}: "accountSidSecret" applies only to the twilio-auth-token strategy`);
  }
  return problems;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
