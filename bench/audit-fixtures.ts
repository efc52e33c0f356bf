/** Building blocks of the benchmark's synthetic records: constants, identities, a seeded generator. */

export const ACCOUNT = '111122223333';
export const REGION = 'us-east-1';
export const DAY_START = Date.UTC(2026, 2, 1);
export const DAY_MS = 86_400_000;
export const MANAGED = [
  '/qlarius/cloak-key',
  '/qlarius/twilio/auth-token',
  '/qlarius/twilio/account-sid',
  '/qlarius/twilio/verify-service-sid',
];
export const PENDING = '/qlarius-rotation/cloak-key/pending';

/** A tiny deterministic generator (mulberry32), so every run builds the same file. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const role = (name: string, session: string, webIdentity = false) => ({
  type: 'AssumedRole',
  principalId: `AROAEXAMPLE${name.length}:${session}`,
  arn: `arn:aws:sts::${ACCOUNT}:assumed-role/${name}/${session}`,
  accountId: ACCOUNT,
  accessKeyId: 'ASIAEXAMPLEKEY000010',
  sessionContext: {
    sessionIssuer: {
      type: 'Role',
      principalId: 'AROAEXAMPLE',
      arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
      accountId: ACCOUNT,
      userName: name,
    },
    webIdFederationData: webIdentity
      ? {
          federatedProvider: `arn:aws:iam::${ACCOUNT}:oidc-provider/oidc.eks.${REGION}.amazonaws.com/id/EXAMPLE`,
          attributes: {},
        }
      : {},
    attributes: { creationDate: '2026-03-01T00:00:00Z', mfaAuthenticated: 'false' },
  },
});

export const user = (name: string) => ({
  type: 'IAMUser',
  principalId: 'AIDAEXAMPLEPRINCIPAL2',
  arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
  accountId: ACCOUNT,
  accessKeyId: 'AKIAEXAMPLEKEY000002',
  userName: name,
});

export const TF_AGENT =
  'APN/1.0 HashiCorp/1.0 Terraform/1.1.2 (+https://www.terraform.io) terraform-provider-aws/3.76.1 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go/1.44.157 (go1.19.3; linux; amd64)';
