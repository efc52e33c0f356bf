import type { Command } from 'commander';
import { formatDuration } from '../../shared/config/index.ts';
import type { CliContext } from '../program.ts';

/** `sra config`: validates the configuration and prints the effective values and parameter names. */
export function registerConfigCommand(program: Command, context: CliContext): void {
  program
    .command('config')
    .description('check the configuration and show the effective values and parameter names')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => {
      const config = context.config();
      const secrets = config.catalog.map((entry) => ({
        id: entry.id,
        strategy: entry.strategy,
        name: config.layout.canonicalName(entry.id),
        pending: entry.strategy === 'none' ? undefined : config.layout.pendingName(entry.id),
        scheduledRotation: entry.schedule.enabled ? `every ${formatDuration(entry.schedule.everyMs)}` : 'off',
      }));
      const view = {
        aws: config.aws,
        paths: config.paths,
        table: config.table.name,
        topic: config.topic.arn ?? null,
        lockLease: formatDuration(config.lock.leaseMs),
        secrets,
      };
      if (options.json) {
        context.out(`${JSON.stringify(view, null, 2)}\n`);
        return;
      }
      const lines = [
        `account ${view.aws.account}  region ${view.aws.region}  partition ${view.aws.partition}`,
        `table ${view.table}  topic ${view.topic ?? '(not set)'}  lock lease ${view.lockLease}`,
        '',
        ...secrets.map(
          (s) =>
            `${s.id.padEnd(28)} ${s.name.padEnd(40)} ${s.strategy.padEnd(18)} schedule ${s.scheduledRotation}`,
        ),
      ];
      context.out(`${lines.join('\n')}\n`);
    });
}
