import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { buildChatMessages, parseChatReply } from '../../../src/mt/chat-prompt.ts';

describe('chat prompt', () => {
  test('numbers every segment in the user message and asks for a literal French-to-English translation', () => {
    const messages = buildChatMessages(['Des grèves frappent « X ».', 'Deux\nlignes.'], 'fr', 'en');
    assert.deepEqual(
      messages.map((message) => message.role),
      ['system', 'user'],
    );
    assert.match(messages[0]?.content ?? '', /French into English/);
    assert.match(messages[0]?.content ?? '', /literally/);
    assert.match(messages[0]?.content ?? '', /exactly 2 segments/);
    assert.deepEqual(JSON.parse(messages[1]?.content ?? ''), {
      '1': 'Des grèves frappent « X ».',
      '2': 'Deux\nlignes.',
    });
  });

  test('reads a JSON object keyed by segment number', () => {
    assert.deepEqual(parseChatReply('{"1": "Strikes hit.", "2": "Hello."}', 2), ['Strikes hit.', 'Hello.']);
  });

  test('reads the JSON even with prose around it, a code fence or a <think> block', () => {
    assert.deepEqual(parseChatReply('Here you go:\n{"1": "A", "2": "B"}\nHope it helps.', 2), ['A', 'B']);
    assert.deepEqual(parseChatReply('```json\n{"1": "A"}\n```', 1), ['A']);
    assert.deepEqual(parseChatReply('<think>{"1": "wrong"}</think>{"1": "right"}', 1), ['right']);
  });

  test('reads a bare array, a translations list or a list of objects', () => {
    assert.deepEqual(parseChatReply('["A", "B"]', 2), ['A', 'B']);
    assert.deepEqual(parseChatReply('{"translations": ["A", "B"]}', 2), ['A', 'B']);
    assert.deepEqual(parseChatReply('[{"id": 1, "translation": "A"}, {"id": 2, "text": "B"}]', 2), ['A', 'B']);
  });

  test('falls back to numbered lines, joining continuation lines', () => {
    assert.deepEqual(parseChatReply('1. Strikes hit\nthe city.\n2) Hello.\n[3] Bye.', 3), [
      'Strikes hit the city.',
      'Hello.',
      'Bye.',
    ]);
  });

  test('takes a lone plain-text answer as the single translation', () => {
    assert.deepEqual(parseChatReply('Strikes hit the city.', 1), ['Strikes hit the city.']);
    assert.deepEqual(parseChatReply('1. Strikes hit.', 1), ['Strikes hit.']);
  });

  test('refuses a reply with too few or too many segments rather than guess', () => {
    assert.equal(parseChatReply('{"1": "A", "2": "B"}', 3), undefined);
    assert.equal(parseChatReply('{"1": "A", "2": "B", "3": "C"}', 2), undefined);
    assert.equal(parseChatReply('1. A\n2. B', 3), undefined);
    assert.equal(parseChatReply('1. A\n3. B', 2), undefined);
    assert.equal(parseChatReply('', 1), undefined);
    assert.equal(parseChatReply('Some prose without numbers.', 2), undefined);
  });
});
