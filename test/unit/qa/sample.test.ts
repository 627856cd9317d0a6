import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { readPlainText } from '../../../src/formats/text/read-plain-text.ts';
import { createI18n } from '../../../src/i18n/create-i18n.ts';
import type { Flag } from '../../../src/model/flag.ts';
import type { CheckSegment } from '../../../src/qa/check.ts';
import { lexiconResources } from '../../../src/qa/lexicon/lexicon-resources.ts';
import { renderFlagMessage } from '../../../src/qa/render-flag-message.ts';
import { checkDocument } from '../../../src/qa/run-checks.ts';
import { repoPath } from '../../helpers/run-cli.ts';

const file = repoPath('samples/china-denies-microsoft-hack.fr-mt.txt');
const segments: CheckSegment[] = readPlainText(readFileSync(file), file).units.map((unit, index) => ({
  index,
  id: unit.id,
  target: unit.target ?? '',
  source: null,
  retranslation: null,
}));
const flags = checkDocument(segments, { mode: 'target-only' });
const english = createI18n('en', lexiconResources()).t;
const french = createI18n('fr', lexiconResources()).t;

interface Found {
  readonly flag: Flag;
  readonly segment: CheckSegment;
}

function findFlag(check: string, predicate: (found: Found) => boolean): Found {
  for (const [index, list] of flags.entries()) {
    for (const flag of list) {
      const found = { flag, segment: segments[index]! };
      if (flag.check === check && predicate(found)) return found;
    }
  }
  assert.fail(`no ${check} flag found`);
}

const flagged = ({ flag, segment }: Found) => segment.target.slice(flag.start, flag.end);

// A message rendered in both languages: both non-empty, both filled in, and different from each other.
function assertExplained(flag: Flag): void {
  const en = renderFlagMessage(flag, english);
  const fr = renderFlagMessage(flag, french);
  assert.ok(en.length > 20 && fr.length > 20, `${en} / ${fr}`);
  assert.notEqual(en, fr);
  assert.doesNotMatch(en + fr, /\{\{|\}\}/);
}

describe('QA on the AFP sample, French only', () => {
  test('flags grèves in "grèves importantes contre les ransomwares" as a major wrong sense, fixed by d’attaques', () => {
    const found = findFlag('wrong-sense', (candidate) => flagged(candidate) === 'grèves');
    assert.equal(found.flag.severity, 'major');
    assert.equal(found.flag.suggestions[0]!.text, 'd’attaques');
    assert.match(renderFlagMessage(found.flag, english), /attack/);
    assert.match(renderFlagMessage(found.flag, french), /attaque/);
    assertExplained(found.flag);
  });

  test('flags the caption truncated after "dont"', () => {
    const found = findFlag('truncated', (candidate) => flagged(candidate) === 'dont');
    assert.match(found.segment.target, /organisations américaines, dont$/);
    assertExplained(found.flag);
  });

  test('flags the repeated paragraph and the repeated captions', () => {
    const exact = findFlag('duplicate', ({ flag }) => flag.messageKey === 'duplicate.exact');
    assert.match(exact.segment.target, /^Le piratage de Microsoft, qui exploitait des failles dans le service/);
    const near = flags.flat().filter((flag) => flag.messageKey === 'duplicate.near');
    const nearTexts = flags.flatMap((list, index) =>
      list.filter((flag) => flag.messageKey === 'duplicate.near').map(() => segments[index]!.target),
    );
    assert.ok(near.length >= 3, `${near.length} near-duplicates`);
    assert.ok(nearTexts.some((text) => text.startsWith('Le président américain Joe Biden a déclaré que la Chine')));
    assert.ok(nearTexts.some((text) => text.startsWith('Des Pékinois passent')));
    assertExplained(exact.flag);
    assertExplained(near[0]!);
  });

  test('flags the stray ". ." and fixes it to a single period', () => {
    const found = findFlag('punctuation', ({ flag }) => flag.messageKey === 'punctuation.doubled-period');
    assert.equal(flagged(found), '. .');
    assert.equal(found.flag.suggestions[0]!.text, '.');
    assertExplained(found.flag);
  });

  test("flags the broken guillemets in d' »imprudente » with a fix to d’« imprudente »", () => {
    const found = findFlag('punctuation', ({ flag }) => flag.messageKey === 'punctuation.reversed-guillemet');
    const { target } = found.segment;
    const fix = found.flag.suggestions[0]!;
    assert.match(target.slice(0, fix.start) + fix.text + target.slice(fix.end), /d’«\u00a0imprudente\s»/);
    assertExplained(found.flag);
  });

  test('flags the calque "Cette année a vu" and the anglicism "sponsorisent"', () => {
    assertExplained(findFlag('calque', (candidate) => flagged(candidate) === 'Cette année a vu').flag);
    assertExplained(findFlag('anglicism', (candidate) => flagged(candidate) === 'sponsorisent').flag);
  });

  test('flags the missing space in "Citation:" with a one-click fix', () => {
    const found = findFlag(
      'typography',
      ({ flag, segment }) => segment.target.startsWith('Citation') && flag.params['mark'] === ':',
    );
    assert.equal(found.flag.suggestions[0]!.text, '\u00a0:');
  });
});
