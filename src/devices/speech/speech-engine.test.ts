import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SpeechEngine, SpeechFailedError } from './speech-engine.ts';

/** Samples of a 16-bit mono WAV file after its 44-byte header. */
function samples(wav: Buffer): Int16Array {
  return new Int16Array(wav.buffer.slice(wav.byteOffset + 44, wav.byteOffset + wav.byteLength - ((wav.byteLength - 44) % 2)));
}

describe('the speech engine (eSpeak NG in a worker thread)', () => {
  const engine = new SpeechEngine();
  after(() => engine.close());

  it('says a Polish call as a WAV file of a few seconds of sound', async () => {
    const wav = await engine.say('Numer A zero dwanaście, stanowisko pięć');
    assert.equal(wav.subarray(0, 4).toString('latin1'), 'RIFF');
    assert.equal(wav.subarray(8, 12).toString('latin1'), 'WAVE');
    assert.equal(wav.readUInt16LE(22), 1, 'mono');
    const rate = wav.readUInt32LE(24);
    assert.equal(wav.readUInt16LE(34), 16, '16-bit');
    const sound = samples(wav);
    const seconds = sound.length / rate;
    assert.ok(seconds > 1.5 && seconds < 10, `${seconds} s`);
    const loud = sound.reduce((n, s) => (Math.abs(s) > 2000 ? n + 1 : n), 0);
    assert.ok(loud > rate / 4, 'not silence');
  });

  it('makes a sentence asked for by every board once, and says a longer one for longer', async () => {
    const text = 'Numer D zero zero jeden, stanowisko dziewięć';
    const [first, second] = await Promise.all([engine.say(text), engine.say(text)]);
    assert.equal(first, second);
    const longer = await engine.say(`${text}, Budynek A, ulica Szkolna 28`);
    assert.ok(longer.length > first.length);
  });

  it('refuses with SpeechFailedError when the engine takes too long, and does not keep the refusal', async () => {
    const impatient = new SpeechEngine({ timeoutMs: 1 });
    const text = 'Numer B sto, stanowisko dwa';
    await assert.rejects(impatient.say(text), SpeechFailedError);
    await assert.rejects(impatient.say(text), SpeechFailedError, 'tried again, not answered from memory');
    await impatient.close();
  });

  it('starts a new worker for the next sentence after its worker ended', async () => {
    const own = new SpeechEngine();
    await own.close();
    const wav = await own.say('Numer C zero zero jeden, stanowisko trzy');
    assert.equal(wav.subarray(0, 4).toString('latin1'), 'RIFF');
    await own.close();
  });
});
