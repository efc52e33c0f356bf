/**
 * The AWS JSON 1.1 wire format shared by SSM and CloudTrail (and the default for injected
 * errors): `X-Amz-Target: <prefix>.<Operation>`, a JSON body, answers with
 * `application/x-amz-json-1.1`, errors as `{"__type": code, "message": ...}` with the code
 * also in `x-amzn-errortype`. Timestamps are epoch seconds as numbers.
 */
import { AwsError, SerializationException } from './aws-error.ts';
import type { LocalRequest, LocalResponse, ServiceError } from './service.ts';

export const AWS_JSON_11 = 'application/x-amz-json-1.1';

/** The operation named by `X-Amz-Target` when it starts with one of `prefixes` and a dot. */
export function targetOperation(req: LocalRequest, prefixes: readonly string[]): string | undefined {
  const target = req.headers['x-amz-target'];
  if (req.method !== 'POST' || target === undefined) return undefined;
  for (const prefix of prefixes) {
    if (target.startsWith(`${prefix}.`)) return target.slice(prefix.length + 1);
  }
  return undefined;
}

/** The JSON object in the body (`{}` when empty). Throws `SerializationException` otherwise. */
export function parseJsonObject(req: LocalRequest): Record<string, unknown> {
  const text = req.body.toString('utf8').trim();
  if (text === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SerializationException('Start of structure or map found where not expected.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SerializationException('Start of structure or map found where not expected.');
  }
  return parsed as Record<string, unknown>;
}

/** A 200 answer carrying `body` as JSON. */
export function awsJson(body: unknown, requestId: string): LocalResponse {
  return {
    status: 200,
    headers: { 'content-type': AWS_JSON_11, 'x-amzn-requestid': requestId },
    body: JSON.stringify(body),
  };
}

/** An error answer; the message is left out when the real service sends none. */
export function awsJsonError(error: ServiceError | AwsError, requestId: string): LocalResponse {
  const withMessage = !(error instanceof AwsError) || error.hasMessage;
  const body = withMessage ? { __type: error.code, message: error.message } : { __type: error.code };
  return {
    status: error.status,
    headers: { 'content-type': AWS_JSON_11, 'x-amzn-requestid': requestId, 'x-amzn-errortype': error.code },
    body: JSON.stringify(body),
  };
}

/** Epoch seconds (with milliseconds as a fraction), the JSON 1.1 timestamp. */
export function epochSeconds(date: Date): number {
  return date.getTime() / 1000;
}
