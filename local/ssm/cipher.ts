/**
 * What a SecureString read without `WithDecryption` returns: a base64 string shaped like
 * a KMS ciphertext blob. Deterministic per key, parameter, version and value, never equal
 * to (nor decodable into) the plaintext. No real encryption: the model keeps plaintext.
 */
import { createHash } from 'node:crypto';

/** The fake ciphertext of one SecureString version. */
export function fakeCiphertext(keyId: string, arn: string, version: number, value: string): string {
  const header = Buffer.from([0x01, 0x02, 0x02, 0x00, 0x78]);
  const keyPart = createHash('sha256').update(`${keyId}\n${arn}\n${version}`).digest();
  const valuePart = createHash('sha256').update(`${arn}\n${version}\n${value}`).digest();
  return Buffer.concat([header, keyPart, valuePart]).toString('base64');
}
