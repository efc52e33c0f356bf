import { describe, expect, it } from 'vitest';
import { createTwilioClient, type TwilioClientOptions } from '../../../shared/twilio/index.ts';

describe('createTwilioClient options', () => {
  it('refuses an unknown option', () => {
    expect(() => createTwilioClient({ retries: 3 } as TwilioClientOptions)).toThrow(
      new TypeError('createTwilioClient: unknown option "retries"'),
    );
  });

  it('refuses plain http to a host that is not loopback', () => {
    expect(() => createTwilioClient({ apiBaseUrl: 'http://api.twilio.com' })).toThrow(
      new TypeError(
        'createTwilioClient: apiBaseUrl must be an https URL (http only for a loopback host such as 127.0.0.1)',
      ),
    );
  });

  it('accepts plain http to the IPv6 loopback', () => {
    expect(() => createTwilioClient({ accountsBaseUrl: 'http://[::1]:4599' })).not.toThrow();
  });

  it('refuses maxAttempts below 1', () => {
    expect(() => createTwilioClient({ maxAttempts: 0 })).toThrow(
      new RangeError('createTwilioClient: maxAttempts must be a positive integer, got 0'),
    );
  });

  it('keeps the default for an option given as undefined', () => {
    expect(() => createTwilioClient({ apiBaseUrl: undefined, maxAttempts: undefined })).not.toThrow();
  });
});
