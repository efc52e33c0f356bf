import { describe, expect, it } from 'vitest';
import { caseName, crashAndRecover, recordFlow, useCrashFixture } from './crash-matrix.ts';
import { twilioFlow } from './flows.ts';

const flow = twilioFlow;
const points = await recordFlow(flow);
const fx = useCrashFixture();

describe('crash matrix: Twilio rotate, then the tick retires after the grace period', () => {
  it('covers every call of the flow', () => {
    expect(new Set(points.map((p) => p.service))).toEqual(new Set(['ssm', 'dynamodb', 'sns', 'twilio']));
  });

  for (const point of points) {
    for (const drop of ['before', 'after'] as const) {
      it(caseName(point, drop), () => crashAndRecover(fx, flow, point, drop));
    }
  }
});
