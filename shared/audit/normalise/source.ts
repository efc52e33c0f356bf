/** Where a call came from: CloudTrail's `sourceIPAddress`, an IP literal or a service name. */
import { AWS_INTERNAL_SOURCE } from '../constants.ts';
import { isIpAddress } from '../network/cidr.ts';
import type { CallSource } from '../types.ts';

const SERVICE_NAME = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.amazonaws\.com$/;
const MAX_MEMO = 4096;
const memo = new Map<string, CallSource['kind']>();

/**
 * Classifies `sourceIPAddress`: an IPv4/IPv6 literal is `ip`; `AWS Internal` (also
 * `AWS Internal/<n>`, given as `AWS Internal`) and `<service>.amazonaws.com` are `service`
 * (AWS made the call for the principal, e.g. CloudFormation resolving `{{resolve:ssm...}}`);
 * anything else, including a malformed address such as `95.025.143.109` or an absent
 * field, is `unknown`. Never throws.
 */
export function sourceOf(text: string | undefined): CallSource {
  if (text === undefined || text === '') return { kind: 'unknown', text: '' };
  if (text === AWS_INTERNAL_SOURCE || text.startsWith(`${AWS_INTERNAL_SOURCE}/`)) {
    return { kind: 'service', text: AWS_INTERNAL_SOURCE };
  }
  let kind = memo.get(text);
  if (kind === undefined) {
    kind = isIpAddress(text) ? 'ip' : SERVICE_NAME.test(text) ? 'service' : 'unknown';
    if (memo.size >= MAX_MEMO) memo.clear();
    memo.set(text, kind);
  }
  return { kind, text };
}
