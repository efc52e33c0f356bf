/** The audit's real-time path: EventBridge events of CloudTrail-recorded SSM calls, instant rules. */
export { evaluateStreamEvent, type StreamDeps, type StreamResult } from './evaluate-event.ts';
