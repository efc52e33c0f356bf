/** The rotation lifecycle kinds: severity, what happened, and what the operator should do. */

import type { AlertKindSpec } from './catalogue.ts';
import { ROTATION_ALERT_KINDS as K } from './constants.ts';

export const ROTATION_KIND_SPECS: readonly AlertKindSpec[] = [
  {
    kind: K.adopted,
    severity: 'info',
    source: 'rotation',
    summary: 'A parameter written by hand was adopted: its latest version now carries `current`.',
    action: 'Nothing if you wrote it. Otherwise find the writer in CloudTrail before enabling rotation.',
  },
  {
    kind: K.rotated,
    severity: 'info',
    source: 'rotation',
    summary: 'A new value was tested and promoted: `current` moved to it, `previous` to the one before.',
    action:
      'Twilio token: roll the application pods before the grace period ends. Cloak key: re-encrypt the data, then retire the rotation.',
  },
  {
    kind: K.retired,
    severity: 'info',
    source: 'rotation',
    summary: 'The old value was retired and the next rotation is allowed.',
    action: 'Nothing. A retired cloak key stays in the parameter history, which cannot forget one version.',
  },
  {
    kind: K.rotationFailed,
    severity: 'high',
    source: 'rotation',
    summary: 'A rotation step failed; the secret keeps its current value.',
    action:
      'Read the error with `sra status <secret>`, fix the cause, then `sra resume <secret>` or `sra cancel <secret>`.',
  },
  {
    kind: K.rotationRefused,
    severity: 'medium',
    source: 'rotation',
    summary: 'A rotation was refused before it changed anything.',
    action:
      'Apply the remedy the alert names (e.g. retire the previous rotation, free the oldest version), then rotate again.',
  },
  {
    kind: K.stuck,
    severity: 'high',
    source: 'rotation',
    summary: 'A rotation has not progressed for longer than its steps should take.',
    action: 'Check the rotation function for errors, then `sra resume <secret>` or `sra cancel <secret>`.',
  },
  {
    kind: K.overdue,
    severity: 'medium',
    source: 'rotation',
    summary: 'A scheduled rotation is past its due time.',
    action: 'Check the rotation schedule and function errors with `sra status`; rotate by hand if needed.',
  },
  {
    kind: K.drift,
    severity: 'high',
    source: 'rotation',
    summary: 'A version was written outside the rotation.',
    action:
      'Find the writer in CloudTrail. If the write was not planned, treat the value as leaked and rotate.',
  },
  {
    kind: K.inconsistentState,
    severity: 'high',
    source: 'rotation',
    summary: 'The stored rotation state and Parameter Store disagree; rotation is refused.',
    action: 'Inspect `sra status <secret>` and repair with the command the alert names (e.g. `sra relabel`).',
  },
  {
    kind: K.tokenInvalid,
    severity: 'critical',
    source: 'rotation',
    summary: 'The Twilio auth token in Parameter Store no longer authenticates.',
    action:
      'The application cannot reach Twilio: check the Twilio console, then roll back or rotate the token now.',
  },
  {
    kind: K.retirementDue,
    severity: 'medium',
    source: 'rotation',
    summary: 'The grace period of a rotation has passed and the old value is still live.',
    action:
      'Twilio token: `sra retire <secret>` once the pods were rolled. Cloak key: retire after re-encryption.',
  },
];
