import { describe, expect, it } from 'vitest';
import {
  ParameterArnError,
  ParameterNameError,
  parameterArn,
  parameterArnsInText,
  parseParameterArn,
  RULES,
} from '../../../shared/parameter-paths/index.ts';
import { REFERENCE_SETTINGS, thrown } from './fixtures.ts';

const US_EAST_1 = { partition: 'aws', region: 'us-east-1', account: '111122223333' } as const;

describe('parameterArn', () => {
  it('drops the leading slash of a hierarchical name', () => {
    // Act
    const arn = parameterArn(US_EAST_1, '/qlarius/cloak-key');
    // Assess
    expect(arn).toBe('arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key');
  });

  it('gives one ARN for a single-level name with or without leading slash', () => {
    // Act
    const arns = [parameterArn(US_EAST_1, '/cloak-key'), parameterArn(US_EAST_1, 'cloak-key')];
    // Assess
    expect(arns).toEqual([
      'arn:aws:ssm:us-east-1:111122223333:parameter/cloak-key',
      'arn:aws:ssm:us-east-1:111122223333:parameter/cloak-key',
    ]);
  });

  it('takes the path settings as context', () => {
    // Act
    const arn = parameterArn(REFERENCE_SETTINGS, '/qlarius/twilio/auth-token');
    // Assess
    expect(arn).toBe('arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/twilio/auth-token');
  });

  it('uses the aws-us-gov partition', () => {
    // Act
    const arn = parameterArn(
      { partition: 'aws-us-gov', region: 'us-gov-west-1', account: '111122223333' },
      '/a/b',
    );
    // Assess
    expect(arn).toBe('arn:aws-us-gov:ssm:us-gov-west-1:111122223333:parameter/a/b');
  });

  it('refuses an account that is not 12 digits (rule arn-account)', () => {
    // Act
    const error = thrown(() => parameterArn({ ...US_EAST_1, account: '1234' }, '/a/b'));
    // Assess
    expect(error).toBeInstanceOf(ParameterArnError);
    expect(error.rule).toBe(RULES.arnAccount);
    expect(error.message).toBe('ARN parts are invalid: account "1234" is not 12 digits (rule: arn-account)');
  });

  it('refuses an invalid name with ParameterNameError', () => {
    // Act
    const error = thrown(() => parameterArn(US_EAST_1, '/a//b'));
    // Assess
    expect(error).toBeInstanceOf(ParameterNameError);
    expect(error.rule).toBe(RULES.noEmptySegments);
  });
});

describe('parseParameterArn', () => {
  it('reads a hierarchical name with its leading slash', () => {
    // Act
    const parsed = parseParameterArn('arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key');
    // Assess
    expect(parsed).toEqual({
      partition: 'aws',
      region: 'us-east-1',
      account: '111122223333',
      name: '/qlarius/cloak-key',
    });
  });

  it('reads a single-level name without leading slash', () => {
    // Act
    const parsed = parseParameterArn('arn:aws-cn:ssm:cn-north-1:111122223333:parameter/cloak-key');
    // Assess
    expect(parsed).toEqual({
      partition: 'aws-cn',
      region: 'cn-north-1',
      account: '111122223333',
      name: 'cloak-key',
    });
  });

  it('refuses another partition (rule arn-partition)', () => {
    // Act
    const error = thrown(() => parseParameterArn('arn:aws-iso:ssm:us-iso-east-1:111122223333:parameter/x'));
    // Assess
    expect(error).toBeInstanceOf(ParameterArnError);
    expect(error.rule).toBe(RULES.arnPartition);
    expect(error.message).toBe(
      'parameter ARN "arn:aws-iso:ssm:us-iso-east-1:111122223333:parameter/x" is invalid: partition "aws-iso" is not one of aws, aws-cn, aws-us-gov (rule: arn-partition)',
    );
  });

  it('refuses another service (rule arn-service)', () => {
    // Act
    const error = thrown(() => parseParameterArn('arn:aws:secretsmanager:us-east-1:111122223333:secret:x'));
    // Assess
    expect(error.rule).toBe(RULES.arnService);
  });

  it('refuses a text that is not an ARN (rule arn-format)', () => {
    // Act
    const error = thrown(() => parseParameterArn('arn:aws:ssm'));
    // Assess
    expect(error.rule).toBe(RULES.arnFormat);
  });

  it('refuses a bad region (rule arn-region)', () => {
    // Act
    const error = thrown(() => parseParameterArn('arn:aws:ssm:useast1:111122223333:parameter/x'));
    // Assess
    expect(error.rule).toBe(RULES.arnRegion);
  });

  it('refuses a resource that is not a parameter (rule arn-resource)', () => {
    // Act
    const error = thrown(() => parseParameterArn('arn:aws:ssm:us-east-1:111122223333:document/x'));
    // Assess
    expect(error.rule).toBe(RULES.arnResource);
  });

  it('refuses a selector after the name (rule arn-resource)', () => {
    // Act
    const error = thrown(() => parseParameterArn('arn:aws:ssm:us-east-1:111122223333:parameter/a/b:3'));
    // Assess
    expect(error.rule).toBe(RULES.arnResource);
    expect(error.message).toContain('has a ":" selector after the name');
  });

  it('refuses an invalid name inside the ARN with the name rule', () => {
    // Act
    const error = thrown(() => parseParameterArn('arn:aws:ssm:us-east-1:111122223333:parameter/a//b'));
    // Assess
    expect(error).toBeInstanceOf(ParameterArnError);
    expect(error.rule).toBe(RULES.noEmptySegments);
    expect(error.message).toBe(
      'parameter ARN "arn:aws:ssm:us-east-1:111122223333:parameter/a//b" is invalid: its name "/a//b" contains an empty segment ("//") (rule: no-empty-segments)',
    );
  });
});

describe('parameterArnsInText', () => {
  it('finds the parameter ARN in an AccessDenied message, not the user ARN', () => {
    // Prepare
    const message =
      'User: arn:aws:iam::111122223333:user/deploy-user is not authorized to perform: ssm:GetParameter on resource: arn:aws:ssm:us-east-1:111122223333:parameter/DEV/db1/username because no identity-based policy allows the ssm:GetParameter action';
    // Act
    const arns = parameterArnsInText(message);
    // Assess
    expect(arns).toEqual(['arn:aws:ssm:us-east-1:111122223333:parameter/DEV/db1/username']);
  });

  it('keeps the trailing slash of a by-path denial', () => {
    // Act
    const arns = parameterArnsInText(
      'on resource: arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/ because',
    );
    // Assess
    expect(arns).toEqual(['arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/']);
  });

  it('finds nothing in Rate exceeded', () => {
    // Act
    const arns = parameterArnsInText('Rate exceeded');
    // Assess
    expect(arns).toEqual([]);
  });
});
