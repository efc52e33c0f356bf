/** The parts of Lambda's context object the middlewares read (fakes in tests provide these). */
export interface LambdaContext {
  readonly functionName: string;
  readonly functionVersion?: string;
  readonly invokedFunctionArn?: string;
  readonly memoryLimitInMB?: string;
  readonly awsRequestId: string;
  getRemainingTimeInMillis?(): number;
}
