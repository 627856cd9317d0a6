import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { describeUrl, isCancellation, MtCancelledError, MtError, redactSecret } from '../../../src/mt/mt-error.ts';

describe('MT errors', () => {
  test('name the provider and the URL before the problem', () => {
    const error = new MtError('quota', 'quota used up', {
      provider: 'deepl',
      url: 'https://api-free.deepl.com/',
      status: 456,
    });
    assert.equal(error.message, 'DeepL at https://api-free.deepl.com: quota used up');
    assert.equal(error.kind, 'quota');
    assert.equal(error.status, 456);
    assert.equal(error.retryable, false);
  });

  test('show URLs without credentials, query string or fragment, where keys sometimes hide', () => {
    assert.equal(describeUrl('https://user:s3cret@mt.example.org/lt/?api_key=s3cret#x'), 'https://mt.example.org/lt/');
    assert.equal(describeUrl('http://127.0.0.1:5000'), 'http://127.0.0.1:5000');
    assert.equal(describeUrl('not a url?key=s3cret'), 'not a url');
    assert.equal(describeUrl(''), '(no URL set)');
    const error = new MtError('timeout', 'no answer', { provider: 'libretranslate', url: 'http://h/?api_key=s3cret' });
    assert.equal(error.message.includes('s3cret'), false);
  });

  test('redact every occurrence of the key', () => {
    assert.equal(redactSecret('bad key abc, really abc', 'abc'), 'bad key ***, really ***');
    assert.equal(redactSecret('nothing to hide', undefined), 'nothing to hide');
  });

  test('cancellation looks like an AbortError', () => {
    const cancelled = new MtCancelledError({ provider: 'openai', url: 'http://127.0.0.1:1/v1' });
    assert.equal(cancelled.name, 'AbortError');
    assert.equal(cancelled.kind, 'cancelled');
    assert.ok(cancelled instanceof MtError);
    assert.equal(isCancellation(cancelled), true);
    assert.equal(isCancellation(new DOMException('stop', 'AbortError')), true);
    assert.equal(isCancellation(new Error('other')), false);
  });
});
