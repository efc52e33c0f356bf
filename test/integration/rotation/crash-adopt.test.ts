import { describe, it } from 'vitest';
import { caseName, crashAndRecover, recordFlow, useCrashFixture } from './crash-matrix.ts';
import { adoptFlow } from './flows.ts';

const flow = adoptFlow;
const points = await recordFlow(flow);
const fx = useCrashFixture();

describe('crash matrix: the first tick adopts the hand-made parameters', () => {
  for (const point of points) {
    for (const drop of ['before', 'after'] as const) {
      it(caseName(point, drop), () => crashAndRecover(fx, flow, point, drop));
    }
  }
});
