/**
 * What a Twilio base URL may be: https, or plain http only for a loopback host (the local
 * stand-ins); an origin with at most a path prefix, never credentials, a query or a fragment.
 */

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

/** True for `localhost`, `[::1]` and any 127.0.0.0/8 address. Never throws. */
function isLoopback(hostname: string): boolean {
  return LOOPBACK_HOSTS.has(hostname) || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/**
 * Checks a base URL and answers it without a trailing slash, or the reason it is refused.
 * Never throws.
 */
export function checkTwilioBaseUrl(text: string): { ok: true; url: string } | { ok: false; reason: string } {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { ok: false, reason: 'is not a URL such as https://api.twilio.com' };
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname)))
    return { ok: false, reason: 'must be an https URL (http only for a loopback host such as 127.0.0.1)' };
  if (url.username !== '' || url.password !== '') return { ok: false, reason: 'must not carry credentials' };
  if (url.search !== '' || url.hash !== '' || text.includes('?') || text.includes('#'))
    return { ok: false, reason: 'must not have a query or a fragment' };
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}
