import type { InlineCode, QualityIssue } from '../../model/bilingual.ts';
import { type InlineRole, type IssueFields, inlineCode, placeholderId } from './inline-content.ts';

// What each open element inside the content left to do when it closes.
type Frame =
  | { readonly kind: 'paired'; readonly id: string; readonly closeData: string | undefined }
  | { readonly kind: 'issue'; readonly start: number; readonly issue: IssueFields }
  | { readonly kind: 'none' };

const NONE_FRAME: Frame = { kind: 'none' };
const NO_CODES: InlineCode[] = Object.freeze([]) as unknown as InlineCode[];
const NO_ISSUES: QualityIssue[] = Object.freeze([]) as unknown as QualityIssue[];

/**
 * Builds placeholder text, codes and issues from the tags and text of one source or target as a streaming scanner
 * reports them, without building a tree: the reading path of large files. `source` is the whole decoded file, so
 * that codes keep their exact markup.
 */
export class InlineCollector {
  text = '';
  // Most contents hold plain text: the containers are made on first use, shared empty lists until then.
  codes: InlineCode[] = NO_CODES;
  issues: QualityIssue[] = NO_ISSUES;
  private markers: Set<string> | undefined;
  // Made on the first inline element: most contents are plain text.
  private frames: Frame[] | undefined;
  private openIssues: Map<string, { start: number; issue: IssueFields }> | undefined;
  // While > 0 we are inside an element kept whole as one code (or ignored): nested tags are part of its markup.
  private skipDepth = 0;
  private skipStart = 0;
  private skipRole: InlineRole | null = null;

  constructor(private readonly source: string) {}

  /** Remembers the id of an issue start marker (`sm`), for telling an issue `em` from a code `em`. */
  add(id: string): void {
    this.markers ??= new Set();
    this.markers.add(id);
  }

  /** Whether `id` is the id of an issue start marker met so far. */
  has(id: string): boolean {
    return this.markers?.has(id) === true;
  }

  /** Depth of open elements inside the content; 0 when the next end tag closes the source/target itself. */
  get depth(): number {
    return (this.frames === undefined ? 0 : this.frames.length) + this.skipDepth;
  }

  /** An inline start tag at [start, end), already classified. */
  open(role: InlineRole | null, start: number, end: number, selfClosing: boolean): void {
    if (this.skipDepth > 0 || role === null) {
      if (this.skipDepth === 0) {
        this.skipStart = start;
        this.skipRole = null;
      }
      this.skipDepth++;
      return;
    }
    switch (role.kind) {
      case 'paired': {
        const id = placeholderId(role.id);
        this.pushCode(inlineCode(id, 'open', this.source.slice(start, end), role.data));
        this.text += `⟨${id}⟩`;
        this.pushFrame({ kind: 'paired', id, closeData: role.closeData });
        return;
      }
      case 'open':
      case 'close':
      case 'standalone':
        if (selfClosing) {
          this.addCode(role, start, end);
          this.pushFrame(NONE_FRAME);
        } else {
          this.skipDepth = 1;
          this.skipStart = start;
          this.skipRole = role;
        }
        return;
      case 'char':
        this.text += role.char;
        if (selfClosing) this.pushFrame(NONE_FRAME);
        else {
          this.skipDepth = 1;
          this.skipRole = null;
        }
        return;
      case 'issue':
        this.pushFrame({ kind: 'issue', start: this.text.length, issue: role.issue });
        return;
      case 'issue-start':
        this.openIssues ??= new Map();
        this.openIssues.set(role.key, { start: this.text.length, issue: role.issue });
        this.pushFrame(NONE_FRAME);
        return;
      case 'issue-end': {
        const opened = this.openIssues?.get(role.key);
        if (opened && this.openIssues) {
          this.pushIssue({ ...opened.issue, start: opened.start, end: this.text.length });
          this.openIssues.delete(role.key);
        }
        this.pushFrame(NONE_FRAME);
        return;
      }
    }
  }

  /** An inline end tag at [start, end) (start = end for a self-closing tag). */
  close(start: number, end: number): void {
    if (this.skipDepth > 0) {
      this.skipDepth--;
      if (this.skipDepth === 0 && this.skipRole) this.addCode(this.skipRole, this.skipStart, end);
      return;
    }
    const frame = this.frames?.pop();
    if (frame?.kind === 'paired') {
      this.pushCode(inlineCode(frame.id, 'close', this.source.slice(start, end), frame.closeData));
      this.text += `⟨/${frame.id}⟩`;
    } else if (frame?.kind === 'issue') {
      this.pushIssue({ ...frame.issue, start: frame.start, end: this.text.length });
    }
  }

  /** Character data inside the content. */
  addText(value: string): void {
    if (this.skipDepth === 0) this.text += value;
  }

  private pushFrame(frame: Frame): void {
    if (this.frames === undefined) this.frames = [frame];
    else this.frames.push(frame);
  }

  private pushCode(code: InlineCode): void {
    if (this.codes === NO_CODES) this.codes = [];
    this.codes.push(code);
  }

  private pushIssue(issue: QualityIssue): void {
    if (this.issues === NO_ISSUES) this.issues = [];
    this.issues.push(issue);
  }

  private addCode(role: InlineRole, start: number, end: number): void {
    if (role.kind !== 'open' && role.kind !== 'close' && role.kind !== 'standalone') return;
    const id = placeholderId(role.id);
    this.pushCode(inlineCode(id, role.kind, this.source.slice(start, end), role.data));
    this.text += role.kind === 'open' ? `⟨${id}⟩` : role.kind === 'close' ? `⟨/${id}⟩` : `⟨${id}/⟩`;
  }
}
