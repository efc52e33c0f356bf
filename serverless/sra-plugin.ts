/**
 * The project's osls plugin. Before packaging it refuses what would deploy broken (an
 * invalid schedule expression, case C-16; an invalid product configuration; a lock lease not
 * longer than the rotate function's timeout), writes each function's IAM statements from the
 * configuration, and adds the tool's own roles to the audit policy so its calls raise no
 * finding. After compiling it adds the CloudWatch alarms.
 */
import { type Config, loadConfig } from '../shared/config/index.ts';
import { checkScheduleExpression } from '../shared/schedule/index.ts';
import { functionAlarms } from './alarms.ts';
import {
  auditStreamStatements,
  auditSweepStatements,
  rotateStatements,
  type Statement,
} from './iam-statements.ts';

// biome-ignore lint/suspicious/noExplicitAny: osls passes its untyped service object.
type Serverless = any;

/** Placeholders for the values CloudFormation fills in at deployment, used only to validate. */
const PLACEHOLDERS: Record<string, string> = {
  SRA_ACCOUNT: '000000000000',
  SRA_PARTITION: 'aws',
  SRA_TABLE: 'ops-table',
  SRA_TOPIC_ARN: 'arn:aws:sns:us-east-1:000000000000:alerts',
};

const STATEMENTS: Record<string, (config: Config, kms: string[]) => Statement[]> = {
  rotate: rotateStatements,
  auditSweep: () => auditSweepStatements(),
  auditStream: () => auditStreamStatements(),
};

export class SraPlugin {
  readonly hooks: Record<string, () => void>;

  constructor(private readonly serverless: Serverless) {
    this.hooks = {
      'before:package:initialize': () => this.prepare(),
      'before:package:finalize': () => this.finish(),
    };
  }

  private fail(problems: string[]): never {
    throw new this.serverless.classes.Error(
      `ssm-rotation-audit: refusing to package:\n- ${problems.join('\n- ')}`,
    );
  }

  /**
   * Refuses an invalid schedule expression of any function (C-16). Called before the
   * framework resolves variables and validates its schema (whose message for a bad schedule
   * does not say what is wrong), so it substitutes `${param:...}` itself from `--param` and
   * the `params` section; an expression still holding another variable is checked later.
   */
  checkSchedules(): void {
    const functions: Record<string, { events?: unknown[] }> = this.serverless.service.functions ?? {};
    const params = this.params();
    const resolve = (text: string) =>
      text.replace(/\$\{param:([A-Za-z0-9_-]+)\}/g, (whole, name: string) => params[name] ?? whole);
    const problems = Object.entries(functions).flatMap(([name, fn]) =>
      scheduleProblems(name, fn.events ?? [], resolve),
    );
    if (problems.length > 0) this.fail(problems);
  }

  /** Stage parameters: `params.default`, then `params.<stage>`, then `--param name=value`. */
  private params(): Record<string, string> {
    const options = this.serverless.processedInput?.options ?? {};
    const stage = options.stage ?? 'dev';
    const declared = this.serverless.configurationInput?.params ?? {};
    const result: Record<string, string> = { ...declared.default, ...declared[stage] };
    const cli = options.param === undefined ? [] : [options.param].flat();
    for (const pair of cli as string[]) {
      const at = pair.indexOf('=');
      if (at > 0) result[pair.slice(0, at)] = pair.slice(at + 1);
    }
    return result;
  }

  private prepare(): void {
    this.checkSchedules();
    const service = this.serverless.service;
    const functions: Record<string, { timeout?: number; events?: unknown[]; iamRoleStatements?: unknown }> =
      service.functions ?? {};

    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(service.provider.environment ?? {})) {
      if (key.startsWith('SRA_')) env[key] = typeof value === 'string' ? value : (PLACEHOLDERS[key] ?? '');
    }
    env.SRA_AUDIT_POLICY = withToolRoles(
      env.SRA_AUDIT_POLICY ?? '{}',
      service.service,
      service.provider.stage,
    );
    service.provider.environment.SRA_AUDIT_POLICY = env.SRA_AUDIT_POLICY;
    let config: Config;
    try {
      config = loadConfig({ env });
    } catch (error) {
      this.fail([(error as Error).message]);
    }
    const rotateTimeoutMs = (functions.rotate?.timeout ?? 6) * 1000;
    if (config.lock.leaseMs <= rotateTimeoutMs) {
      this.fail([
        `SRA_LOCK_LEASE (${config.lock.leaseMs / 1000}s) must be longer than the rotate timeout (${rotateTimeoutMs / 1000}s)`,
      ]);
    }
    const kms = String(service.initialServerlessConfig?.params?.default?.kmsKeyArns ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    for (const [name, build] of Object.entries(STATEMENTS)) {
      const fn = functions[name];
      if (fn) fn.iamRoleStatements = build(config, kms);
    }
  }

  private finish(): void {
    const template = this.serverless.service.provider.compiledCloudFormationTemplate;
    // Every function has its own role; the framework's shared default role would be unused.
    const { IamRoleLambdaExecution: defaultRole, ...others } = template.Resources;
    if (defaultRole && !JSON.stringify(others).includes('"IamRoleLambdaExecution"')) {
      delete template.Resources.IamRoleLambdaExecution;
    }
    const provider = this.serverless.getProvider('aws');
    for (const [name, fn] of Object.entries<{ events?: unknown[] }>(
      this.serverless.service.functions ?? {},
    )) {
      const logicalId = provider.naming.getLambdaLogicalId(name);
      const scheduled = (fn.events ?? []).some((e) => typeof e === 'object' && e !== null && 'schedule' in e);
      Object.assign(template.Resources, functionAlarms({ functionName: name, logicalId, scheduled }));
    }
  }
}

function scheduleProblems(
  functionName: string,
  events: unknown[],
  resolve: (text: string) => string = (text) => text,
): string[] {
  return events.flatMap((event) => {
    if (typeof event !== 'object' || event === null || !('schedule' in event)) return [];
    const schedule = (event as { schedule: unknown }).schedule;
    const raw = typeof schedule === 'string' ? schedule : (schedule as { rate?: unknown })?.rate;
    const expressions = Array.isArray(raw) ? raw : [raw];
    return expressions.flatMap((raw) => {
      const expression = resolve(String(raw));
      if (expression.includes('${')) return [];
      const check = checkScheduleExpression(expression);
      return check.ok ? [] : [`function ${functionName}: ${check.message}`];
    });
  });
}

/** Adds the deployment's own function roles to the audit policy's tool principals. */
function withToolRoles(policyText: string, service: string, stage: string): string {
  let policy: { principals?: { tool?: string[] } };
  try {
    policy = JSON.parse(policyText);
  } catch {
    return policyText;
  }
  const principals = { ...(policy.principals ?? {}) };
  principals.tool = [...(principals.tool ?? []), `arn:{partition}:iam::{account}:role/${service}-${stage}-*`];
  return JSON.stringify({ ...policy, principals });
}
