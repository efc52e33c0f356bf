/**
 * AWS client construction: the four SDK v3 clients with the standard retry strategy, and
 * `withoutRetries` for a command that must be sent exactly once.
 */
export { type AwsClientOverrides, type AwsClients, createAwsClients, destroyAwsClients } from './clients.ts';
export { AWS_RETRY, SDK_RETRY_MIDDLEWARE } from './constants.ts';
export { type CommandWithStack, withoutRetries } from './without-retries.ts';
