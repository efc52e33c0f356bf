import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { type Config, loadConfig } from '../shared/config/index.ts';
import { registerAuditCommand } from './commands/audit.ts';
import { registerConfigCommand } from './commands/config.ts';
import { registerDemoCommand } from './commands/demo.ts';
import { registerDoctorCommand } from './commands/doctor.ts';
import { registerLocalCommand } from './commands/local.ts';
import { registerRotationCommands } from './commands/rotation.ts';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** What commands receive: the configuration, loaded on first use with the global `--config`. */
export interface CliContext {
  config(): Config;
  out: (text: string) => void;
}

/** Builds the `sra` program; commands are registered by the modules in `cli/commands/`. */
export function buildProgram(out: (text: string) => void): Command {
  const program = new Command('sra')
    .description('Rotate and audit the secrets an application keeps in AWS SSM Parameter Store.')
    .version(pkg.version, '-V, --version', 'print the version')
    .option('--config <file>', 'JSON file of SRA_* configuration keys (the environment wins over it)')
    .showHelpAfterError('(run sra --help for usage)')
    .configureOutput({ writeOut: out })
    // Before the commands are added, so that they inherit it: a usage error of any command
    // throws (and exits 2 in `main`) instead of exiting the process with 1.
    .exitOverride();
  let cached: Config | undefined;
  const context: CliContext = {
    config: () => {
      cached ??= loadConfig({ file: program.opts<{ config?: string }>().config ?? process.env.SRA_CONFIG });
      return cached;
    },
    out,
  };
  registerConfigCommand(program, context);
  registerAuditCommand(program, context);
  registerRotationCommands(program, context);
  registerDoctorCommand(program, context);
  registerLocalCommand(program, context);
  registerDemoCommand(program, context);
  return program;
}
