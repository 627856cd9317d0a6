import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { afterSuccess, operationOf, type StatusMessage } from '../../../../renderer/status/status-message.ts';

function message(kind: StatusMessage['kind'], operation: StatusMessage['operation']): StatusMessage {
  return { text: () => `${kind} ${operation}`, kind, operation };
}

describe('status bar messages', () => {
  test('clears a failed open when a later open succeeds (the old red error stayed after a good file loaded)', () => {
    assert.equal(afterSuccess(message('error', 'open'), 'open'), null);
  });

  test('keeps a failed open while other kinds of operation succeed', () => {
    const failedOpen = message('error', 'open');
    assert.equal(afterSuccess(failedOpen, 'review'), failedOpen);
    assert.equal(afterSuccess(failedOpen, 'save'), failedOpen);
  });

  test('clears a refused review action on the next accepted one, and a failed save on the next save', () => {
    assert.equal(afterSuccess(message('error', 'review'), 'review'), null);
    assert.equal(afterSuccess(message('error', 'save'), 'save'), null);
    const emptyExport = message('warning', 'export');
    assert.equal(afterSuccess(emptyExport, 'review'), emptyExport);
  });

  test('clears everything when another review is opened', () => {
    assert.equal(afterSuccess(message('error', 'review'), 'open'), null);
    assert.equal(afterSuccess(message('info', 'export'), 'open'), null);
    assert.equal(afterSuccess(null, 'open'), null);
  });

  test('files each desk command under the operation it performs', () => {
    assert.equal(operationOf('open'), 'open');
    assert.equal(operationOf('confirm-next'), 'review');
    assert.equal(operationOf('toggle-report'), 'export');
    assert.equal(operationOf('next-segment'), 'other');
  });
});
