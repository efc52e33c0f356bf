/** The strategies by name. */
import { UnknownStepError } from '../errors.ts';
import { cloakKeyStrategy } from './cloak-key.ts';
import { twilioAuthTokenStrategy } from './twilio-auth-token.ts';
import type { Strategy } from './types.ts';

export { cloakTag, decodeCloakKey } from './cloak-tag.ts';
export type { Strategy, StrategyContext } from './types.ts';

const STRATEGIES: Record<string, Strategy> = {
  'cloak-key': cloakKeyStrategy,
  'twilio-auth-token': twilioAuthTokenStrategy,
};

/** The strategy called `name`. Throws `UnknownStepError` (code `unknown-strategy`) for another name. */
export function strategyFor(name: string): Strategy {
  const strategy = STRATEGIES[name];
  if (strategy === undefined)
    throw new UnknownStepError('unknown-strategy', `no rotation strategy "${name}"`);
  return strategy;
}
