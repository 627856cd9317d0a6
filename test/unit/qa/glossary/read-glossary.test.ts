import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { FileFormatError } from '../../../../src/model/errors.ts';
import { readGlossary } from '../../../../src/qa/glossary/read-glossary.ts';

const TBX = `<?xml version="1.0"?>
<martif type="TBX" xml:lang="en"><text><body>
  <termEntry id="t1">
    <langSet xml:lang="en"><tig><term>ransomware</term></tig></langSet>
    <langSet xml:lang="fr">
      <tig><term>rançongiciel</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></tig>
      <tig><term>ransomware</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></tig>
    </langSet>
  </termEntry>
</body></text></martif>`;

describe('glossary reader', () => {
  test('reads a CSV with en, fr and forbidden columns, quotes included', () => {
    const glossary = readGlossary(
      'fr,en,forbidden\n"rançongiciel",ransomware,\n"logiciel ""rançon""",ransomware,yes\n',
      'g.csv',
    );
    assert.deepEqual(glossary.terms, [
      { en: 'ransomware', fr: 'rançongiciel', forbidden: false },
      { en: 'ransomware', fr: 'logiciel "rançon"', forbidden: true },
    ]);
  });

  test('reads a TBX, a deprecated term becoming forbidden', () => {
    assert.deepEqual(readGlossary(TBX, 'g.tbx').terms, [
      { en: 'ransomware', fr: 'rançongiciel', forbidden: false },
      { en: 'ransomware', fr: 'ransomware', forbidden: true },
    ]);
  });

  test('rejects a CSV without en and fr columns, naming the file', () => {
    assert.throws(
      () => readGlossary('source,target\na,b\n', 'bad.csv'),
      (error: Error) => {
        assert.ok(error instanceof FileFormatError);
        assert.match(error.message, /^bad\.csv:1/);
        return true;
      },
    );
  });

  test('rejects malformed TBX, naming the file', () => {
    assert.throws(() => readGlossary('<martif><termEntry></martif>', 'bad.tbx'), /bad\.tbx/);
  });
});
