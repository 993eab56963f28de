// The speech engine's own thread: eSpeak NG (the `espeak-ng` package, compiled to WebAssembly) turns a
// sentence into a WAV file. The module is compiled once; each sentence runs in a fresh instance, as the
// engine is a command-line program (one run, one file), and off the server's event loop.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import ESpeakNg from 'espeak-ng';

const compiled = readFile(createRequire(import.meta.url).resolve('espeak-ng/dist/espeak-ng.wasm')).then((bytes) =>
  WebAssembly.compile(bytes),
);

async function synthesise({ text, voice, wordsPerMinute }) {
  const module = await compiled;
  const engine = await ESpeakNg({
    arguments: ['-v', voice, '-s', String(wordsPerMinute), '-w', '/call.wav', text],
    print: () => undefined,
    printErr: () => undefined,
    // The program's exit must not end this thread (its default sets the process's exit code).
    quit: (_status, reason) => {
      throw reason;
    },
    instantiateWasm(imports, done) {
      void WebAssembly.instantiate(module, imports).then((instance) => done(instance, module));
      return {};
    },
  });
  return engine.FS.readFile('/call.wav');
}

parentPort.on('message', (request) => {
  synthesise(request).then(
    (wav) => parentPort.postMessage({ id: request.id, wav }, [wav.buffer]),
    (error) => parentPort.postMessage({ id: request.id, error: String(error) }),
  );
});
