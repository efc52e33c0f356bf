/**
 * The demo's cast and settings: the origin document's deployment on the stand-ins' default
 * account, the four identities the story uses, and a fixed start time so every run prints
 * the same times. Role ARNs are IAM ARNs (not parameter names): they are written here.
 */
export const DEMO_START = '2026-03-02T09:00:00.000Z';

/** A customer managed KMS key for the four parameters (the stand-ins keep it per version). */
export const DEMO_KMS_KEY = 'arn:aws:kms:us-east-1:111122223333:key/0f6e2b5a-5b8e-4c1f-9d3e-7a1b2c3d4e5f';

export const DEMO_TOPIC = 'secret-alerts';
export const DEMO_TABLE = 'ssm-rotation-audit-demo-ops';
export const DEMO_OIDC =
  'arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE';

export interface DemoActor {
  /** Who this is, as the demo's text names it. */
  readonly label: string;
  readonly accessKeyId: string;
  readonly roleArn: string;
  readonly sessionName: string;
  readonly sourceIp: string;
  readonly userAgent: string;
  readonly webIdentity?: boolean;
}

/** The application's pod (IRSA), the tool's Lambda role, an operator (SSO) and a stranger. */
export const ACTORS = {
  app: {
    label: 'the application (IRSA role QlariusSecretsRole)',
    accessKeyId: 'ASIADEMOQLARIUSPOD01',
    roleArn: 'arn:aws:iam::111122223333:role/QlariusSecretsRole',
    sessionName: 'botocore-session-1772442000',
    sourceIp: '10.0.12.34',
    userAgent: 'ex_aws/2.5.8',
    webIdentity: true,
  },
  tool: {
    label: 'the rotation function (the tool role)',
    accessKeyId: 'ASIADEMOSRAROTATE001',
    roleArn: 'arn:aws:iam::111122223333:role/ssm-rotation-audit-demo-rotate',
    sessionName: 'ssm-rotation-audit-demo-rotate',
    sourceIp: '3.80.1.10',
    userAgent: 'aws-sdk-js/3 lambda',
  },
  operator: {
    label: 'an operator (SSO role SecretsOperator)',
    accessKeyId: 'ASIADEMOOPERATOR0001',
    roleArn:
      'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_SecretsOperator_0123456789abcdef',
    sessionName: 'alice@example.com',
    sourceIp: '198.51.100.20',
    userAgent: 'sra/0.1.0',
  },
  stranger: {
    label: 'an unknown principal (role ci-deployer)',
    accessKeyId: 'ASIADEMOSTRANGER0001',
    roleArn: 'arn:aws:iam::111122223333:role/ci-deployer',
    sessionName: 'ci-run-4711',
    sourceIp: '203.0.113.7',
    userAgent: 'aws-cli/2.15.0',
  },
} as const satisfies Record<string, DemoActor>;

export type ActorName = keyof typeof ACTORS;

/** The audit policy the deployment would set: the roles seeded above, by group. */
export const DEMO_AUDIT_POLICY = {
  principals: {
    application: ['arn:{partition}:iam::{account}:role/QlariusSecretsRole'],
    tool: ['arn:{partition}:iam::{account}:role/ssm-rotation-audit-demo-*'],
    operators: [
      'arn:{partition}:iam::{account}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_SecretsOperator_*',
    ],
  },
  /** The pods' VPC: the application's reads must come from it. */
  networks: { cidrs: ['10.0.0.0/8'] },
};
