/**
 * HTTP/S delivery as SNS's default delivery policy does it: one attempt and up to three
 * retries on a connection failure or a 5xx answer (a 4xx answer is final). The stand-in
 * retries at once instead of 20 seconds apart. Each attempt is recorded with the world-clock
 * time.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LocalClock } from '../core/clock.ts';
import { SNS_LIMITS } from './constants.ts';
import type { DeliveryAttempt, DeliveryRecord, Outbox } from './outbox.ts';

export interface HttpDelivery {
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** Delivers and returns whether the endpoint accepted (2xx). Never throws. */
export async function deliverHttp(
  d: HttpDelivery,
  clock: LocalClock,
  attempts: DeliveryAttempt[],
): Promise<boolean> {
  for (let n = 0; n <= SNS_LIMITS.httpRetries; n++) {
    const attempt: DeliveryAttempt = { time: clock.now().toISOString() };
    attempts.push(attempt);
    try {
      attempt.status = await post(d);
      if (attempt.status >= 200 && attempt.status < 300) return true;
      if (attempt.status < 500) return false;
    } catch (error) {
      attempt.error = error instanceof Error ? error.message : String(error);
    }
  }
  return false;
}

/**
 * Starts delivering a record's body to its HTTP/S endpoint in the background: the record is
 * `pending` until it ends `delivered` or `failed`; the outbox tracks it for `settled()`.
 */
export function dispatchHttp(
  record: DeliveryRecord,
  headers: Record<string, string>,
  clock: LocalClock,
  outbox: Outbox,
): void {
  record.status = 'pending';
  const delivery = deliverHttp({ url: record.endpoint, headers, body: record.body }, clock, record.attempts);
  outbox.track(
    delivery.then((ok) => {
      record.status = ok ? 'delivered' : 'failed';
    }),
  );
}

function post(d: HttpDelivery): Promise<number> {
  const url = new URL(d.url);
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  const body = Buffer.from(d.body, 'utf8');
  return new Promise((resolve, reject) => {
    const req = send(
      url,
      {
        method: 'POST',
        agent: false,
        timeout: SNS_LIMITS.httpTimeoutMs,
        headers: { ...d.headers, 'content-length': String(body.length) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    req.end(body);
  });
}
