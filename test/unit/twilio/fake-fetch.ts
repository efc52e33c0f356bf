/** A scripted `fetch` for the Twilio client's unit tests: answers in order, records requests. */
import type { FetchLike } from '../../../shared/twilio/index.ts';

export interface RecordedRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  body: string | undefined;
}

export type Scripted = { status: number; body?: unknown; headers?: Record<string, string> } | Error;

export interface FakeFetch {
  fetch: FetchLike;
  requests: RecordedRequest[];
}

/** Each call takes the next scripted answer (the last one repeats); an Error is thrown as fetch would. */
export function fakeFetch(...script: Scripted[]): FakeFetch {
  const requests: RecordedRequest[] = [];
  const fetch: FetchLike = async (url, init) => {
    requests.push({
      url,
      method: init.method ?? 'GET',
      headers: { ...(init.headers as Record<string, string>) },
      body: init.body === undefined ? undefined : String(init.body),
    });
    const next = script[Math.min(requests.length - 1, script.length - 1)] as Scripted;
    if (next instanceof Error) throw next;
    const text =
      next.body === undefined ? null : typeof next.body === 'string' ? next.body : JSON.stringify(next.body);
    return new Response(next.status === 204 ? null : text, {
      status: next.status,
      headers: next.headers ?? {},
    });
  };
  return { fetch, requests };
}

export const SID = `AC${'a'.repeat(32)}`;
export const TOKEN = '1'.repeat(32);
export const noSleep = async (): Promise<void> => {};
