/** An SDK request handler that answers every request with one HTTP status and counts them. */
import { Readable } from 'node:stream';

export interface FakeHandler {
  handler: { handle(request: unknown): Promise<{ response: unknown }> };
  calls: number;
  /** The `x-amz-target` (JSON protocols) of each request. */
  targets: string[];
}

export function fakeHandler(statusCode: number, body = '{}'): FakeHandler {
  const fake: FakeHandler = {
    calls: 0,
    targets: [],
    handler: {
      async handle(request: unknown) {
        fake.calls += 1;
        const headers = (request as { headers: Record<string, string> }).headers;
        fake.targets.push(headers['x-amz-target'] ?? '');
        return {
          response: {
            statusCode,
            headers: {
              'content-type': 'application/x-amz-json-1.1',
              'x-amzn-requestid': `req-${fake.calls}`,
            },
            body: Readable.from([Buffer.from(body)]),
          },
        };
      },
    },
  };
  return fake;
}

export const TEST_CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'local-secret' };
