// Reads ESC/POS bytes back into commands, for tests: text in its code page and size, QR codes, cuts.
// It knows the commands our tickets use and throws on any other, so an unexpected byte fails the test.

// The upper half of code page 852 (0x80–0xFF), from the IBM table (independent of the encoder under test).
const CP852_HIGH = [
  'ÇüéâäůćçłëŐőîŹÄĆ', // 0x80
  'ÉĹĺôöĽľŚśÖÜŤťŁ×č', // 0x90
  'áíóúĄąŽžĘę¬źČş«»', // 0xA0
  '░▒▓│┤ÁÂĚŞ╣║╗╝Żż┐', // 0xB0
  '└┴┬├─┼Ăă╚╔╩╦╠═╬¤', // 0xC0
  'đĐĎËďŇÍÎě┘┌█▄ŢŮ▀', // 0xD0
  'ÓßÔŃńňŠšŔÚŕŰýÝţ´', // 0xE0
  '\u00ad˝˛ˇ˘§÷¸°¨˙űŘř■\u00a0', // 0xF0
].join('');

/** ESC t numbers of the code pages this decoder reads (Epson numbering). */
const CODEPAGES: Record<number, 'cp437' | 'cp852'> = { 0: 'cp437', 18: 'cp852' };

export interface TextSize {
  width: number;
  height: number;
}

export type EscPosCommand =
  | { type: 'initialize' }
  | { type: 'text'; text: string; size: TextSize; bold: boolean; codepage: number }
  | { type: 'line-feed' }
  | { type: 'carriage-return' }
  | { type: 'size'; size: TextSize }
  | { type: 'bold'; on: boolean }
  | { type: 'align'; align: 'left' | 'center' | 'right' }
  | { type: 'codepage'; table: number }
  | { type: 'qrcode-setting'; function: number; parameters: number[] }
  | { type: 'qrcode-store'; data: string }
  | { type: 'qrcode-print'; data: string }
  | { type: 'cut'; partial: boolean }
  | { type: 'status-query'; n: number }
  | { type: 'setting'; name: string; bytes: number[] };

export interface DecodedEscPos {
  commands: EscPosCommand[];
  /** The printed text, one string per line (split at line feeds), trailing spaces removed. */
  lines: string[];
  /** The data of every QR code printed, in order. */
  qrCodes: string[];
}

const ALIGNMENTS = ['left', 'center', 'right'] as const;

function decodeCharacter(byte: number, table: number, offset: number): string {
  if (byte < 0x80) return String.fromCharCode(byte);
  if (CODEPAGES[table] === 'cp852') return CP852_HIGH[byte - 0x80]!;
  throw new Error(`byte 0x${byte.toString(16)} at ${offset} in code page ${table}, which this decoder cannot read`);
}

/**
 * Decodes the bytes a printer received.
 * @example const { lines, qrCodes, commands } = decodeEscPos(printer.jobs[0]!);
 */
export function decodeEscPos(bytes: Uint8Array): DecodedEscPos {
  const commands: EscPosCommand[] = [];
  let size: TextSize = { width: 1, height: 1 };
  let bold = false;
  let table = 0;
  let storedQr = '';
  let i = 0;
  const at = (index: number): number => {
    const byte = bytes[index];
    if (byte === undefined) throw new Error(`command cut short at byte ${index}`);
    return byte;
  };
  const setting = (name: string, length: number): void => {
    commands.push({ type: 'setting', name, bytes: Array.from(bytes.subarray(i, i + length)) });
    i += length;
  };

  while (i < bytes.length) {
    const byte = at(i);
    if (byte >= 0x20 && byte !== 0x7f) {
      let text = '';
      while (i < bytes.length && at(i) >= 0x20 && at(i) !== 0x7f) text += decodeCharacter(at(i), table, i++);
      const last = commands.at(-1);
      if (
        last?.type === 'text' &&
        last.bold === bold &&
        last.codepage === table &&
        last.size.width === size.width &&
        last.size.height === size.height
      )
        last.text += text;
      else commands.push({ type: 'text', text, size, bold, codepage: table });
    } else if (byte === 0x0a) {
      commands.push({ type: 'line-feed' });
      i += 1;
    } else if (byte === 0x0d) {
      commands.push({ type: 'carriage-return' });
      i += 1;
    } else if (byte === 0x10 && at(i + 1) === 0x04) {
      commands.push({ type: 'status-query', n: at(i + 2) });
      i += 3;
    } else if (byte === 0x1b) {
      const command = at(i + 1);
      if (command === 0x40) {
        commands.push({ type: 'initialize' });
        size = { width: 1, height: 1 };
        bold = false;
        table = 0;
        i += 2;
      } else if (command === 0x45) {
        bold = (at(i + 2) & 1) === 1;
        commands.push({ type: 'bold', on: bold });
        i += 3;
      } else if (command === 0x61) {
        const align = ALIGNMENTS[at(i + 2) % 48];
        if (!align) throw new Error(`unknown alignment at ${i}`);
        commands.push({ type: 'align', align });
        i += 3;
      } else if (command === 0x74) {
        table = at(i + 2);
        commands.push({ type: 'codepage', table });
        i += 3;
      } else if (command === 0x4d) setting('font', 3);
      else if (command === 0x2d) setting('underline', 3);
      else if (command === 0x34) setting('italic', 3);
      else if (command === 0x32) setting('line-spacing', 2);
      else if (command === 0x33) setting('line-spacing', 3);
      else throw new Error(`unknown command ESC 0x${command.toString(16)} at ${i}`);
    } else if (byte === 0x1c && at(i + 1) === 0x2e) {
      setting('single-byte-characters', 2);
    } else if (byte === 0x1d) {
      const command = at(i + 1);
      if (command === 0x21) {
        const n = at(i + 2);
        size = { width: (n >> 4) + 1, height: (n & 0x0f) + 1 };
        commands.push({ type: 'size', size });
        i += 3;
      } else if (command === 0x42) setting('invert', 3);
      else if (command === 0x56) {
        const m = at(i + 2);
        commands.push({ type: 'cut', partial: m === 1 || m === 49 || m === 66 });
        i += m >= 65 ? 4 : 3;
      } else if (command === 0x28 && at(i + 2) === 0x6b) {
        // GS ( k pL pH cn fn [parameters]: the length pL + pH·256 counts cn, fn and the parameters.
        const length = at(i + 3) + at(i + 4) * 256;
        const symbol = at(i + 5);
        const fn = at(i + 6);
        const parameters = Array.from(bytes.subarray(i + 7, i + 5 + length));
        if (parameters.length !== length - 2) throw new Error(`GS ( k cut short at ${i}`);
        if (symbol !== 0x31) throw new Error(`2D symbol other than QR (cn=0x${symbol.toString(16)}) at ${i}`);
        if (fn === 0x50) {
          storedQr = String.fromCharCode(...parameters.slice(1));
          commands.push({ type: 'qrcode-store', data: storedQr });
        } else if (fn === 0x51) commands.push({ type: 'qrcode-print', data: storedQr });
        else commands.push({ type: 'qrcode-setting', function: fn, parameters });
        i += 5 + length;
      } else throw new Error(`unknown command GS 0x${command.toString(16)} at ${i}`);
    } else {
      throw new Error(`unknown control byte 0x${byte.toString(16)} at ${i}`);
    }
  }

  const lines: string[] = [];
  let line = '';
  for (const command of commands) {
    if (command.type === 'text') line += command.text;
    else if (command.type === 'line-feed') {
      lines.push(line.trimEnd());
      line = '';
    }
  }
  lines.push(line.trimEnd());
  return {
    commands,
    lines,
    qrCodes: commands.flatMap((command) => (command.type === 'qrcode-print' ? [command.data] : [])),
  };
}
