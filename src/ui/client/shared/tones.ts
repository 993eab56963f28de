// Short sine tones made in Web Audio: the board's gong and the follow page's chime.

/** One note of a signal: its pitch and when it starts after the first. */
export type Note = readonly [frequencyHz: number, delaySeconds: number];

/**
 * Plays the notes on a running audio context, each rising quickly to `peak` and fading over `seconds`.
 * @example playNotes(context, [[659.25, 0], [523.25, 0.45]], { peak: 0.5, seconds: 1.2 })
 */
export function playNotes(context: AudioContext, notes: readonly Note[], shape: { peak: number; seconds: number }): void {
  const start = context.currentTime + 0.05;
  for (const [frequency, delay] of notes) {
    const oscillator = context.createOscillator();
    const volume = context.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    volume.gain.setValueAtTime(0.0001, start + delay);
    volume.gain.exponentialRampToValueAtTime(shape.peak, start + delay + 0.02);
    volume.gain.exponentialRampToValueAtTime(0.0001, start + delay + shape.seconds);
    oscillator.connect(volume).connect(context.destination);
    oscillator.start(start + delay);
    oscillator.stop(start + delay + shape.seconds + 0.05);
  }
}
