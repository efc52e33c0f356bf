import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../shared/config/index.ts';

const BASE = { SRA_REGION: 'us-east-1', SRA_ACCOUNT: '111122223333' };

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadConfig({ env: { ...BASE, ...env } });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig: Twilio base URLs', () => {
  it('defaults to the real Twilio hosts', () => {
    const config = loadConfig({ env: BASE });

    expect(config.twilio).toEqual({
      apiBaseUrl: 'https://api.twilio.com',
      accountsBaseUrl: 'https://accounts.twilio.com',
    });
  });

  it('takes https URLs and drops a trailing slash', () => {
    const config = loadConfig({
      env: {
        ...BASE,
        SRA_TWILIO_API_URL: 'https://twilio-proxy.example.com/api/',
        SRA_TWILIO_ACCOUNTS_URL: 'https://twilio-proxy.example.com:8443/',
      },
    });

    expect(config.twilio).toEqual({
      apiBaseUrl: 'https://twilio-proxy.example.com/api',
      accountsBaseUrl: 'https://twilio-proxy.example.com:8443',
    });
  });

  it('takes http for a loopback host (the local stand-ins)', () => {
    const config = loadConfig({
      env: {
        ...BASE,
        SRA_TWILIO_API_URL: 'http://127.0.0.1:4599',
        SRA_TWILIO_ACCOUNTS_URL: 'http://localhost:4599',
      },
    });

    expect(config.twilio).toEqual({
      apiBaseUrl: 'http://127.0.0.1:4599',
      accountsBaseUrl: 'http://localhost:4599',
    });
  });

  it('refuses http for a host that is not loopback, naming the key', () => {
    const problems = problemsOf({ SRA_TWILIO_API_URL: 'http://api.twilio.com' });

    expect(problems).toEqual([
      'SRA_TWILIO_API_URL: must be an https URL (http only for a loopback host such as 127.0.0.1)',
    ]);
  });

  it('refuses text that is not a URL', () => {
    const problems = problemsOf({ SRA_TWILIO_ACCOUNTS_URL: 'accounts.twilio.com' });

    expect(problems).toEqual(['SRA_TWILIO_ACCOUNTS_URL: is not a URL such as https://api.twilio.com']);
  });

  it('refuses a URL carrying credentials without repeating them', () => {
    const problems = problemsOf({ SRA_TWILIO_API_URL: 'https://AC123:s3cr3t@api.twilio.com' });

    expect(problems).toEqual(['SRA_TWILIO_API_URL: must not carry credentials']);
    expect(problems.join('\n')).not.toContain('s3cr3t');
  });

  it('refuses a URL with a query', () => {
    const problems = problemsOf({ SRA_TWILIO_API_URL: 'https://api.twilio.com/?region=ie1' });

    expect(problems).toEqual(['SRA_TWILIO_API_URL: must not have a query or a fragment']);
  });

  it('refuses another scheme', () => {
    const problems = problemsOf({ SRA_TWILIO_API_URL: 'ftp://127.0.0.1' });

    expect(problems).toEqual([
      'SRA_TWILIO_API_URL: must be an https URL (http only for a loopback host such as 127.0.0.1)',
    ]);
  });
});
