import { execFile, spawn, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A rectangle on the screen, in device pixels. */
export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A window drawn on the screen, by its X id. */
export interface XWindow extends Area {
  id: string;
}

/**
 * A virtual screen (Xvfb) for Chromium's own UI. The toolbar, its badge and tooltip, and the
 * notification popups belong to no web page, so no DevTools screenshot holds them: only a
 * picture of the X screen does.
 */
export interface XDisplay {
  /** The DISPLAY value to hand to a program, as ":93". */
  name: string;
  width: number;
  height: number;
  /** A PNG of the whole screen, or of one area of it. */
  screenshot(area?: Area): Promise<Buffer>;
  /** The windows shown on the screen (mapped and viewable), top-level ones only. */
  windows(): Promise<XWindow[]>;
  /** Moves the pointer there, as a person's mouse would. */
  pointAt(x: number, y: number): Promise<void>;
  close(): Promise<void>;
}

/** The Debian package that brings each program. */
const NEEDED = { Xvfb: 'xvfb', import: 'imagemagick', xwininfo: 'x11-utils', xdotool: 'xdotool' } as const;

/** What is missing to take the pictures, as a line to print; undefined when all is there. */
export function missingXTools(): string | undefined {
  const missing = Object.entries(NEEDED).filter(([program]) => spawnSync('sh', ['-c', 'command -v "$0"', program]).status !== 0);
  if (!missing.length) return undefined;
  return `${missing.map(([program]) => program).join(', ')} not found (apt-get install ${missing.map(([, pkg]) => pkg).join(' ')})`;
}

/** Starts Xvfb on a display number it picks itself free (-displayfd), so parallel runs never collide. */
export async function startXDisplay(width: number, height: number): Promise<XDisplay> {
  const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stderr!.on('data', (chunk) => (log += chunk));
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdio[3]!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) resolve(out.trim());
    });
    server.on('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${log.trim()}`)));
  });
  const name = `:${number}`;
  const x = (program: string, args: string[]) =>
    run(program, ['-display', name, ...args], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 }).then(({ stdout }) => stdout);

  return {
    name,
    width,
    height,
    screenshot: (area) =>
      x('import', ['-window', 'root', ...(area ? ['-crop', `${area.width}x${area.height}+${area.x}+${area.y}`, '+repage'] : []), 'png:-']),
    async windows() {
      const tree = (await x('xwininfo', ['-root', '-children'])).toString();
      const ids = [...tree.matchAll(/^\s+(0x[0-9a-f]+) /gm)].map((m) => m[1]!);
      const shown: XWindow[] = [];
      for (const id of ids) {
        const info = (await x('xwininfo', ['-id', id]).catch(() => Buffer.from(''))).toString();
        if (!/Map State: IsViewable/.test(info)) continue;
        const field = (label: string) => Number(new RegExp(`${label}:\\s+(-?\\d+)`).exec(info)?.[1]);
        shown.push({ id, x: field('Absolute upper-left X'), y: field('Absolute upper-left Y'), width: field('Width'), height: field('Height') });
      }
      return shown;
    },
    // xdotool takes the display from the environment, not from a flag.
    pointAt: (px, py) => run('xdotool', ['mousemove', String(px), String(py)], { env: { ...process.env, DISPLAY: name } }).then(() => undefined),
    async close() {
      if (server.exitCode !== null) return;
      const exited = new Promise((resolve) => server.on('exit', resolve));
      server.kill();
      await exited;
    },
  };
}
