/**
 * Reads query-protocol parameters (form-encoded POST body, or the URL query of a GET such as
 * a SubscribeURL), including SNS's flattened maps (`Attributes.entry.1.key`, ...).
 */
import { missingMember } from './errors.ts';

export interface RawMessageAttribute {
  dataType: string | undefined;
  stringValue: string | undefined;
  /** Raw bytes, decoded from the base64 the SDK sends. */
  binaryValue: Buffer | undefined;
}

export class QueryParams {
  readonly #params: URLSearchParams;

  constructor(params: URLSearchParams) {
    this.#params = params;
  }

  static fromBody(body: Buffer): QueryParams {
    return new QueryParams(new URLSearchParams(body.toString('utf8')));
  }

  get(name: string): string | undefined {
    return this.#params.get(name) ?? undefined;
  }

  /** Throws ValidationError (`Value null at '<member>'`) when the parameter is absent. */
  required(name: string): string {
    const value = this.get(name);
    if (value === undefined) throw missingMember(name.charAt(0).toLowerCase() + name.slice(1));
    return value;
  }

  /** `<prefix>.entry.N.key` / `.value` pairs as a record. */
  map(prefix: string): Record<string, string> {
    const out: Record<string, string> = {};
    for (let n = 1; this.#params.has(`${prefix}.entry.${n}.key`); n++) {
      const key = this.get(`${prefix}.entry.${n}.key`) ?? '';
      out[key] = this.get(`${prefix}.entry.${n}.value`) ?? '';
    }
    return out;
  }

  /** `MessageAttributes.entry.N.Name` / `.Value.DataType|StringValue|BinaryValue`. */
  messageAttributes(): Map<string, RawMessageAttribute> {
    const out = new Map<string, RawMessageAttribute>();
    const base = 'MessageAttributes.entry';
    for (let n = 1; this.#params.has(`${base}.${n}.Name`); n++) {
      const binary = this.get(`${base}.${n}.Value.BinaryValue`);
      out.set(this.get(`${base}.${n}.Name`) ?? '', {
        dataType: this.get(`${base}.${n}.Value.DataType`),
        stringValue: this.get(`${base}.${n}.Value.StringValue`),
        binaryValue: binary === undefined ? undefined : Buffer.from(binary, 'base64'),
      });
    }
    return out;
  }
}
