// The board's sound: a two-tone gong made in Web Audio, then the call as the server says it (a WAV file of
// /api/kolejka/wywolania/<id>/zapowiedz, made by eSpeak NG on the server, so the board needs no voice of its
// own). Browsers keep sound off until someone touches the page unless the board is started to allow it
// (deploy/board.md): the state says so, for the notice and the heartbeat.

import { playNotes } from '../shared/tones.ts';

/** ok; blocked until a touch; unavailable (no Web Audio); failed (the server's recordings do not come). */
export type SoundState = 'ok' | 'blocked' | 'unavailable' | 'failed';

/** A call's recording, or why there is none: 'gone' when the ticket is no longer at a desk. */
export type Clip = AudioBuffer | 'gone' | 'failed';

const GONG_MS = 1700;

function count(name: 'gongs' | 'spoken'): void {
  document.body.dataset[name] = String(Number(document.body.dataset[name] ?? 0) + 1);
}

export class BoardSound {
  private readonly context: AudioContext | null;
  private speechFailed = false;
  private last: SoundState;
  private readonly changed: (state: SoundState) => void;

  constructor(changed: (state: SoundState) => void) {
    this.changed = changed;
    this.context = typeof AudioContext === 'undefined' ? null : new AudioContext();
    this.context?.addEventListener('statechange', () => this.report());
    this.last = this.state;
  }

  get state(): SoundState {
    if (!this.context) return 'unavailable';
    if (this.context.state !== 'running') return 'blocked';
    return this.speechFailed ? 'failed' : 'ok';
  }

  /** Tries to turn sound on; works in a touch's or key's handler, or when the browser allows sound anyway. */
  unlock(): void {
    void this.context?.resume().then(() => this.report());
  }

  /** The gong, when sound plays; resolves when it has faded. */
  gong(): Promise<void> {
    const context = this.context;
    if (!context || context.state !== 'running') return Promise.resolve();
    count('gongs');
    playNotes(
      context,
      [
        [659.25, 0],
        [523.25, 0.45],
      ],
      { peak: 0.5, seconds: 1.2 },
    );
    return new Promise((resolve) => setTimeout(resolve, GONG_MS));
  }

  /** Fetches and decodes a call's recording. */
  async clip(ticketId: number): Promise<Clip> {
    const context = this.context;
    if (!context) return 'failed';
    let clip: Clip;
    try {
      const response = await fetch(`/api/kolejka/wywolania/${ticketId}/zapowiedz`, { credentials: 'same-origin' });
      if (response.status === 404) return 'gone';
      clip = response.ok ? await context.decodeAudioData(await response.arrayBuffer()) : 'failed';
    } catch {
      clip = 'failed';
    }
    this.speechFailed = clip === 'failed';
    this.report();
    return clip;
  }

  /** Plays a recording; resolves when it ends (or a little after it should have). */
  play(clip: AudioBuffer): Promise<void> {
    const context = this.context;
    if (!context || context.state !== 'running') return Promise.resolve();
    count('spoken');
    return new Promise((resolve) => {
      const source = context.createBufferSource();
      source.buffer = clip;
      source.connect(context.destination);
      const guard = setTimeout(resolve, (clip.duration + 2) * 1000);
      source.addEventListener('ended', () => {
        clearTimeout(guard);
        resolve();
      });
      source.start();
    });
  }

  private report(): void {
    const state = this.state;
    if (state === this.last) return;
    this.last = state;
    this.changed(state);
  }
}

/**
 * Announces calls one after another, never cutting one short: the recording is fetched first, so a call
 * that is already over (a replay after a reconnect) sounds no gong; then the gong, then the words.
 * @example const announcer = new Announcer(sound); announcer.add(41);
 */
export class Announcer {
  private readonly waiting: number[] = [];
  private running = false;
  private readonly sound: BoardSound;

  constructor(sound: BoardSound) {
    this.sound = sound;
  }

  add(ticketId: number): void {
    if (!this.waiting.includes(ticketId)) this.waiting.push(ticketId);
    void this.run();
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let next = this.waiting.shift(); next !== undefined; next = this.waiting.shift()) {
        // A silent board does not fetch recordings it cannot play.
        if (this.sound.state === 'blocked' || this.sound.state === 'unavailable') continue;
        const clip = await this.sound.clip(next);
        if (clip === 'gone') continue;
        await this.sound.gong();
        if (clip !== 'failed') await this.sound.play(clip);
      }
    } finally {
      this.running = false;
    }
  }
}
