import type { TargetState } from '../../model/bilingual.ts';
import { localName, type XmlElement } from '../xml/xml-tree.ts';

// Trados (SDLXLIFF) confirmation levels of a segment, as `sdl:seg conf` names them, and the XLIFF 2 state of each.
const CONF_STATES: Record<string, TargetState> = {
  Draft: 'initial',
  RejectedTranslation: 'initial',
  Translated: 'translated',
  RejectedSignOff: 'translated',
  ApprovedTranslation: 'reviewed',
  ApprovedSignOff: 'final',
};

const STATE_CONFS: Record<TargetState, string> = {
  initial: 'Draft',
  translated: 'Translated',
  reviewed: 'ApprovedTranslation',
  final: 'ApprovedSignOff',
};

/** The `sdl:seg` elements of a trans-unit's `sdl:seg-defs`, by segment id (the `mid` of its mrk segment). */
export function sdlSegments(tu: XmlElement): Map<string, XmlElement> {
  const found = new Map<string, XmlElement>();
  for (const child of tu.children) {
    if (typeof child === 'string' || localName(child.name) !== 'seg-defs') continue;
    for (const seg of child.children) {
      if (typeof seg !== 'string' && localName(seg.name) === 'seg' && seg.attributes.id !== undefined) {
        found.set(seg.attributes.id, seg);
      }
    }
  }
  return found;
}

/** The XLIFF 2 state of a Trados confirmation level (Draft → initial … ApprovedSignOff → final), if known. */
export function stateFromSdlConf(conf: string | undefined): TargetState | undefined {
  return conf === undefined ? undefined : CONF_STATES[conf];
}

/**
 * Whether a model subState records a rejection a state alone cannot say (`sdl:RejectedTranslation`,
 * `sdl:RejectedSignOff`), read from the confirmation level.
 */
export function subStateFromSdlConf(conf: string | undefined): string | undefined {
  return conf === 'RejectedTranslation' || conf === 'RejectedSignOff' ? `sdl:${conf}` : undefined;
}

/** The confirmation level for a model state, keeping the original level when it maps to the same state. */
export function sdlConfFromState(state: TargetState | undefined, original: string | undefined): string | undefined {
  if (state === undefined) return undefined;
  return original !== undefined && CONF_STATES[original] === state ? original : STATE_CONFS[state];
}
