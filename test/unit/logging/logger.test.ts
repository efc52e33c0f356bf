import { describe, expect, it } from 'vitest';
import { createLogger, SecretRegistry } from '../../../shared/logging/index.ts';
import { createSecretScan } from '../../helpers/secret-scan.ts';
import { captureOutput } from './capture-logs.ts';

const TOKEN = '5f4dcc3b5aa765d61d8327deb882cf99';
const PENDING = 'a94a8fe5ccb19ba61c4c0873d391e987';
const CLOAK_KEY = 'q83vEjRWeJq83vEjRWeJq83vEjRWeJq83vEjRWeJq80=';
const SID = `AC${'1'.repeat(32)}`;

function setup() {
  const secrets = new SecretRegistry();
  for (const value of [TOKEN, PENDING, CLOAK_KEY]) secrets.register(value);
  const logger = createLogger({ serviceName: 'sra-test', secrets, logLevel: 'DEBUG' });
  return { secrets, logger, scan: createSecretScan([TOKEN, PENDING, CLOAK_KEY]) };
}

describe('createLogger', () => {
  it('writes one JSON entry with the standard keys', async () => {
    const { logger } = setup();

    const out = await captureOutput(() => logger.info('rotation started'));

    expect(out.entries).toEqual([
      expect.objectContaining({ level: 'INFO', message: 'rotation started', service: 'sra-test' }),
    ]);
    expect(out.entries[0]?.timestamp).toEqual(expect.any(String));
  });

  it('redacts a registered value in the message', async () => {
    const { logger } = setup();

    const out = await captureOutput(() => logger.info(`created ${PENDING}`));

    expect(out.entries[0]?.message).toBe('created [REDACTED]');
  });

  it('redacts registered values in nested extra keys and arrays', async () => {
    const { logger, scan } = setup();

    const out = await captureOutput(() =>
      logger.info('state', { step: 'create', detail: { values: [TOKEN, `key=${CLOAK_KEY}`] } }),
    );

    scan.add('log', out.raw);
    expect(scan.findings()).toEqual([]);
    expect(out.entries[0]?.detail).toEqual({ values: ['[REDACTED]', 'key=[REDACTED]'] });
  });

  it('redacts an error with the secret in its message, stack and cause', async () => {
    const { logger, scan } = setup();
    const error = new Error(`Twilio refused ${TOKEN}`, { cause: new Error(`pending was ${PENDING}`) });

    const out = await captureOutput(() => logger.error('rotation failed', error));

    scan.add('log', out.raw);
    expect(scan.findings()).toEqual([]);
    expect(out.entries[0]?.error).toMatchObject({
      name: 'Error',
      message: 'Twilio refused [REDACTED]',
      cause: { message: 'pending was [REDACTED]' },
    });
  });

  it('redacts an error passed under a key of its own', async () => {
    const { logger, scan } = setup();

    const out = await captureOutput(() =>
      logger.warn('retrying', { failure: new TypeError(`bad ${CLOAK_KEY}`) }),
    );

    scan.add('log', out.raw);
    expect(scan.findings()).toEqual([]);
    expect(out.entries[0]?.failure).toMatchObject({ name: 'TypeError', message: 'bad [REDACTED]' });
  });

  it('redacts persistent and temporary keys', async () => {
    const { logger, scan } = setup();
    logger.appendPersistentKeys({ holder: TOKEN });
    logger.appendKeys({ pending: PENDING });

    const out = await captureOutput(() => logger.info('tick'));

    scan.add('log', out.raw);
    expect(scan.findings()).toEqual([]);
  });

  it('redacts a value registered after the logger was created', async () => {
    const { logger, secrets } = setup();
    const later = '0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f0f';
    secrets.register(later);

    const out = await captureOutput(() => logger.info(`new secondary ${later}`));

    expect(out.entries[0]?.message).toBe('new secondary [REDACTED]');
  });

  it('redacts an unregistered token-like value under a key named like a credential', async () => {
    const { logger } = setup();
    const unregistered = 'deadbeefdeadbeefdeadbeefdeadbeef';

    const out = await captureOutput(() =>
      logger.info('call', { authToken: unregistered, client_secret: { value: unregistered } }),
    );

    expect(out.entries[0]).toMatchObject({ authToken: '[REDACTED]', client_secret: { value: '[REDACTED]' } });
  });

  it('redacts an HTTP Basic credential under an authorization key', async () => {
    const { logger } = setup();
    const header = `Basic ${Buffer.from(`${SID}:deadbeefdeadbeefdeadbeefdeadbeef`).toString('base64')}`;

    const out = await captureOutput(() => logger.debug('request', { headers: { Authorization: header } }));

    expect(out.entries[0]?.headers).toEqual({ Authorization: '[REDACTED]' });
  });

  it('keeps a 32-hex value under a key that is not a credential', async () => {
    const { logger } = setup();
    const fingerprint = 'cafebabecafebabecafebabecafebabe';

    const out = await captureOutput(() => logger.info('alert', { fingerprint }));

    expect(out.entries[0]?.fingerprint).toBe(fingerprint);
  });

  it('writes a binary value as its length only', async () => {
    const { logger } = setup();

    const out = await captureOutput(() => logger.info('bytes', { key: Buffer.alloc(32, 7) }));

    expect(out.entries[0]?.key).toBe('[binary, 32 bytes]');
  });

  it('cuts a cycle instead of failing', async () => {
    const { logger } = setup();
    const node: Record<string, unknown> = { name: 'a' };
    node.self = node;

    const out = await captureOutput(() => logger.info('cycle', { node }));

    expect(out.entries[0]?.node).toEqual({ name: 'a', self: '[Circular]' });
  });

  it('redacts through a child logger', async () => {
    const { logger } = setup();
    const child = logger.createChild({ serviceName: 'sra-child' });

    const out = await captureOutput(() => child.info(`child ${TOKEN}`));

    expect(out.entries[0]).toMatchObject({ service: 'sra-child', message: 'child [REDACTED]' });
  });

  it('refuses an empty service name', () => {
    expect(() => createLogger({ serviceName: '', secrets: new SecretRegistry() })).toThrow(
      new TypeError('createLogger: serviceName is required'),
    );
  });
});
