import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hardenWindowOptions, isAppUrl, isSafeExternalUrl } from '../../../electron/security-policy.ts';

test('the window factory overrides insecure options a caller passes', () => {
  const options = hardenWindowOptions(
    {
      width: 800,
      webPreferences: {
        nodeIntegration: true,
        contextIsolation: false,
        sandbox: false,
        webSecurity: false,
        zoomFactor: 1.2,
      },
    },
    '/app/preload.cjs',
  );
  assert.equal(options.width, 800);
  assert.equal(options.webPreferences.nodeIntegration, false);
  assert.equal(options.webPreferences.contextIsolation, true);
  assert.equal(options.webPreferences.sandbox, true);
  assert.equal(options.webPreferences.webSecurity, true);
  assert.equal((options.webPreferences as Record<string, unknown>).zoomFactor, 1.2);
});

test('only app://relecture URLs count as the app', () => {
  assert.equal(isAppUrl('app://relecture/index.html'), true);
  assert.equal(isAppUrl('app://other/index.html'), false);
  assert.equal(isAppUrl('file:///etc/passwd'), false);
  assert.equal(isAppUrl('http://127.0.0.1/'), false);
  assert.equal(isAppUrl('not a url'), false);
});

test('only well-formed https links may open in the system browser', () => {
  assert.equal(isSafeExternalUrl('https://www.oqlf.gouv.qc.ca/'), true);
  for (const url of [
    'http://example.org',
    'javascript:alert(1)',
    'file:///etc/passwd',
    'smb://host/share',
    'https://user:pw@host/',
    'https:',
  ]) {
    assert.equal(isSafeExternalUrl(url), false, url);
  }
});
