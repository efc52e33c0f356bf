/* biome-ignore-all lint/suspicious/noTemplateCurlyInString: expected values are CloudFormation Fn::Sub templates */
import { describe, expect, it } from 'vitest';
import { cloudFormationParameterArn, ParameterNameError } from '../../../shared/parameter-paths/index.ts';

describe('cloudFormationParameterArn', () => {
  it('builds the Fn::Sub template of a hierarchical name', () => {
    expect(cloudFormationParameterArn('/qlarius/twilio/auth-token')).toBe(
      'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/qlarius/twilio/auth-token',
    );
  });

  it('builds a wildcard below a prefix', () => {
    expect(cloudFormationParameterArn('/qlarius-rotation/prod', { wildcard: true })).toBe(
      'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/qlarius-rotation/prod/*',
    );
  });

  it('refuses an invalid name', () => {
    expect(() => cloudFormationParameterArn('/qlarius/a b')).toThrow(ParameterNameError);
  });
});
