import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { validateBilingualFile } from '../../../src/validate/validate-bilingual-file.ts';
import { formatProblem } from '../../../src/validate/validation-problem.ts';
import { fixtureBytes, utf8, xliff2 } from '../formats/fixture.ts';

/** A valid unit to mutate: codes with data references, a note, an issue, a target. */
const UNIT = `    <unit id="u1">
      <notes><note category="context" appliesTo="source">Headline</note></notes>
      <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>
      <segment id="s1" state="translated">
        <source><pc id="1" dataRefStart="d1" dataRefEnd="d2">Ransomware</pc> strikes<ph id="2"/></source>
        <target><pc id="1" dataRefStart="d1" dataRefEnd="d2">Les rançongiciels</pc> <mrk id="m1" type="its:lqi" its:locQualityIssueType="mistranslation" its:locQualityIssueSeverity="70">frappent</mrk><ph id="2"/></target>
      </segment>
    </unit>`;

/** Problems of an XLIFF 2 file built from the valid unit with `from` replaced by `to`. */
function problemsOf(to: string, from = '', root = ''): string[] {
  const unit = from === '' ? UNIT : UNIT.replace(from, to);
  if (from !== '' && unit === UNIT) throw new Error(`test setup: "${from}" not found`);
  const xml = from === '' ? xliff2(to || UNIT, root) : xliff2(unit, root);
  return validateBilingualFile(utf8(xml), 'f.xlf').map(formatProblem);
}

describe('validateBilingualFile on XLIFF 2', () => {
  test('finds nothing wrong in the valid unit, the sample and the fixtures', () => {
    assert.deepEqual(problemsOf(UNIT), []);
    for (const name of [
      'samples/sample.en-fr.xlf',
      'memoq.en-fr.xlf',
      'trados-seg.en-fr.xlf',
      'memory.en-fr.utf16le.tmx',
    ]) {
      assert.deepEqual(validateBilingualFile(fixtureBytes(name), name), [], name);
    }
  });

  const cases: readonly (readonly [string, string, string, RegExp])[] = [
    [
      'an element where the core does not allow it',
      '<segment id="s1" state="translated">',
      '<target>x</target><segment id="s1" state="translated">',
      /f\.xlf:7:7: <target> is not allowed inside <unit> \(XLIFF 2\.1 §4\.2\.2\.5 unit: element order and content\)/,
    ],
    [
      'notes after the segments',
      '</segment>',
      '</segment><notes><note>late</note></notes>',
      /<notes> is out of order inside <unit> \(XLIFF 2\.1 §4\.2\.2\.5 unit: element order and content\)/,
    ],
    [
      'a segment without source',
      '<source><pc id="1" dataRefStart="d1" dataRefEnd="d2">Ransomware</pc> strikes<ph id="2"/></source>',
      '',
      /<segment> needs at least 1 <source> \(XLIFF 2\.1 §4\.2\.2\.6 segment: cardinality\)/,
    ],
    [
      'a second target in a segment',
      '</segment>',
      '<target>encore</target></segment>',
      /<target> appears more than 1 time\(s\) in <segment>/,
    ],
    [
      'a unit with no segment',
      '    </unit>',
      '    </unit>\n    <unit id="u9"><notes><note>x</note></notes></unit>',
      /<unit> needs at least 1 <segment> or <ignorable>/,
    ],
    [
      'a missing unit id',
      '<unit id="u1">',
      '<unit>',
      /<unit> has no id \(XLIFF 2\.1 §4\.2\.2\.5 unit: id is required\)/,
    ],
    [
      'a state outside the four values',
      'state="translated"',
      'state="done"',
      /state "done" is not initial, translated, reviewed or final \(XLIFF 2\.1 §4\.3\.1 state: allowed values\)/,
    ],
    [
      'subState without state',
      'state="translated"',
      'subState="acme:x"',
      /subState is set but state is not \(XLIFF 2\.1 §4\.3\.1 subState: subState requires state\)/,
    ],
    [
      'appliesTo outside source and target',
      'appliesTo="source"',
      'appliesTo="both"',
      /appliesTo "both" is not source or target/,
    ],
    [
      'a note priority outside 1–10',
      'category="context"',
      'category="context" priority="11"',
      /priority "11" is not a whole number from 1 to 10/,
    ],
    [
      'markup inside a note',
      '>Headline</note>',
      '>Head<b>line</b></note>',
      /<note> holds elements; it takes text only/,
    ],
    [
      'an ec with neither startRef nor isolated',
      '<ph id="2"/></source>',
      '<ec id="9"/><ph id="2"/></source>',
      /<ec> has neither startRef nor isolated="yes"/,
    ],
    [
      'an isolated ec without id',
      '<ph id="2"/></source>',
      '<ec isolated="yes"/><ph id="2"/></source>',
      /an isolated <ec> needs an id/,
    ],
    [
      'a cp with a bad hex value',
      '<ph id="2"/></source>',
      '<cp hex="zz"/><ph id="2"/></source>',
      /hex "zz" is not a hexadecimal code point/,
    ],
    [
      'a yes/no attribute with another value',
      '<unit id="u1">',
      '<unit id="u1" canResegment="maybe">',
      /canResegment="maybe" must be yes or no/,
    ],
    [
      'an ITS severity over 100',
      'its:locQualityIssueSeverity="70"',
      'its:locQualityIssueSeverity="170"',
      /its:locQualityIssueSeverity "170" is not a number from 0 to 100 \(ITS 2\.0/,
    ],
    [
      'an ITS enabled flag that is not yes or no',
      'its:locQualityIssueSeverity="70"',
      'its:locQualityIssueSeverity="70" its:locQualityIssueEnabled="true"',
      /its:locQualityIssueEnabled "true" must be yes or no/,
    ],
    [
      'a non-inline element in a source',
      'strikes<ph id="2"/></source>',
      'strikes<b>!</b><ph id="2"/></source>',
      /<b> is not an inline element allowed in <source>/,
    ],
    [
      'content inside an empty inline element',
      '<ph id="2"/></source>',
      '<ph id="2">x</ph></source>',
      /<ph> must be empty/,
    ],
    [
      'an element other than cp inside data',
      '<data id="d1">&lt;b&gt;</data>',
      '<data id="d1"><ph id="z"/></data>',
      /<ph> is not allowed in <data> \(only <cp>\)/,
    ],
    [
      'a target whose xml:lang differs from trgLang',
      '<target>',
      '<target xml:lang="de">',
      /<target xml:lang="de"> differs from trgLang "fr"/,
    ],
    [
      'a source whose xml:lang differs from srcLang',
      '<source>',
      '<source xml:lang="en-US">',
      /<source xml:lang="en-US"> differs from srcLang "en"/,
    ],
    [
      'an undeclared namespace prefix',
      '<unit id="u1">',
      '<unit id="u1" acme:x="1">',
      /namespace prefix "acme" is not declared/,
    ],
    [
      'an inline id used twice',
      '<ph id="2"/></source>',
      '<ph id="1"/></source>',
      /inline id "1" is used twice in the source of this unit/,
    ],
    [
      'an ec whose startRef has no sc',
      '<ph id="2"/></source>',
      '<ec startRef="7"/><ph id="2"/></source>',
      /<ec startRef="7"> has no matching <sc id="7"> before it in this unit/,
    ],
    [
      'an sc never closed',
      '<ph id="2"/></source>',
      '<sc id="7"/><ph id="2"/></source>',
      /<sc id="7"> is never closed by an <ec startRef="7"> in this unit/,
    ],
    [
      'an em whose startRef has no sm',
      '<ph id="2"/></target>',
      '<em startRef="q"/><ph id="2"/></target>',
      /<em startRef="q"> has no matching <sm id="q"> in this unit/,
    ],
    [
      'a dataRef that names no data',
      '<ph id="2"/></source>',
      '<ph id="2" dataRef="d9"/></source>',
      /dataRef="d9" names no <data> in this unit's originalData/,
    ],
    [
      'a copyOf that names no code',
      '<ph id="2"/></target>',
      '<ph id="2"/><ph id="3" copyOf="99"/></target>',
      /copyOf="99" names no inline code of this unit/,
    ],
    ['a data id used twice', '<data id="d2">', '<data id="d1">', /data id "d1" is used twice in this unit/],
    [
      'a segment id that is also an inline id',
      '<segment id="s1"',
      '<segment id="2"',
      /segment id "2" is also the id of an inline code/,
    ],
  ];
  for (const [what, from, to, expected] of cases) {
    test(`reports ${what}`, () => {
      const problems = problemsOf(to, from);
      assert.ok(
        problems.some((problem) => expected.test(problem)),
        `no problem matched ${expected}; got:\n${problems.join('\n')}`,
      );
    });
  }

  test('reports a unit id used twice within a file, naming the second one', () => {
    const problems = problemsOf(`${UNIT}\n${UNIT}`);
    assert.ok(
      problems.includes(
        'f.xlf:12:5: unit id "u1" is used twice in this file (XLIFF 2.1 §4.2.2.5 unit: id must be unique within file)',
      ),
      problems.join('\n'),
    );
  });

  test('reports a file id used twice', () => {
    const xml = xliff2(UNIT).replace('</file>', `</file>\n  <file id="f1">\n${UNIT}\n  </file>`);
    assert.ok(
      validateBilingualFile(utf8(xml), 'f.xlf').some((problem) => problem.message === 'file id "f1" is used twice'),
    );
  });

  test('reports a group id used twice and a file with no unit', () => {
    const problems = problemsOf('<group id="g"/><group id="g"/>').join('\n');
    assert.match(problems, /group id "g" is used twice in this file/);
  });

  test('reports a target in a file without trgLang', () => {
    const xml = xliff2(UNIT).replace(' trgLang="fr"', '');
    const problems = validateBilingualFile(utf8(xml), 'f.xlf').map(formatProblem).join('\n');
    assert.match(
      problems,
      /a <target> is present but <xliff> has no trgLang \(XLIFF 2\.1 §4\.2\.2\.1 xliff: trgLang is required/,
    );
  });

  test('reports a version that is not 2.x and a root outside the XLIFF 2 namespace', () => {
    const wrongVersion = xliff2(UNIT).replace('version="2.1"', 'version="2.9"');
    assert.match(
      validateBilingualFile(utf8(wrongVersion), 'f.xlf').map(formatProblem).join('\n'),
      /version "2\.9" is not 2\.0, 2\.1 or 2\.2/,
    );
    const wrongNamespace = xliff2(UNIT).replace('document:2.0', 'document:9.9');
    const problems = validateBilingualFile(utf8(wrongNamespace), 'f.xlf').map(formatProblem).join('\n');
    assert.match(problems, /<xliff> is not in the XLIFF 2 namespace/);
  });

  test('reports through saxes the finer XML faults our scanner lets pass, such as -- inside a comment', () => {
    const xml = xliff2(UNIT).replace('<file id="f1">', '<file id="f1"><!-- old -- text -->');
    const problems = validateBilingualFile(utf8(xml), 'f.xlf').map(formatProblem);
    assert.deepEqual(problems, ['f.xlf:3:29: malformed comment. (XML 1.0 and Namespaces in XML (saxes))']);
  });

  test('reports a malformed file as one problem at the place it breaks', () => {
    const problems = validateBilingualFile(
      utf8('<xliff version="2.1" srcLang="en">\n<file id="f"></xliff>'),
      'bad.xlf',
    );
    assert.deepEqual(problems.map(formatProblem), [
      'bad.xlf:2:14: end tag </xliff> where </file> was expected (XML 1.0 well-formedness)',
    ]);
  });
});

describe('validateBilingualFile on XLIFF 1.2 and TMX', () => {
  const memoq = new TextDecoder().decode(fixtureBytes('memoq.en-fr.xlf'));
  const tmx = new TextDecoder('utf-16le').decode(fixtureBytes('memory.en-fr.utf16le.tmx')).replace('UTF-16', 'UTF-8');

  /** Problems of the memoQ file or the TMX with `from` replaced by `to`. */
  function problems(text: string, from: string, to: string, name: string): string {
    assert.ok(text.includes(from), `test setup: "${from}" not found`);
    return validateBilingualFile(utf8(text.replace(from, to)), name)
      .map(formatProblem)
      .join('\n');
  }

  test('reports a file element without its required attributes', () => {
    assert.match(
      problems(memoq, ' datatype="x-docx"', '', 'm.xlf'),
      /<file> has no datatype \(XLIFF 1\.2 §2\.2 file: datatype is required\)/,
    );
  });

  test('reports a trans-unit id used twice', () => {
    assert.match(
      problems(memoq, '<trans-unit id="2"', '<trans-unit id="1"', 'm.xlf'),
      /m\.xlf:13:7: trans-unit id "1" is used twice in this file/,
    );
  });

  test('reports a trans-unit without id and one without source', () => {
    assert.match(problems(memoq, '<trans-unit id="4">', '<trans-unit>', 'm.xlf'), /<trans-unit> has no id/);
    const noSource = problems(memoq, '<source>Final figures will be published in March.</source>', '', 'm.xlf');
    assert.match(noSource, /<trans-unit id="5"> must hold exactly one <source>/);
  });

  test('reports an XLIFF 1.2 root without file', () => {
    const text = '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"></xliff>';
    assert.match(validateBilingualFile(utf8(text), 'e.xlf').map(formatProblem).join('\n'), /<xliff> has no <file>/);
  });

  test('reports a TMX header without its required attributes', () => {
    assert.match(
      problems(tmx, ' o-tmf="SDL TM8 Format"', '', 't.tmx'),
      /<header> has no o-tmf \(TMX 1\.4b §3\.2 header: o-tmf is required\)/,
    );
  });

  test('reports a TMX without header or body', () => {
    const text = '<tmx version="1.4"></tmx>';
    const found = validateBilingualFile(utf8(text), 't.tmx').map(formatProblem).join('\n');
    assert.match(found, /<tmx> has no <header>/);
    assert.match(found, /<tmx> has no <body>/);
  });

  test('reports a tuv without xml:lang', () => {
    assert.match(
      problems(tmx, '<tuv xml:lang="de-DE">', '<tuv>', 't.tmx'),
      /<tuv> has no xml:lang \(TMX 1\.4b §3\.5 tuv/,
    );
  });

  test('reports an XLIFF 1.2 state that is neither listed nor x-…, and accepts an x- state', () => {
    assert.match(
      problems(memoq, 'state="signed-off"', 'state="bogus"', 'm.xlf'),
      /m\.xlf:28:9: state "bogus" is not an XLIFF 1\.2 state \(XLIFF 1\.2 state: final, needs-adaptation, .*, or a value starting with x-\)/,
    );
    assert.equal(problems(memoq, 'state="signed-off"', 'state="x-acme-done"', 'm.xlf'), '');
  });

  test('reports an XLIFF 1.2 state-qualifier that is neither listed nor x-…', () => {
    assert.match(
      problems(memoq, 'state-qualifier="mt-suggestion"', 'state-qualifier="machine"', 'm.xlf'),
      /m\.xlf:15:9: state-qualifier "machine" is not an XLIFF 1\.2 state-qualifier \(XLIFF 1\.2 state-qualifier: exact-match, /,
    );
  });

  test('reports an unknown element inside an XLIFF 1.2 target', () => {
    assert.match(
      problems(memoq, 'se multiplient.</target>', 'se multiplient.<bogus/></target>', 'm.xlf'),
      /m\.xlf:10:\d+: <bogus> is not allowed inside <target> \(XLIFF 1\.2 target: content is text and g, bpt, ept, ph, it, mrk, x, bx and ex\)/,
    );
  });

  test('reports an XLIFF 2 attribute on an XLIFF 1.2 ph', () => {
    assert.match(
      problems(memoq, 'payé <ph id="4">', 'payé <ph id="4" dataRef="d1">', 'm.xlf'),
      /m\.xlf:19:\d+: <ph> does not allow the attribute dataRef \(XLIFF 1\.2 ph: attributes id, xid, equiv-text, ctype, crc and assoc, or namespaced extensions\)/,
    );
  });

  test('reports an XLIFF 1.2 inline element without its required id', () => {
    assert.match(
      problems(memoq, '<x id="3"/>.</source>', '<x/>.</source>', 'm.xlf'),
      /<x> has no id \(XLIFF 1\.2 x: id is required\)/,
    );
  });

  test('reports an attribute TMX does not define on a TMX ph', () => {
    assert.match(
      problems(tmx, 'Contact <ph x="1" type="lb">', 'Contact <ph id="4" type="lb">', 't.tmx'),
      /t\.tmx:14:\d+: <ph> does not allow the attribute id \(TMX 1\.4b ph: attributes x, type and assoc, or namespaced extensions\)/,
    );
  });

  test('reports an element TMX does not define inside a seg', () => {
    assert.match(
      problems(tmx, 'on Monday.</seg>', 'on Monday.<b>!</b></seg>', 't.tmx'),
      /<b> is not allowed inside <seg> \(TMX 1\.4b seg: content is text and bpt, ept, it, ph, hi and ut\)/,
    );
  });

  test('reports a TMX bpt without i', () => {
    assert.match(
      problems(tmx, '<seg>Ransomware <bpt i="1" type="bold">', '<seg>Ransomware <bpt type="bold">', 't.tmx'),
      /<bpt> has no i \(TMX 1\.4b bpt: i is required\)/,
    );
  });

  test('reports a TMX bpt without its ept and an ept without its bpt', () => {
    const found = problems(tmx, '<ept i="1">&lt;/b&gt;</ept> are on', '<ept i="2">&lt;/b&gt;</ept> are on', 't.tmx');
    assert.match(found, /t\.tmx:8:\d+: <bpt i="1"> has no <ept i="1"> after it in its <seg> \(TMX 1\.4b bpt\/ept: /);
    assert.match(found, /t\.tmx:8:\d+: <ept i="2"> has no <bpt i="2"> before it in its <seg>/);
  });

  test('reports a tuv with two segs', () => {
    const found = problems(tmx, '<seg>Ransomware-Angriffe nehmen zu.</seg>', '<seg>a</seg><seg>b</seg>', 't.tmx');
    assert.match(found, /<tuv> holds 2 <seg> elements instead of one/);
  });
});

describe('validateBilingualFile on other files', () => {
  test('reports a CSV header without target at its line', () => {
    assert.deepEqual(validateBilingualFile(utf8('source,note\na,b\n'), 'g.csv').map(formatProblem), [
      'g.csv:1:1: the header has no "target" column (found: source, note) (bilingual CSV/TSV: header source, target, optional status, note)',
    ]);
  });

  test('reports a PDF as not a bilingual file', () => {
    const [problem] = validateBilingualFile(utf8('%PDF-1.5'), 'x.pdf');
    assert.equal(problem?.message, 'this is a PDF, not a bilingual file');
  });
});
