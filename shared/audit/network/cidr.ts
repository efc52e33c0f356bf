/** CIDR blocks of allowed networks and IP literals of CloudTrail's `sourceIPAddress`. */
import { BlockList, isIP } from 'node:net';

/** A parsed CIDR block: `10.0.0.0/8`, `2001:db8::/32`; an address alone is a /32 or /128. */
export interface Cidr {
  readonly address: string;
  readonly prefix: number;
  readonly family: 'ipv4' | 'ipv6';
}

const PREFIX = /^(0|[1-9][0-9]{0,2})$/;

/**
 * Parses `address/prefix` (or a bare address). Returns undefined when the address is not an
 * IPv4 or IPv6 literal (Node's `isIP`, which refuses zero-padded octets such as `95.025.1.1`)
 * or the prefix is not a whole number within the family's width. Never throws.
 */
export function parseCidr(text: string): Cidr | undefined {
  const [address = '', prefixText, ...rest] = text.trim().split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return undefined;
  const width = version === 4 ? 32 : 128;
  if (prefixText !== undefined && !PREFIX.test(prefixText)) return undefined;
  const prefix = prefixText === undefined ? width : Number(prefixText);
  if (prefix > width) return undefined;
  return { address, prefix, family: version === 4 ? 'ipv4' : 'ipv6' };
}

/** Whether a text is an IPv4 or IPv6 literal. Never throws. */
export function isIpAddress(text: string): boolean {
  return isIP(text) !== 0;
}

/** Membership of addresses in a fixed set of CIDR blocks. */
export interface NetworkSet {
  /** Whether `address` (an IP literal) lies in one of the blocks; false for anything else. Never throws. */
  contains(address: string): boolean;
  readonly size: number;
}

/**
 * Builds a set from CIDR texts. Throws `RangeError` naming the first text that `parseCidr`
 * refuses (validated configuration never holds one).
 */
export function createNetworkSet(cidrs: readonly string[]): NetworkSet {
  const list = new BlockList();
  for (const text of cidrs) {
    const cidr = parseCidr(text);
    if (cidr === undefined) throw new RangeError(`"${text}" is not a CIDR block such as 10.0.0.0/8`);
    list.addSubnet(cidr.address, cidr.prefix, cidr.family);
  }
  return {
    size: cidrs.length,
    contains(address: string): boolean {
      const version = isIP(address);
      if (version === 0) return false;
      return list.check(address, version === 4 ? 'ipv4' : 'ipv6');
    },
  };
}
