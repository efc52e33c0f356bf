/**
 * Property tests. Each expected value is computed by a small reference written here,
 * never by the module under test.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createPathLayout,
  formatReference,
  iamPatternCovers,
  type PathSettings,
  parameterArn,
  parseParameterArn,
  parseReference,
  type Selector,
  secretsCoveredByPath,
} from '../../../shared/parameter-paths/index.ts';

const RUNS = { arn: 500, selector: 500, coverage: 500, iam: 2000 } as const;

const notReserved = (s: string) => !/^(aws|ssm)/i.test(s);
const segment = fc.stringMatching(/^[a-zA-Z0-9_.-]{1,12}$/);
const segments = fc.array(segment, { minLength: 1, maxLength: 15 }).filter((s) => notReserved(s[0] ?? ''));
const context = fc.record({
  partition: fc.constantFrom('aws', 'aws-cn', 'aws-us-gov' as const),
  region: fc.constantFrom('us-east-1', 'eu-central-2', 'cn-north-1', 'us-gov-west-1'),
  account: fc.stringMatching(/^[0-9]{12}$/),
});
/** A name as a caller may write it: a single segment with or without slash, else hierarchical. */
const written = fc.tuple(segments, fc.boolean()).map(([segs, slash]) => ({
  segs,
  text: segs.length === 1 && !slash ? (segs[0] ?? '') : `/${segs.join('/')}`,
}));
const canonical = (segs: string[]) => (segs.length === 1 ? segs[0] : `/${segs.join('/')}`);

const label = fc.stringMatching(/^[a-zA-Z._-][a-zA-Z0-9._-]{0,20}$/).filter(notReserved);
const selector: fc.Arbitrary<Selector> = fc.oneof(
  label.map((l) => ({ kind: 'label', label: l }) as const),
  fc.integer({ min: 1, max: 2 ** 40 }).map((v) => ({ kind: 'version', version: v }) as const),
);
const selectorText = (s: Selector) => (s.kind === 'label' ? s.label : String(s.version));

describe('parameterArn / parseParameterArn round trip', () => {
  it('name → ARN → name gives the canonical name and the ARN has no doubled slash', () => {
    fc.assert(
      fc.property(context, written, (ctx, { segs, text }) => {
        // Act
        const arn = parameterArn(ctx, text);
        const back = parseParameterArn(arn);
        // Assess
        expect(arn).toBe(`arn:${ctx.partition}:ssm:${ctx.region}:${ctx.account}:parameter/${segs.join('/')}`);
        expect(back).toEqual({ ...ctx, name: canonical(segs) });
      }),
      { numRuns: RUNS.arn },
    );
  });
});

describe('parseReference / formatReference round trip', () => {
  it('format then parse gives back the canonical name and the selector', () => {
    fc.assert(
      fc.property(written, fc.option(selector, { nil: undefined }), ({ segs, text }, sel) => {
        // Act
        const formatted = formatReference(text, sel);
        const parsed = parseReference(formatted);
        // Assess
        const expectedText = sel === undefined ? canonical(segs) : `${canonical(segs)}:${selectorText(sel)}`;
        expect(formatted).toBe(expectedText);
        expect(parsed).toEqual(
          sel === undefined ? { name: canonical(segs) } : { name: canonical(segs), selector: sel },
        );
      }),
      { numRuns: RUNS.selector },
    );
  });

  it('an ARN with a selector parses to the name, the selector and the ARN parts', () => {
    fc.assert(
      fc.property(context, written, selector, (ctx, { segs }, sel) => {
        // Prepare
        const text = `arn:${ctx.partition}:ssm:${ctx.region}:${ctx.account}:parameter/${segs.join('/')}:${selectorText(sel)}`;
        // Act
        const parsed = parseReference(text);
        // Assess
        expect(parsed).toEqual({ name: canonical(segs), selector: sel, arn: ctx });
      }),
      { numRuns: RUNS.selector },
    );
  });
});

describe('secretsCoveredByPath agrees with a string-prefix reference', () => {
  const seg = fc.constantFrom('a', 'b', 'ab', 'a-b');
  const rel = fc.array(seg, { minLength: 1, maxLength: 3 }).map((s) => s.join('/'));
  const abs = fc.array(seg, { minLength: 1, maxLength: 2 }).map((s) => `/${s.join('/')}`);
  const overlaps = (x: string, y: string) => `${x}/`.startsWith(`${y}/`) || `${y}/`.startsWith(`${x}/`);

  it('matches for random small hierarchies, paths and recursion', () => {
    fc.assert(
      fc.property(
        abs,
        abs,
        fc.option(fc.constantFrom('p', 'ab'), { nil: undefined }),
        fc.uniqueArray(rel, { minLength: 1, maxLength: 4 }),
        fc.array(seg, { maxLength: 4 }),
        fc.boolean(),
        fc.boolean(),
        (root, opsRoot, stage, paths, query, trailing, recursive) => {
          // Prepare
          fc.pre(!overlaps(root, opsRoot));
          const catalog = paths.map((path, i) => ({ id: `s${i}`, path, strategy: 'cloak-key' as const }));
          const settings: PathSettings = {
            root,
            opsRoot,
            stage,
            catalog,
            partition: 'aws',
            region: 'us-east-1',
            account: '111122223333',
          };
          const staged = (r: string) => (stage === undefined ? r : `${r}/${stage}`);
          const queryPath = query.length === 0 ? '/' : `/${query.join('/')}${trailing ? '/' : ''}`;
          const prefix = query.length === 0 ? '/' : `/${query.join('/')}/`;
          const reads = (name: string) =>
            name.startsWith(prefix) && (recursive || !name.slice(prefix.length).includes('/'));
          // Act
          const coverage = secretsCoveredByPath(createPathLayout(settings), queryPath, recursive);
          // Assess
          expect(coverage).toEqual({
            secretIds: catalog.filter((e) => reads(`${staged(root)}/${e.path}`)).map((e) => e.id),
            pendingSecretIds: catalog
              .filter((e) => reads(`${staged(opsRoot)}/${e.id}/pending`))
              .map((e) => e.id),
          });
        },
      ),
      { numRuns: RUNS.coverage },
    );
  });
});

describe('iamPatternCovers agrees with a regex reference', () => {
  const reference = (pattern: string, arn: string) => {
    const body = [...pattern]
      .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[\\^$.*+?()[\]{}|/-]/g, '\\$&')))
      .join('');
    return new RegExp(`^${body}$`, 's').test(arn);
  };
  const text = (chars: string[]) =>
    fc.array(fc.constantFrom(...chars), { maxLength: 10 }).map((c) => c.join(''));

  it('matches on random patterns over a small alphabet', () => {
    fc.assert(
      fc.property(
        text(['a', 'b', '/', ':', '-', '*', '?']),
        text(['a', 'b', '/', ':', '-']),
        (pattern, arn) => {
          // Act
          const covers = iamPatternCovers(pattern, arn);
          // Assess
          expect(covers).toBe(reference(pattern, arn));
        },
      ),
      { numRuns: RUNS.iam },
    );
  });

  it('matches on ARN-shaped patterns made by wildcarding parts of an ARN', () => {
    const arn = fc.constantFrom(
      'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius/cloak-key',
      'arn:aws:ssm:us-east-1:111122223333:parameter/qlarius-rotation/cloak-key/pending',
      'arn:aws:ssm:eu-west-1:444455556666:parameter/qlarius/twilio/auth-token',
    );
    fc.assert(
      fc.property(
        arn,
        arn,
        fc.array(fc.tuple(fc.nat(), fc.nat(12), fc.constantFrom('*', '?')), { maxLength: 3 }),
        (a, b, cuts) => {
          // Prepare
          let pattern: string = a;
          for (const [at, len, wildcard] of cuts) {
            const i = at % (pattern.length + 1);
            pattern = `${pattern.slice(0, i)}${wildcard}${pattern.slice(i + len)}`;
          }
          // Act
          const covers = iamPatternCovers(pattern, b);
          // Assess
          expect(covers).toBe(reference(pattern, b));
        },
      ),
      { numRuns: RUNS.iam },
    );
  });
});
