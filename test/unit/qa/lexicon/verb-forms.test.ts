import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { conjugate, verbFormOf } from '../../../../src/qa/lexicon/verb-forms.ts';

describe('verb forms for suggestions', () => {
  test('reads the form of regular and irregular verbs', () => {
    assert.equal(verbFormOf('imposeront', 'imposer', null), 'eront');
    assert.equal(verbFormOf('faisant', 'faire', null), 'ant');
    assert.equal(verbFormOf('prendra', 'prendre', null), 'era');
    assert.equal(verbFormOf('finissait', 'finir', null), 'ait');
    assert.equal(verbFormOf('grève', 'grève', null), null);
  });

  test('tells "a fait" (participle) from "il fait" (present) by the word before', () => {
    assert.equal(verbFormOf('fait', 'faire', 'a'), 'é');
    assert.equal(verbFormOf('fait', 'faire', 'il'), 'e');
  });

  test('conjugates regular -er verbs in the participles and the third persons', () => {
    assert.equal(conjugate('fulminer', 'ant'), 'fulminant');
    assert.equal(conjugate('sanctionner', 'eront'), 'sanctionneront');
    assert.equal(conjugate('dérouler', 'ait'), 'déroulait');
    assert.equal(conjugate('constater', 'ées'), 'constatées');
    assert.equal(conjugate('manger', 'ant'), 'mangeant');
    assert.equal(conjugate('lancer', 'ait'), 'lançait');
  });

  test('conjugates the irregular verbs of the fixes, compounds included', () => {
    assert.equal(conjugate('avoir', 'era'), 'aura');
    assert.equal(conjugate('faire', 'eront'), 'feront');
    assert.equal(conjugate('intervenir', 'e'), 'intervient');
  });

  test('refuses verbs whose stem changes and verbs of other conjugations', () => {
    assert.equal(conjugate('lever', 'e'), null);
    assert.equal(conjugate('céder', 'ent'), null);
    assert.equal(conjugate('employer', 'e'), null);
    assert.equal(conjugate('agir', 'e'), null);
    assert.equal(conjugate('lever', 'ant'), 'levant');
  });
});
