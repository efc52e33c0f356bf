/**
 * The query protocol's XML: success documents and the one serialisation of SNS errors
 * (`<ErrorResponse>`), used for the model's errors and for faults the server injects.
 */
import type { LocalResponse } from '../core/service.ts';
import { SNS } from './constants.ts';

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** `<name>escaped value</name>`, or nothing for an undefined value. */
export function field(name: string, value: string | undefined): string {
  return value === undefined ? '' : `<${name}>${escapeXml(value)}</${name}>`;
}

/** `<name>children</name>` where children is already XML. */
export function element(name: string, children: string): string {
  return `<${name}>${children}</${name}>`;
}

/** A list: `<name><member>...</member>...</name>`. */
export function members<T>(name: string, items: readonly T[], render: (item: T) => string): string {
  return element(name, items.map((item) => element('member', render(item))).join(''));
}

/** A map: `<name><entry><key>k</key><value>v</value></entry>...</name>`. */
export function entries(name: string, map: Record<string, string>): string {
  const inner = Object.entries(map).map(([k, v]) => element('entry', field('key', k) + field('value', v)));
  return element(name, inner.join(''));
}

function xmlResponse(status: number, body: string, requestId: string): LocalResponse {
  return {
    status,
    headers: { 'content-type': 'text/xml', 'x-amzn-requestid': requestId },
    body: `<?xml version="1.0"?>\n${body}\n`,
  };
}

/** `<ActionResponse>` with `<ActionResult>` (when the action has one) and `ResponseMetadata`. */
export function successResponse(
  action: string,
  result: string | undefined,
  requestId: string,
): LocalResponse {
  const inner = (result === undefined ? '' : element(`${action}Result`, result)) + metadata(requestId);
  return xmlResponse(
    200,
    `<${action}Response xmlns="${SNS.namespace}">${inner}</${action}Response>`,
    requestId,
  );
}

function metadata(requestId: string): string {
  return element('ResponseMetadata', field('RequestId', requestId));
}

export interface SnsErrorShape {
  code: string;
  message: string;
  status: number;
  type?: 'Sender' | 'Receiver';
}

/** The query protocol's error document, e.g. for `InvalidParameter` or an injected `Throttled`. */
export function snsErrorResponse(error: SnsErrorShape, requestId: string): LocalResponse {
  const type = error.type ?? (error.status >= 500 ? 'Receiver' : 'Sender');
  const detail = field('Type', type) + field('Code', error.code) + field('Message', error.message);
  const body = `<ErrorResponse xmlns="${SNS.namespace}">${element('Error', detail)}${field('RequestId', requestId)}</ErrorResponse>`;
  return xmlResponse(error.status, body, requestId);
}
