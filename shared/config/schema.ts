import { z } from 'zod';
import { checkTwilioBaseUrl } from '../twilio/base-url.ts';
import { TWILIO_BASE_URLS } from '../twilio/constants.ts';
import { auditPolicySchema } from './audit-policy.ts';
import { auditSweepConfigFields } from './audit-sweep.ts';
import { catalogOverridesSchema, durationMs } from './catalog.ts';
import { DEFAULT_PATHS, DEFAULTS } from './defaults.ts';
import { rotationConfigFields } from './rotation.ts';

/** A Twilio base URL (see `shared/twilio/base-url.ts`), without a trailing slash. */
const twilioBaseUrl = (fallback: string) =>
  z
    .string()
    .transform((text, ctx) => {
      const checked = checkTwilioBaseUrl(text);
      if (checked.ok) return checked.url;
      ctx.addIssue({ code: 'custom', message: checked.reason });
      return z.NEVER;
    })
    .prefault(fallback);

const jsonText = <T extends z.ZodType>(inner: T) =>
  z.string().transform((text, ctx): z.output<T> => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      ctx.addIssue({ code: 'custom', message: `is not valid JSON (${(error as Error).message})` });
      return z.NEVER;
    }
    const result = inner.safeParse(parsed);
    if (!result.success) {
      for (const issue of result.error.issues) {
        ctx.addIssue({ code: 'custom', message: `${issue.path.join('.') || '(top)'}: ${issue.message}` });
      }
      return z.NEVER;
    }
    return result.data;
  });

/** The flat keys (see keys.ts) with their checks and defaults. */
export const rawConfigSchema = z.strictObject({
  SRA_REGION: z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be an AWS region such as us-east-1'),
  SRA_ACCOUNT: z.string().regex(/^\d{12}$/, 'must be a 12-digit AWS account id'),
  SRA_PARTITION: z.enum(['aws', 'aws-cn', 'aws-us-gov']).default(DEFAULTS.partition),
  SRA_ROOT: z.string().default(DEFAULT_PATHS.root),
  SRA_STAGE: z.string().optional(),
  SRA_OPS_ROOT: z.string().default(DEFAULT_PATHS.opsRoot),
  SRA_CATALOG: jsonText(catalogOverridesSchema).default([]),
  SRA_TABLE: z
    .string()
    .regex(/^[a-zA-Z0-9_.-]{3,255}$/, 'must be a DynamoDB table name: 3-255 of a-z A-Z 0-9 _ . -')
    .default(DEFAULTS.tableName),
  SRA_TOPIC_ARN: z
    .string()
    .regex(
      /^arn:aws(-cn|-us-gov)?:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/,
      'must be an SNS topic ARN such as arn:aws:sns:us-east-1:111122223333:alerts',
    )
    .optional(),
  SRA_LOCK_LEASE: durationMs.prefault(DEFAULTS.lockLease),
  ...rotationConfigFields,
  SRA_AUDIT_POLICY: jsonText(auditPolicySchema).prefault('{}'),
  ...auditSweepConfigFields,
  SRA_TWILIO_API_URL: twilioBaseUrl(TWILIO_BASE_URLS.api),
  SRA_TWILIO_ACCOUNTS_URL: twilioBaseUrl(TWILIO_BASE_URLS.accounts),
});
