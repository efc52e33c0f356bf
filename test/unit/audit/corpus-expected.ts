/**
 * What each corpus record of ../shared/corpus/cloudtrail normalises to (or why it is
 * skipped), as literals: recorded once and checked field by field against each file
 * (event id, time, call, names and where they come from, decryption flag, principal and
 * session, source, endpoint, region, account, error). The test never computes them. Record 20 is a LookupEvents answer; its one
 * event is given. The layout is the reference deployment: no corpus record names one of
 * its secrets (see corpus.test.ts for a layout that manages a corpus name).
 */
export const CORPUS_EXPECTED: Record<string, { record: unknown } | { skipped: unknown }> = {
  '01-describeparameters-first-page.json': {
    record: {
      eventId: 'e77574ca-5c4f-4d99-9f3d-67cbfd04aa99',
      time: new Date('2024-08-01T15:26:55.000Z'),
      eventName: 'DescribeParameters',
      access: 'metadata',
      outcome: 'success',
      parameters: [],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: false,
      principal: {
        arn: 'arn:aws:iam::111122223333:user/alice',
        type: 'IAMUser',
        accountId: '111122223333',
        userName: 'alice',
        accessKeyId: 'AKIAEXAMPLEKEY000001',
      },
      source: {
        kind: 'ip',
        text: '198.51.100.10',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent: 'stratus-red-team_e1d92b9d-2488-4244-97b4-0a5e914287ba',
    },
  },
  '02-describeparameters-next-page.json': {
    record: {
      eventId: '3c83144c-614c-4979-ad06-b29d4db97c45',
      time: new Date('2024-08-01T15:26:57.000Z'),
      eventName: 'DescribeParameters',
      access: 'metadata',
      outcome: 'success',
      parameters: [],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: false,
      principal: {
        arn: 'arn:aws:iam::111122223333:user/alice',
        type: 'IAMUser',
        accountId: '111122223333',
        userName: 'alice',
        accessKeyId: 'AKIAEXAMPLEKEY000001',
      },
      source: {
        kind: 'ip',
        text: '198.51.100.10',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent: 'stratus-red-team_e1d92b9d-2488-4244-97b4-0a5e914287ba',
    },
  },
  '03-getparameters-batch10-decrypt.json': {
    record: {
      eventId: 'a4663305-e887-42ac-94e6-d04685e59899',
      time: new Date('2024-08-01T15:26:57.000Z'),
      eventName: 'GetParameters',
      access: 'read',
      outcome: 'success',
      parameters: [
        {
          reference: '/credentials/stratus-red-team/credentials-1',
          name: '/credentials/stratus-red-team/credentials-1',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-15',
          name: '/credentials/stratus-red-team/credentials-15',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-20',
          name: '/credentials/stratus-red-team/credentials-20',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-25',
          name: '/credentials/stratus-red-team/credentials-25',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-32',
          name: '/credentials/stratus-red-team/credentials-32',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-34',
          name: '/credentials/stratus-red-team/credentials-34',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-35',
          name: '/credentials/stratus-red-team/credentials-35',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-36',
          name: '/credentials/stratus-red-team/credentials-36',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-39',
          name: '/credentials/stratus-red-team/credentials-39',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-6',
          name: '/credentials/stratus-red-team/credentials-6',
          kind: 'other',
          from: 'request',
        },
      ],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: true,
      principal: {
        arn: 'arn:aws:iam::111122223333:user/alice',
        type: 'IAMUser',
        accountId: '111122223333',
        userName: 'alice',
        accessKeyId: 'AKIAEXAMPLEKEY000001',
      },
      source: {
        kind: 'ip',
        text: '198.51.100.10',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent: 'stratus-red-team_e1d92b9d-2488-4244-97b4-0a5e914287ba',
    },
  },
  '04-getparameters-batch2-last-page.json': {
    record: {
      eventId: 'fb5e100b-273f-4cef-98e4-efc3a52a15e9',
      time: new Date('2024-08-01T15:26:58.000Z'),
      eventName: 'GetParameters',
      access: 'read',
      outcome: 'success',
      parameters: [
        {
          reference: '/credentials/stratus-red-team/credentials-12',
          name: '/credentials/stratus-red-team/credentials-12',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-40',
          name: '/credentials/stratus-red-team/credentials-40',
          kind: 'other',
          from: 'request',
        },
      ],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: true,
      principal: {
        arn: 'arn:aws:iam::111122223333:user/alice',
        type: 'IAMUser',
        accountId: '111122223333',
        userName: 'alice',
        accessKeyId: 'AKIAEXAMPLEKEY000001',
      },
      source: {
        kind: 'ip',
        text: '198.51.100.10',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent: 'stratus-red-team_e1d92b9d-2488-4244-97b4-0a5e914287ba',
    },
  },
  '05-getparameters-batch10-raw-trail.json': {
    record: {
      eventId: '11badb48-54ce-433e-bef6-40e3a2cf02fe',
      time: new Date('2023-07-10T11:58:27.000Z'),
      eventName: 'GetParameters',
      access: 'read',
      outcome: 'success',
      parameters: [
        {
          reference: '/credentials/stratus-red-team/credentials-10',
          name: '/credentials/stratus-red-team/credentials-10',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-17',
          name: '/credentials/stratus-red-team/credentials-17',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-18',
          name: '/credentials/stratus-red-team/credentials-18',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-19',
          name: '/credentials/stratus-red-team/credentials-19',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-2',
          name: '/credentials/stratus-red-team/credentials-2',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-24',
          name: '/credentials/stratus-red-team/credentials-24',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-26',
          name: '/credentials/stratus-red-team/credentials-26',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-41',
          name: '/credentials/stratus-red-team/credentials-41',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-6',
          name: '/credentials/stratus-red-team/credentials-6',
          kind: 'other',
          from: 'request',
        },
        {
          reference: '/credentials/stratus-red-team/credentials-8',
          name: '/credentials/stratus-red-team/credentials-8',
          kind: 'other',
          from: 'request',
        },
      ],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: true,
      principal: {
        arn: 'arn:aws:iam::111122223333:user/alice',
        type: 'IAMUser',
        accountId: '111122223333',
        userName: 'alice',
        accessKeyId: 'AKIAEXAMPLEKEY000002',
      },
      source: {
        kind: 'ip',
        text: '10.0.0.20',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent: 'stratus-red-team_11a6ef34-e130-4579-a1d3-79c915cee6ec',
    },
  },
  '06-getparameter-terraform-refresh-decrypt.json': {
    record: {
      eventId: '067268dd-f123-48f2-bfe1-9ae49de25e54',
      time: new Date('2023-07-10T11:58:10.000Z'),
      eventName: 'GetParameter',
      access: 'read',
      outcome: 'success',
      parameters: [
        {
          reference: '/credentials/stratus-red-team/credentials-30',
          name: '/credentials/stratus-red-team/credentials-30',
          kind: 'other',
          from: 'request',
        },
      ],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: true,
      principal: {
        arn: 'arn:aws:iam::111122223333:user/alice',
        type: 'IAMUser',
        accountId: '111122223333',
        userName: 'alice',
        accessKeyId: 'AKIAEXAMPLEKEY000002',
      },
      source: {
        kind: 'ip',
        text: '10.0.0.20',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent:
        'APN/1.0 HashiCorp/1.0 Terraform/1.1.2 (+https://www.terraform.io) terraform-provider-aws/3.76.1 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go/1.44.157 (go1.19.3; linux; amd64) stratus-red-team_11a6ef34-e130-4579-a1d3-79c915cee6ec HashiCorp-terraform-exec/0.17.3',
    },
  },
  '07-describeparameters-name-filter-terraform.json': {
    record: {
      eventId: '4441ee50-0138-46ac-b99c-1b2e10980d7f',
      time: new Date('2023-07-10T11:58:10.000Z'),
      eventName: 'DescribeParameters',
      access: 'metadata',
      outcome: 'success',
      parameters: [],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: false,
      principal: {
        arn: 'arn:aws:iam::111122223333:user/alice',
        type: 'IAMUser',
        accountId: '111122223333',
        userName: 'alice',
        accessKeyId: 'AKIAEXAMPLEKEY000002',
      },
      source: {
        kind: 'ip',
        text: '10.0.0.20',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent:
        'APN/1.0 HashiCorp/1.0 Terraform/1.1.2 (+https://www.terraform.io) terraform-provider-aws/3.76.1 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go/1.44.157 (go1.19.3; linux; amd64) stratus-red-team_11a6ef34-e130-4579-a1d3-79c915cee6ec HashiCorp-terraform-exec/0.17.3',
    },
  },
  '08-describeparameters-throttled-null-params.json': {
    record: {
      eventId: '9b5adcaf-5f71-4980-8e12-74aa9dca0a16',
      time: new Date('2023-07-10T11:58:20.000Z'),
      eventName: 'DescribeParameters',
      access: 'metadata',
      outcome: 'failed',
      parameters: [],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: false,
      principal: {
        arn: 'arn:aws:iam::111122223333:user/alice',
        type: 'IAMUser',
        accountId: '111122223333',
        userName: 'alice',
        accessKeyId: 'AKIAEXAMPLEKEY000002',
      },
      source: {
        kind: 'ip',
        text: '10.0.0.20',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent:
        'APN/1.0 HashiCorp/1.0 Terraform/1.1.2 (+https://www.terraform.io) terraform-provider-aws/3.76.1 (+https://registry.terraform.io/providers/hashicorp/aws) aws-sdk-go/1.44.157 (go1.19.3; linux; amd64) stratus-red-team_11a6ef34-e130-4579-a1d3-79c915cee6ec HashiCorp-terraform-exec/0.17.3',
      error: {
        code: 'ThrottlingException',
        message: 'Rate exceeded',
      },
    },
  },
  '09-kms-decrypt-parameter-arn-context.json': {
    skipped: {
      reason: 'not-ssm-event',
      detail: 'eventSource is kms.amazonaws.com, not ssm.amazonaws.com',
      origin: 'log-file',
      eventId: '0857a604-37c6-4477-a547-263cd14d3154',
      eventName: 'Decrypt',
    },
  },
  '10-ssm-agent-ec2-instance-role-identity.json': {
    skipped: {
      reason: 'not-parameter-event',
      detail: 'GetDocument does not concern parameters',
      origin: 'log-file',
      eventId: 'ea812b7e-ebeb-4950-8dc8-a4a9af56a8c6',
      eventName: 'GetDocument',
    },
  },
  '11-getparameter-accessdenied-null-params.json': {
    record: {
      eventId: '860b9f8c-1019-4217-971b-7f4407bf6bd5',
      time: new Date('2022-11-04T23:29:19.000Z'),
      eventName: 'GetParameter',
      access: 'read',
      outcome: 'denied',
      parameters: [
        {
          reference: 'arn:aws:ssm:us-east-1:111122223333:parameter/DEV/db1/username',
          name: '/DEV/db1/username',
          kind: 'other',
          from: 'error-message',
        },
      ],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: false,
      principal: {
        arn: 'arn:aws:iam::111122223333:user/deploy-user',
        type: 'IAMUser',
        accountId: '111122223333',
        userName: 'deploy-user',
        accessKeyId: 'AKIAEXAMPLEKEY000006',
      },
      source: {
        kind: 'ip',
        text: '198.51.100.40',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent: 'aws-cli/2.4.11 Python/3.8.8 Darwin/21.6.0 exe/x86_64 prompt/off command/ssm.get-parameter',
      error: {
        code: 'AccessDenied',
        message:
          'User: arn:aws:iam::111122223333:user/deploy-user is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:111122223333:parameter/DEV/db1/username because no identity-based policy allows the ssm:GetParameter action',
      },
    },
  },
  '12-getparameter-vpc-endpoint-private-ip.json': {
    record: {
      eventId: '8860c5a8-2c5d-4427-af59-2b786d9bab37',
      time: new Date('2022-11-04T23:50:12.000Z'),
      eventName: 'GetParameter',
      access: 'read',
      outcome: 'success',
      parameters: [
        {
          reference: '/DEV/db1/username',
          name: '/DEV/db1/username',
          kind: 'other',
          from: 'request',
        },
      ],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: false,
      principal: {
        arn: 'arn:aws:iam::111122223333:user/deploy-user',
        type: 'IAMUser',
        accountId: '111122223333',
        userName: 'deploy-user',
        accessKeyId: 'AKIAEXAMPLEKEY000005',
      },
      source: {
        kind: 'ip',
        text: '10.0.0.46',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent: 'aws-cli/1.18.147 Python/2.7.18 Linux/5.10.144-127.601.amzn2.x86_64 botocore/1.18.6',
      vpcEndpointId: 'vpce-0123456789abcdef0',
    },
  },
  '13-getparameter-lambda-role-decrypt.json': {
    record: {
      eventId: '7492e9ea-2241-4035-be36-eeed15ccbf0c',
      time: new Date('2020-01-22T22:20:50.000Z'),
      eventName: 'GetParameter',
      access: 'read',
      outcome: 'success',
      parameters: [
        {
          reference: '/example-app/database/password',
          name: '/example-app/database/password',
          kind: 'other',
          from: 'request',
        },
      ],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: true,
      principal: {
        arn: 'arn:aws:iam::111122223333:role/example-lambda-role',
        type: 'AssumedRole',
        accountId: '111122223333',
        sessionName: 'example-function',
        sessionArn: 'arn:aws:sts::111122223333:assumed-role/example-lambda-role/example-function',
        accessKeyId: 'ASIAEXAMPLEKEY000007',
      },
      source: {
        kind: 'ip',
        text: '198.51.100.50',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent: 'aws-sdk-nodejs/2.585.0 linux/v12.14.1 exec-env/AWS_Lambda_nodejs12.x promise',
    },
  },
  '14-getparameter-lambda-creds-reused-externally.json': {
    record: {
      eventId: 'fdc4adce-9499-472b-bba7-b43b716bfe3d',
      time: new Date('2020-01-22T22:22:59.000Z'),
      eventName: 'GetParameter',
      access: 'read',
      outcome: 'success',
      parameters: [
        {
          reference: '/example-app/database/password',
          name: '/example-app/database/password',
          kind: 'other',
          from: 'request',
        },
      ],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: true,
      principal: {
        arn: 'arn:aws:iam::111122223333:role/example-lambda-role',
        type: 'AssumedRole',
        accountId: '111122223333',
        sessionName: 'example-function',
        sessionArn: 'arn:aws:sts::111122223333:assumed-role/example-lambda-role/example-function',
        accessKeyId: 'ASIAEXAMPLEKEY000007',
      },
      source: {
        kind: 'ip',
        text: '203.0.113.60',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent: 'aws-cli/1.16.300 Python/3.7.5 Darwin/19.2.0 botocore/1.13.36',
    },
  },
  '15-getparameter-cli-no-decrypt-flag.json': {
    record: {
      eventId: '5281404d-2abb-401a-bd97-450c064ebc77',
      time: new Date('2024-10-15T08:55:22.000Z'),
      eventName: 'GetParameter',
      access: 'read',
      outcome: 'success',
      parameters: [
        {
          reference: '/inspector-aws/service/inspector-linux-application-paths',
          name: '/inspector-aws/service/inspector-linux-application-paths',
          kind: 'other',
          from: 'request',
        },
      ],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: false,
      principal: {
        arn: 'arn:aws:iam::111122223333:user/alice@example.com',
        type: 'IAMUser',
        accountId: '111122223333',
        userName: 'alice@example.com',
        accessKeyId: 'AKIAEXAMPLEKEY000008',
      },
      source: {
        kind: 'ip',
        text: '198.51.100.70',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent:
        'aws-cli/2.17.60 md/awscrt#0.21.2 ua/2.0 os/macos#23.6.0 md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython exec-env/grimoire_52af3621-8820-4e8a-8f18-7683368a7dc2 cfg/retry-mode#standard md/installer#exe md/prompt#off md/command#ssm.get-parameter',
    },
  },
  '16-getparameters-single-name-no-decrypt-flag.json': {
    record: {
      eventId: '0bf5611f-fa60-46ee-b2bf-42e8c9d7350a',
      time: new Date('2024-10-15T08:55:36.000Z'),
      eventName: 'GetParameters',
      access: 'read',
      outcome: 'success',
      parameters: [
        {
          reference: '/inspector-aws/service/inspector-linux-application-paths',
          name: '/inspector-aws/service/inspector-linux-application-paths',
          kind: 'other',
          from: 'request',
        },
      ],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: false,
      principal: {
        arn: 'arn:aws:iam::111122223333:user/alice@example.com',
        type: 'IAMUser',
        accountId: '111122223333',
        userName: 'alice@example.com',
        accessKeyId: 'AKIAEXAMPLEKEY000008',
      },
      source: {
        kind: 'ip',
        text: '198.51.100.70',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent:
        'aws-cli/2.17.60 md/awscrt#0.21.2 ua/2.0 os/macos#23.6.0 md/arch#x86_64 lang/python#3.12.6 md/pyimpl#CPython exec-env/grimoire_52af3621-8820-4e8a-8f18-7683368a7dc2 cfg/retry-mode#standard md/installer#exe md/prompt#off md/command#ssm.get-parameters',
    },
  },
  '17-getparameters-accessdenied-errormessage-arn.json': {
    record: {
      eventId: '5537fd22-5a82-494f-93ae-d17b20451e62',
      time: new Date('2024-08-18T16:06:54.000Z'),
      eventName: 'GetParameters',
      access: 'read',
      outcome: 'denied',
      parameters: [
        {
          reference: 'arn:aws:ssm:us-east-1:444455556666:parameter/ExampleParameter',
          name: 'ExampleParameter',
          kind: 'other',
          from: 'error-message',
        },
      ],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: false,
      principal: {
        arn: 'arn:aws:iam::111122223333:user/bob',
        type: 'IAMUser',
        accountId: '111122223333',
        userName: 'bob',
        accessKeyId: 'AKIAEXAMPLEKEY000012',
      },
      source: {
        kind: 'ip',
        text: '198.51.100.80',
      },
      region: 'us-east-1',
      account: '111122223333',
      origin: 'log-file',
      userAgent:
        'aws-cli/2.17.32 md/awscrt#0.21.2 ua/2.0 os/linux#5.15.0-microsoft-standard-WSL2 md/arch#x86_64 lang/python#3.11.9 md/pyimpl#CPython exec-env/grimoire_b12428a7-d3c0-4ff9-8b64-66c7e37a4764 cfg/retry-mode#standard md/installer#exe md/distrib#ubuntu.24 md/prompt#off md/command#ssm.get-parameters',
      error: {
        code: 'AccessDenied',
        message:
          'User: arn:aws:iam::111122223333:user/bob is not authorized to perform: ssm:GetParameters on resource: arn:aws:ssm:us-east-1:444455556666:parameter/ExampleParameter because no identity-based policy allows the ssm:GetParameters action',
      },
    },
  },
  '18-getparameter-sso-assumedrole-decrypt-TESTFIXTURE.json': {
    record: {
      eventId: '587e6d58-a653-4fd9-859f-367dc1bad98c',
      time: new Date('2025-02-14T19:43:09.000Z'),
      eventName: 'GetParameter',
      access: 'read',
      outcome: 'success',
      parameters: [
        {
          reference: '/credentials/stratus-red-team/credentials-25',
          name: '/credentials/stratus-red-team/credentials-25',
          kind: 'other',
          from: 'request',
        },
      ],
      managed: {
        secretIds: [],
        pendingSecretIds: [],
      },
      withDecryption: true,
      principal: {
        arn: 'arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/us-west-2/SampleRole',
        type: 'AssumedRole',
        accountId: '111122223333',
        sessionName: 'alice',
        sessionArn: 'arn:aws:sts::111122223333:assumed-role/SampleRole/alice',
        accessKeyId: 'ASIAEXAMPLEKEY000009',
      },
      source: {
        kind: 'ip',
        text: '198.51.100.90',
      },
      region: 'us-west-2',
      account: '111122223333',
      origin: 'log-file',
      userAgent: 'example-user-agent',
    },
  },
  '19-getparameters-11-names-SYNTHETIC-invalid.json': {
    skipped: {
      reason: 'invalid-request',
      detail: 'GetParameters: requestParameters.names has 11 names; the API accepts at most 10',
      origin: 'log-file',
      eventId: 'ce59873d-6a27-4fa4-afc1-088fceba71e4',
      eventName: 'GetParameters',
    },
  },
  '20-lookupevents-response-envelope-root.json': {
    skipped: {
      reason: 'not-ssm-event',
      detail: 'eventSource is signin.amazonaws.com, not ssm.amazonaws.com',
      origin: 'lookup-events',
      eventId: '0ebbaee4-6e67-431d-8225-ba0d81df5972',
      eventName: 'ConsoleLogin',
      index: 0,
    },
  },
  '21-irsa-webidentity-identity-shape-NON-SSM.json': {
    skipped: {
      reason: 'not-ssm-event',
      detail: 'eventSource is metering-marketplace.amazonaws.com, not ssm.amazonaws.com',
      origin: 'log-file',
      eventId: 'cEXAMPLE-e6c2-465d-b47f-150EXAMPLE97',
      eventName: 'RegisterUsage',
    },
  },
};
