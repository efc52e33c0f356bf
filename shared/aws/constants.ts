/** Fixed values of AWS client construction. */

/**
 * The SDK's standard retry strategy (exponential backoff with jitter, a retry quota that
 * stops retry storms, throttling and transient errors retried). Four attempts in all keep a
 * scheduled invocation well inside its timeout while riding out a throttling burst.
 */
export const AWS_RETRY = { mode: 'standard', maxAttempts: 4 } as const;

/** The name, step and priority under which the SDK registers its retry middleware. */
export const SDK_RETRY_MIDDLEWARE = {
  name: 'retryMiddleware',
  step: 'finalizeRequest',
  priority: 'high',
} as const;
