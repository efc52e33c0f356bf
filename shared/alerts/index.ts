/**
 * Alerts through SNS: the catalogue of kinds, and the publisher that de-duplicates through
 * the ops table's alert records. See README.md for the message format and contracts.
 */
export { alertKeyOf, fingerprintOf } from './alert-key.ts';
export {
  type AlertKindSpec,
  alertKind,
  alertKinds,
  registerAlertKind,
  resetAlertCatalogue,
} from './catalogue.ts';
export {
  ALERT_DEFAULTS,
  ALERT_DOCUMENT_SCHEMA,
  ALERT_SCOPES,
  type AlertScope,
  JSON_PROTOCOLS,
  MESSAGE_ATTRIBUTES,
  MIXED_KIND,
  REDACTED,
  ROTATION_ALERT_KINDS,
  SEVERITIES,
  type Severity,
  SNS_PUBLISH_LIMITS,
  TEXT_PROTOCOLS,
} from './constants.ts';
export {
  AlertCatalogueError,
  AlertError,
  AlertStateError,
  InvalidAlertError,
  UnknownAlertKindError,
} from './errors.ts';
export { isFifoTopic, messageDeduplicationId, messageGroupId } from './fifo.ts';
export { buildPublishInput, publishInputBytes } from './message.ts';
export { type PlannedMessage, planMessages } from './plan.ts';
export { type PreparedAlert, prepareAlert } from './prepare.ts';
export { publishAlerts } from './publish.ts';
export { containsSecretValue, redact } from './redact.ts';
export { redeliverPending } from './redeliver.ts';
export { sanitiseSubject } from './subject.ts';
export type {
  Alert,
  AlertIdentity,
  AlertOutcome,
  AlertPublisher,
  AlertStatus,
  PublishReport,
} from './types.ts';
