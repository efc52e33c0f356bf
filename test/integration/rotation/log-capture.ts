/**
 * Keeps the product's structured log lines of the rotation (service `sra-rotation`) out of
 * the test output and in a list, so tests can read them and the secret scan can search them.
 */
import { captureServiceLogs, type ServiceLogs } from '../../helpers/service-logs.ts';

export const PRODUCT_SERVICE = 'sra-rotation';

export type LogCapture = ServiceLogs;

export function captureProductLogs(): LogCapture {
  return captureServiceLogs(PRODUCT_SERVICE);
}
