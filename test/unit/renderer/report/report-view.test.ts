import assert from 'node:assert/strict';
import { afterEach, describe, test } from 'node:test';
import { resetI18n } from '../../../../renderer/i18n/ui-i18n.ts';
import { exportOutcome } from '../../../../renderer/report/report-view.ts';

describe('exportOutcome', () => {
  afterEach(() => resetI18n('en'));

  test('warns that an empty TMX is empty and why, instead of only "Exported …"', () => {
    const outcome = exportOutcome('tmx', { name: 'story.tmx', written: 0 });
    assert.equal(outcome.kind, 'warning');
    assert.match(
      outcome.text(),
      /^The TMX file story\.tmx is empty: a translation memory only takes approved segments/,
    );
    assert.match(outcome.text(), /English source/);
  });

  test('says it in French too, and words it again after a language switch', () => {
    const outcome = exportOutcome('tmx', { name: 'story.tmx', written: 0 });
    resetI18n('fr');
    assert.match(outcome.text(), /^Le fichier TMX story\.tmx est vide : une mémoire de traduction ne reprend que/);
  });

  test('says any other empty export is empty, and a full one is exported', () => {
    assert.match(exportOutcome('csv', { name: 'story.csv', written: 0 }).text(), /empty/);
    const done = exportOutcome('tmx', { name: 'story.tmx', written: 12 });
    assert.deepEqual([done.kind, done.text()], ['info', 'Exported story.tmx']);
  });
});
