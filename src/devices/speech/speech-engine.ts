import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { packageRoot } from '../../package-root.ts';

/** A sentence the engine could not say (it failed, or took too long). */
export class SpeechFailedError extends Error {
  override readonly name = 'SpeechFailedError';
}

interface Waiting {
  resolve(wav: Buffer): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

type Reply = { id: number; wav: Uint8Array } | { id: number; error: string };

export interface SpeechEngineOptions {
  /** An eSpeak NG voice: 'pl' (Polish). */
  voice?: string;
  /** Slower than the engine's 175 for a waiting room. */
  wordsPerMinute?: number;
  /** How many sentences are kept (a board's call is asked for by every board of the office at once). */
  remembered?: number;
  timeoutMs?: number;
}

/**
 * Says sentences as WAV files (16-bit mono, 22 050 Hz) with eSpeak NG in a worker thread of its own, started
 * at the first sentence; the same sentence asked for again (every board of the office asks for each call)
 * is made once. A worker that fails or hangs is ended, and the next sentence starts a new one.
 * @example const wav = await new SpeechEngine().say('Numer A zero dwanaście, stanowisko pięć');
 */
export class SpeechEngine {
  private worker: Worker | null = null;
  private nextId = 1;
  private readonly waiting = new Map<number, Waiting>();
  private readonly made = new Map<string, Promise<Buffer>>();
  private readonly voice: string;
  private readonly wordsPerMinute: number;
  private readonly remembered: number;
  private readonly timeoutMs: number;

  constructor(options: SpeechEngineOptions = {}) {
    this.voice = options.voice ?? 'pl';
    this.wordsPerMinute = options.wordsPerMinute ?? 145;
    this.remembered = options.remembered ?? 24;
    this.timeoutMs = options.timeoutMs ?? 30_000;
  }

  /** The sentence as a WAV file; rejects with `SpeechFailedError` when the engine cannot say it. */
  say(text: string): Promise<Buffer> {
    const known = this.made.get(text);
    if (known) {
      this.made.delete(text);
      this.made.set(text, known);
      return known;
    }
    const wav = this.synthesise(text);
    this.made.set(text, wav);
    wav.catch(() => this.made.delete(text));
    if (this.made.size > this.remembered) this.made.delete(this.made.keys().next().value!);
    return wav;
  }

  /** Ends the worker; sentences still being made are refused. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.stop(new SpeechFailedError('the speech engine was closed'));
    await worker?.terminate();
  }

  private synthesise(text: string): Promise<Buffer> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<Buffer>((resolve, reject) => {
      const timer = setTimeout(() => this.stop(new SpeechFailedError(`no sound within ${this.timeoutMs} ms`)), this.timeoutMs);
      this.waiting.set(id, { resolve, reject, timer });
      // A sentence being made keeps the process alive; an idle worker does not.
      worker.ref();
      worker.postMessage({ id, text, voice: this.voice, wordsPerMinute: this.wordsPerMinute });
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(path.join(packageRoot(), 'src', 'devices', 'speech', 'espeak-worker.mjs'));
    worker.on('message', (reply: Reply) => this.answer(reply));
    worker.on('error', (error) => this.stop(new SpeechFailedError(error.message)));
    worker.on('exit', () => {
      if (this.worker === worker) this.stop(new SpeechFailedError('the speech engine stopped'));
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private answer(reply: Reply): void {
    const waiting = this.waiting.get(reply.id);
    if (!waiting) return;
    this.waiting.delete(reply.id);
    clearTimeout(waiting.timer);
    if (this.waiting.size === 0) this.worker?.unref();
    if ('error' in reply) waiting.reject(new SpeechFailedError(reply.error));
    else if (!isWav(reply.wav)) waiting.reject(new SpeechFailedError('the engine made no WAV file'));
    else waiting.resolve(Buffer.from(reply.wav.buffer, reply.wav.byteOffset, reply.wav.byteLength));
  }

  /** Refuses every sentence in progress and ends the worker. */
  private stop(error: SpeechFailedError): void {
    const worker = this.worker;
    this.worker = null;
    for (const waiting of this.waiting.values()) {
      clearTimeout(waiting.timer);
      waiting.reject(error);
    }
    this.waiting.clear();
    void worker?.terminate();
  }
}

function isWav(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 12)).toString('latin1');
  return bytes.byteLength > 44 && head.startsWith('RIFF') && head.endsWith('WAVE');
}
