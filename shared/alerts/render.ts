/**
 * Renders one alert for people (a text block) and for machines (an item of the JSON
 * document). Both carry the full title; neither ever holds more than the alert's own
 * fields (secret ids, versions, evidence ids), so no value can leak through rendering.
 */
import type { PreparedAlert } from './prepare.ts';

/** One alert of the JSON document; see README.md for the schema. */
export interface AlertDocumentItem {
  readonly kind: string;
  readonly severity: string;
  readonly title: string;
  readonly secrets: readonly string[];
  readonly details: string;
  readonly facts: Readonly<Record<string, string | number | boolean>>;
  readonly evidence: readonly string[];
  readonly alertKey: string;
  readonly scope: string;
  readonly summary: string;
  readonly action: string;
  readonly omitted?: { readonly characters: number; readonly evidence: number };
}

/** Never throws. */
export function documentItem(alert: PreparedAlert): AlertDocumentItem {
  return {
    kind: alert.kind,
    severity: alert.severity,
    title: alert.title,
    secrets: alert.secrets,
    details: alert.details,
    facts: alert.facts ?? {},
    evidence: alert.evidence,
    alertKey: alert.alertKey,
    scope: alert.identity.scope,
    summary: alert.spec.summary,
    action: alert.spec.action,
    ...(alert.omitted === undefined ? {} : { omitted: alert.omitted }),
  };
}

/** The omission notice, or undefined when nothing was left out. Never throws. */
export function omissionNotice(alert: PreparedAlert): string | undefined {
  const omitted = alert.omitted;
  if (omitted === undefined) return undefined;
  return (
    `[Too large for one SNS message: ${omitted.characters} characters of the details and ` +
    `${omitted.evidence} evidence ids were left out.]`
  );
}

/** The readable block of one alert. Never throws. */
export function textBlock(alert: PreparedAlert): string {
  const lines = [`[${alert.severity.toUpperCase()}] ${alert.kind}: ${alert.title}`];
  lines.push(`Secrets: ${alert.secrets.length > 0 ? alert.secrets.join(', ') : '(none)'}`);
  if (alert.details.length > 0) lines.push('', alert.details, '');
  for (const [name, value] of Object.entries(alert.facts ?? {})) lines.push(`${name}: ${String(value)}`);
  if (alert.evidence.length > 0) lines.push(`Evidence: ${alert.evidence.join(', ')}`);
  const notice = omissionNotice(alert);
  if (notice !== undefined) lines.push(notice);
  lines.push(
    `What happened: ${alert.spec.summary}`,
    `What to do: ${alert.spec.action}`,
    `Alert key: ${alert.alertKey}`,
  );
  return lines.join('\n');
}
