// osls loads plugins as JavaScript (through require, so no top-level await here); this shim
// loads the TypeScript plugin, and the product modules it uses, through tsx on first use.
import { register } from 'tsx/esm/api';

register();

export default class SraPluginShim {
  constructor(serverless) {
    const plugin = import('./sra-plugin.ts').then(({ SraPlugin }) => new SraPlugin(serverless));
    const run = (hook) => async () => (await plugin).hooks[hook]();
    // Runs before the framework's own schema validation, whose message for a bad schedule
    // ("unsupported string format") does not say what is wrong.
    this.asyncInit = async () => (await plugin).checkSchedules();
    this.hooks = {
      'before:package:initialize': run('before:package:initialize'),
      'before:package:finalize': run('before:package:finalize'),
    };
  }
}
