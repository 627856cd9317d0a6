import type { MessageParams } from '../model/flag.ts';

/**
 * A review action the workflow refuses (a translator approving, an edit of an approved segment…). `key` names the
 * message in the `review` i18n namespace, rendered with `params`.
 */
export class ReviewRuleError extends Error {
  readonly key: string;
  readonly params: MessageParams;

  constructor(key: string, params: MessageParams = {}, message?: string) {
    super(message ?? `${key}${Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : ''}`);
    this.name = 'ReviewRuleError';
    this.key = key;
    this.params = params;
  }
}
