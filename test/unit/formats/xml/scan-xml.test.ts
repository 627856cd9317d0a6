import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanXml } from '../../../../src/formats/xml/scan-xml.ts';
import { buildXmlTree, textContent } from '../../../../src/formats/xml/xml-tree.ts';
import { rejection } from '../fixture.ts';

/** Scans `xml` and returns the FileFormatError message. */
function refusal(xml: string): string {
  return rejection(() => scanXml(xml, 'f.xlf', { open() {}, close() {}, text() {} }));
}

describe('scanXml', () => {
  test('reports tags and text with their exact offsets', () => {
    const xml = '<a x="1"><b>t&amp;u</b><c/></a>';
    const events: string[] = [];
    scanXml(xml, 'f.xml', {
      open: (name, attributes, start, end) =>
        events.push(`<${name}${JSON.stringify(attributes)}>${xml.slice(start, end)}`),
      close: (name, start, end) => events.push(`</${name}>${xml.slice(start, end)}`),
      text: (value) => events.push(`"${value}"`),
    });
    assert.deepEqual(events, [
      '<a{"x":"1"}><a x="1">',
      '<b{}><b>',
      '"t&u"',
      '</b></b>',
      '<c{}><c/>',
      '</c>',
      '</a></a>',
    ]);
  });

  test('names the line and column where a truncated file ends and the element left open', () => {
    const message = refusal('<?xml version="1.0"?>\n<xliff>\n  <file>\n    <unit id="1">');
    assert.match(message, /^f\.xlf:4:18: the file ends here, inside <unit> opened at line 4, column 5/);
  });

  test('says the file ends inside a tag when it is cut in the middle of one', () => {
    assert.match(refusal('<a>\n<b id="1" cla'), /^f\.xlf:2:14: the file ends inside a tag \(truncated\?\)/);
    assert.match(refusal('<a>\n<bo'), /^f\.xlf:2:4: the file ends inside a tag/);
  });

  test('refuses a DOCTYPE that declares entities (billion laughs)', () => {
    const xml = '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;">]>\n<x>&b;</x>';
    assert.match(refusal(xml), /f\.xlf:2:1: the DOCTYPE declares entities; such files are refused/);
  });

  test('refuses an external entity declaration (XXE) without reading it', () => {
    const xml = '<!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]><x>&secret;</x>';
    assert.match(refusal(xml), /hostile input: entity declarations/);
  });

  test('accepts a DOCTYPE without entity declarations', () => {
    const root = buildXmlTree('<!DOCTYPE xliff PUBLIC "-//XLIFF//DTD XLIFF//EN" "xliff.dtd"><xliff/>', 'f.xlf');
    assert.equal(root.name, 'xliff');
  });

  test('refuses an entity that was never declared', () => {
    assert.match(refusal('<x>caf&eacute;</x>'), /undeclared entity &eacute;/);
  });

  test('resolves character references and refuses forbidden characters', () => {
    assert.equal(textContent(buildXmlTree('<x>&#233;&#x2019;</x>', 'f.xml')), 'é’');
    assert.match(refusal('<x>&#1;</x>'), /names a character XML forbids/);
  });

  test('refuses an end tag that does not match', () => {
    assert.match(refusal('<a>\n<b></a>'), /f\.xlf:2:4: end tag <\/a> where <\/b> was expected/);
  });

  test('refuses an attribute given twice', () => {
    assert.match(refusal('<a id="1" id="2"/>'), /attribute id appears twice in one tag/);
  });

  test('reads attributes named like inherited properties (toString, constructor) and still finds a repeat', () => {
    const seen: Record<string, string>[] = [];
    scanXml('<a toString="1" constructor="2" valueOf="3"/>', 'f.xml', {
      open: (_name, attributes) => seen.push({ ...attributes }),
      close() {},
      text() {},
    });
    assert.deepEqual(seen, [{ toString: '1', constructor: '2', valueOf: '3' }]);
    assert.match(refusal('<a toString="1" toString="2"/>'), /attribute toString appears twice in one tag/);
  });

  test('checks the content of an element whose handler skips it without reporting it, and reports its end tag', () => {
    const events: string[] = [];
    const handler = {
      skipsContent: false,
      open(name: string) {
        events.push(`<${name}>`);
        if (name === 'quiet') handler.skipsContent = true;
      },
      close: (name: string) => events.push(`</${name}>`),
      text: (value: string) => events.push(value),
    };
    scanXml('<a><quiet x="1"><b y="&lt;">t&amp;u<c/></b>v</quiet><quiet/>w</a>', 'f.xml', handler);
    assert.deepEqual(events, ['<a>', '<quiet>', '</quiet>', '<quiet>', '</quiet>', 'w', '</a>']);
    const skipping = (xml: string) =>
      rejection(() =>
        scanXml(xml, 'f.xml', {
          skipsContent: false,
          open(name) {
            if (name === 'quiet') this.skipsContent = true;
          },
          close() {},
          text() {},
        }),
      );
    assert.match(skipping('<a><quiet><b>&nbsp;</b></quiet></a>'), /f\.xml:1:\d+: undeclared entity &nbsp;/);
    assert.match(skipping('<a><quiet><b y="1" y="2"/></quiet></a>'), /attribute y appears twice/);
    assert.match(skipping('<a><quiet><b z="&bad;"/></quiet></a>'), /undeclared entity &bad;/);
    assert.match(skipping('<a><quiet><b></c></quiet></a>'), /end tag <\/c> where <\/b> was expected/);
    assert.match(skipping('<a><quiet>\u0001</quiet></a>'), /character U\+0001 is not allowed/);
    assert.match(skipping('<a><quiet>x]]>y</quiet></a>'), /"\]\]>" in text/);
  });

  test('refuses an attribute named __proto__', () => {
    assert.match(refusal('<a __proto__="x"/>'), /__proto__ is refused/);
  });

  test('refuses an unquoted attribute value', () => {
    assert.match(refusal('<a id=1/>'), /the value of id is not quoted/);
  });

  test('refuses a bare ampersand', () => {
    assert.match(refusal('<a>Smith & Co</a>'), /a bare "&"/);
  });

  test('refuses control characters XML does not allow', () => {
    assert.match(refusal('<a>bell\u0007</a>'), /character U\+0007 is not allowed in XML/);
    assert.match(refusal('<a title="x\u0001"/>'), /^f\.xlf:1:12: character U\+0001 is not allowed in XML/);
    assert.match(refusal('<a><![CDATA[\uFFFF]]></a>'), /character U\+FFFF is not allowed in XML/);
  });

  test('refuses text after the root element and a second root', () => {
    assert.match(refusal('<a/>tail'), /text after the root element/);
    assert.match(refusal('<a/><b/>'), /a second root element/);
  });

  test('refuses elements nested deeper than the limit instead of exhausting the stack', () => {
    assert.match(refusal(`<a>${'<g>'.repeat(1500)}`), /nested more than 1000 deep/);
  });

  test('refuses a file with no element at all', () => {
    assert.match(refusal('<?xml version="1.0"?>\n<!-- nothing -->'), /no XML element in the file/);
  });

  test('refuses an invalid tag name', () => {
    assert.match(refusal('<1a/>'), /"1a" is not a valid XML name/);
  });

  test('turns CRLF into LF in text, as XML requires', () => {
    assert.equal(textContent(buildXmlTree('<a>one\r\ntwo</a>', 'f.xml')), 'one\ntwo');
    // A CR in the white space that opens a run of text, with none after it (a Windows file's indented text).
    assert.equal(textContent(buildXmlTree('<a>\r\n  one</a>', 'f.xml')), '\n  one');
    assert.equal(textContent(buildXmlTree('<a> \r one<b/>\r\n</a>', 'f.xml')), ' \n one\n');
  });

  test('checks every character of a text run, at its start, middle or end', () => {
    assert.match(refusal('<a>x ]]> y</a>'), /"\]\]>" in text/);
    assert.match(refusal('<a>\uFFFEx</a>'), /character U\+FFFE is not allowed in XML/);
    assert.match(refusal('<a>x\u001F</a>'), /character U\+001F is not allowed in XML/);
    assert.equal(textContent(buildXmlTree('<a>a]b &amp; c\rd</a>', 'f.xml')), 'a]b & c\nd');
    assert.equal(textContent(buildXmlTree('<a>  \t </a>', 'f.xml')), '  \t ');
    assert.equal(textContent(buildXmlTree('<a> \r\n\r </a>', 'f.xml')), ' \n\n ');
  });
});
