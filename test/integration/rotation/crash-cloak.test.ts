import { describe, expect, it } from 'vitest';
import { caseName, crashAndRecover, recordFlow, useCrashFixture } from './crash-matrix.ts';
import { cloakFlow } from './flows.ts';

const flow = cloakFlow;
const points = await recordFlow(flow);
const fx = useCrashFixture();

describe('crash matrix: cloak-key rotate, then retire with confirmation', () => {
  it('covers every call of the flow', () => {
    expect(new Set(points.map((p) => p.service))).toEqual(new Set(['ssm', 'dynamodb', 'sns']));
  });

  for (const point of points) {
    for (const drop of ['before', 'after'] as const) {
      it(caseName(point, drop), () => crashAndRecover(fx, flow, point, drop));
    }
  }
});
