// Speech for the waiting-room boards: eSpeak NG says a call in Polish as a WAV file, on the server, so a
// board needs no voice of its own (a wall screen's browser usually has none).
import { SpeechEngine } from './speech-engine.ts';

export { SpeechEngine, SpeechFailedError, type SpeechEngineOptions } from './speech-engine.ts';

let shared: SpeechEngine | null = null;

/**
 * The process's Polish speech engine (one worker thread, started at the first call).
 * @example reply.type('audio/wav').send(await polishSpeech().say(text));
 */
export function polishSpeech(): SpeechEngine {
  shared ??= new SpeechEngine({ voice: 'pl' });
  return shared;
}
