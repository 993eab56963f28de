import type { BrowserContext } from 'playwright-core';

/** What a page's Web Audio graph played, as recorded by `listenToBoardAudio`. */
export interface PlayedAudio {
  /** Each recording started (an AudioBufferSourceNode): its length in seconds. */
  recordings: number[];
  /** Recordings that played to their end. */
  ended: number;
  /** Oscillators started (the gong has two). */
  tones: number;
  /** Sentences handed to the browser's own speech (speechSynthesis.speak): a board must not need it. */
  synthesized: number;
}

/**
 * Records what the pages of a context play through Web Audio, on `window.__played`.
 * @example await listenToBoardAudio(context); … await page.evaluate(() => window.__played)
 */
export async function listenToBoardAudio(context: BrowserContext): Promise<void> {
  // Plain JavaScript: the test runner's TypeScript transform would add helpers the page does not have.
  await context.addInitScript(`(() => {
    const played = { recordings: [], ended: 0, tones: 0, synthesized: 0 };
    window.__played = played;
    const startRecording = AudioBufferSourceNode.prototype.start;
    AudioBufferSourceNode.prototype.start = function (...args) {
      played.recordings.push(this.buffer ? this.buffer.duration : 0);
      this.addEventListener('ended', () => { played.ended += 1; });
      return startRecording.apply(this, args);
    };
    const startTone = OscillatorNode.prototype.start;
    OscillatorNode.prototype.start = function (...args) {
      played.tones += 1;
      return startTone.apply(this, args);
    };
    if (typeof speechSynthesis !== 'undefined') {
      const speak = speechSynthesis.speak.bind(speechSynthesis);
      speechSynthesis.speak = (utterance) => { played.synthesized += 1; return speak(utterance); };
    }
  })();`);
}
