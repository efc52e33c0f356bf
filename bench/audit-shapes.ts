/**
 * A synthetic CloudTrail log file (`{"Records":[...]}`) built from the shapes of the corpus
 * records (../shared/corpus/cloudtrail): reads by the application's IRSA role, Terraform-style
 * reads of other names, batch reads of 10, DescribeParameters, denials with the ARN in
 * errorMessage, by-path reads, the rotation role's writes, KMS Decrypt and SSM agent noise,
 * throttled calls; with many principals and names, and times out of order over a day.
 */
import {
  ACCOUNT,
  DAY_MS,
  DAY_START,
  MANAGED,
  PENDING,
  REGION,
  role,
  TF_AGENT,
  user,
} from './audit-fixtures.ts';

/** Record `i` of the file. */
export function syntheticRecord(i: number, next: () => number): Record<string, unknown> {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const time = new Date(
    DAY_START + Math.floor((i / 1_000_000) * DAY_MS) + Math.floor((next() - 0.5) * 600_000),
  );
  const other = `/apps/app-${Math.floor(next() * 200)}/param-${Math.floor(next() * 10)}`;
  const someone =
    next() < 0.5
      ? user(`user-${Math.floor(next() * 150)}`)
      : role(`service-${Math.floor(next() * 50)}`, `s-${i % 7}`);
  const base = {
    eventVersion: '1.08',
    eventTime: time.toISOString().replace('.000Z', 'Z'),
    eventSource: 'ssm.amazonaws.com',
    awsRegion: REGION,
    sourceIPAddress: `10.0.${Math.floor(next() * 256)}.${Math.floor(next() * 256)}`,
    userAgent: 'aws-sdk-java/2.20.0 Linux/5.10 OpenJDK_64-Bit_Server_VM/17',
    responseElements: null,
    requestID: `req-${i.toString(16)}`,
    eventID: `${i.toString(16).padStart(8, '0')}-4a1b-4c2d-8e3f-${(i * 7919).toString(16).padStart(12, '0')}`,
    readOnly: true,
    eventType: 'AwsApiCall',
    managementEvent: true,
    recipientAccountId: ACCOUNT,
    eventCategory: 'Management',
    tlsDetails: {
      tlsVersion: 'TLSv1.3',
      cipherSuite: 'TLS_AES_128_GCM_SHA256',
      clientProvidedHostHeader: `ssm.${REGION}.amazonaws.com`,
    },
  };
  const arn = (name: string) => `arn:aws:ssm:${REGION}:${ACCOUNT}:parameter${name}`;
  const kind = next();
  if (kind < 0.3) {
    const name = pick(MANAGED);
    return {
      ...base,
      userIdentity: role('QlariusSecretsRole', `pod-${i % 40}`, true),
      eventName: 'GetParameter',
      requestParameters: { name, withDecryption: true },
      resources: [{ ARN: arn(name), accountId: ACCOUNT }],
      vpcEndpointId: 'vpce-0123456789abcdef0',
    };
  }
  if (kind < 0.5) {
    return {
      ...base,
      userIdentity: someone,
      userAgent: TF_AGENT,
      eventName: 'GetParameter',
      requestParameters: { name: other, withDecryption: true },
      resources: [{ ARN: arn(other), accountId: ACCOUNT }],
    };
  }
  if (kind < 0.6) {
    const names = Array.from(
      { length: 1 + Math.floor(next() * 10) },
      (_, k) => `/credentials/app-${Math.floor(next() * 40)}/secret-${k}`,
    );
    return {
      ...base,
      userIdentity: someone,
      eventName: 'GetParameters',
      requestParameters: { names, withDecryption: true },
      resources: names.map((n) => ({ ARN: arn(n), accountId: ACCOUNT })),
    };
  }
  if (kind < 0.7) {
    return {
      ...base,
      userIdentity: someone,
      userAgent: TF_AGENT,
      eventName: 'DescribeParameters',
      requestParameters: {
        parameterFilters: [{ key: 'Name', option: 'Equals', values: [other] }],
        shared: false,
      },
    };
  }
  if (kind < 0.75) {
    const name = next() < 0.2 ? pick(MANAGED) : other;
    const who = someone.arn;
    return {
      ...base,
      userIdentity: someone,
      eventName: 'GetParameter',
      errorCode: 'AccessDenied',
      errorMessage: `User: ${who} is not authorized to perform: ssm:GetParameter on resource: ${arn(name)} because no identity-based policy allows the ssm:GetParameter action`,
      requestParameters: null,
    };
  }
  if (kind < 0.8) {
    const path = next() < 0.1 ? '/qlarius' : `/apps/app-${Math.floor(next() * 200)}`;
    return {
      ...base,
      userIdentity: someone,
      eventName: 'GetParametersByPath',
      requestParameters: { path, recursive: next() < 0.5, withDecryption: true },
    };
  }
  if (kind < 0.85) {
    const name = next() < 0.5 ? PENDING : MANAGED[0];
    const write =
      next() < 0.5
        ? { eventName: 'PutParameter', requestParameters: { name, type: 'SecureString', overwrite: true } }
        : {
            eventName: 'LabelParameterVersion',
            requestParameters: { name, parameterVersion: 4, labels: ['current'] },
          };
    return {
      ...base,
      userIdentity: role('ssm-rotation-audit-prod-rotate', `rotation-${i % 3}`),
      readOnly: false,
      ...write,
    };
  }
  if (kind < 0.9) {
    return {
      ...base,
      eventSource: 'kms.amazonaws.com',
      eventName: 'Decrypt',
      userIdentity: { ...user('alice'), invokedBy: 'AWS Internal' },
      sourceIPAddress: 'AWS Internal',
      userAgent: 'AWS Internal',
      requestParameters: {
        encryptionContext: { PARAMETER_ARN: arn(other) },
        encryptionAlgorithm: 'SYMMETRIC_DEFAULT',
      },
    };
  }
  if (kind < 0.95) {
    return {
      ...base,
      userIdentity: role('example-ec2-instance-role', 'i-0123456789abcdef0'),
      eventName: 'GetDocument',
      userAgent: 'aws-sdk-go/1.41.4 (go1.18.3; linux; amd64) amazon-ssm-agent/',
      requestParameters: { name: 'AWS-GatherSoftwareInventory', documentVersion: '1' },
    };
  }
  return {
    ...base,
    userIdentity: someone,
    eventName: 'DescribeParameters',
    errorCode: 'ThrottlingException',
    errorMessage: 'Rate exceeded',
    requestParameters: null,
  };
}
