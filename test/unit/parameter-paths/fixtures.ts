import type { PathSettings } from '../../../shared/parameter-paths/index.ts';

/** The reference deployment of the design: root `/qlarius`, account 111122223333, us-east-1. */
export const REFERENCE_SETTINGS: PathSettings = {
  root: '/qlarius',
  opsRoot: '/qlarius-rotation',
  region: 'us-east-1',
  account: '111122223333',
  partition: 'aws',
  catalog: [
    { id: 'cloak-key', path: 'cloak-key', strategy: 'cloak-key' },
    { id: 'twilio-auth-token', path: 'twilio/auth-token', strategy: 'twilio-auth-token' },
    { id: 'twilio-account-sid', path: 'twilio/account-sid', strategy: 'none' },
    { id: 'twilio-verify-service-sid', path: 'twilio/verify-service-sid', strategy: 'none' },
  ],
};

export const ALL_SECRET_IDS = [
  'cloak-key',
  'twilio-auth-token',
  'twilio-account-sid',
  'twilio-verify-service-sid',
] as const;

/** The entries with a rotation strategy: only they have a pending value. */
export const ROTATED_SECRET_IDS = ['cloak-key', 'twilio-auth-token'] as const;

/** Runs `act` and returns what it threw (failing the test if it did not throw). */
export function thrown(act: () => unknown): Error & { rule?: string } {
  try {
    act();
  } catch (error) {
    return error as Error & { rule?: string };
  }
  throw new Error('expected a throw');
}
