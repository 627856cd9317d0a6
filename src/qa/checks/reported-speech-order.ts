import { ALL_MODES, type Check } from '../check.ts';
import { flagsFor } from '../flag-builder.ts';

// "Claim, subject say(s)" at the very end: the English headline attribution ("…, US and allies say") kept in
// English order. French names the source first or uses "selon".
const TRAILING_ATTRIBUTION =
  /,\s+((?:les?|la|l’|l'|des|leurs?|ses|son|sa)\s?[^,.;:!?«»]{1,80}?)\s+(disent|dit|affirment|affirme|déclarent|déclare|estiment|estime|assurent|assure|soutiennent|soutient|accusent|accuse)$/u;

/** Flags a headline or sentence that ends "…, the officials say", the English attribution order kept in French. */
export const reportedSpeechOrderCheck: Check = {
  id: 'reported-speech-order',
  category: 'style/calque',
  defaultSeverity: 'minor',
  needs: ALL_MODES,
  messageKeys: ['reported-speech-order.trailing-verb'],
  run(segment) {
    const text = segment.target.trimEnd();
    const match = TRAILING_ATTRIBUTION.exec(text);
    if (!match) return [];
    const claim = text.slice(0, match.index).trim();
    const subject = match[1]!.trim();
    // "selon" takes the subject as it stands: "…, selon les États-Unis et leurs alliés".
    const fixed = `${claim}, selon ${subject}`;
    return flagsFor(reportedSpeechOrderCheck, segment.target, [
      {
        start: match.index + 1,
        end: text.length,
        rule: 'trailing-verb',
        messageKey: 'reported-speech-order.trailing-verb',
        params: { subject, verb: match[2]! },
        suggestions: [{ start: 0, end: text.length, text: fixed }],
      },
    ]);
  },
};
