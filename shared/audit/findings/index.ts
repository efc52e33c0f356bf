/** Findings as JSON views and as alerts, and their publishing through `shared/alerts`. */
export { findingAlert } from './alert.ts';
export {
  type AlertCounts,
  type Alerting,
  type AuditAlerts,
  auditAlerts,
  noAlerts,
  publishFindings,
  redeliverSafely,
} from './publish.ts';
export {
  alertKeyText,
  countByRule,
  type FindingView,
  findingView,
  sortFindings,
  uniqueFindings,
} from './view.ts';
