/**
 * Parameter ARNs for CloudFormation templates, where the partition, region and account are
 * only known at deployment: a `Fn::Sub` template string such as
 * `arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/qlarius/cloak-key`.
 */
import { splitName } from './name-rules.ts';
import { validateName } from './validate.ts';

// biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub placeholders, not JavaScript ones
const SUB_PREFIX = 'arn:${AWS::Partition}:ssm:${AWS::Region}:${AWS::AccountId}:parameter/';

/**
 * The `Fn::Sub` template of a parameter's ARN, or of every name below a prefix with
 * `wildcard`. Throws `ParameterNameError` for an invalid name.
 */
export function cloudFormationParameterArn(name: string, options: { wildcard?: boolean } = {}): string {
  const body = splitName(validateName(name, { purpose: 'read' })).join('/');
  return options.wildcard ? `${SUB_PREFIX}${body}/*` : `${SUB_PREFIX}${body}`;
}
