import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, readlinkSync, statSync, writeFileSync } from 'node:fs';

/** What one streaming ingest of a big file is run with. */
export interface StreamIngestOptions {
  /** The JSON Lines file to ingest. */
  readonly file: string;
  /** Articles in the file (to turn bytes read into articles). */
  readonly articles: number;
  /** The store to create (must not exist). */
  readonly db: string;
  readonly workers: number;
  /** Where the RSS curve is written as CSV. */
  readonly samplesFile: string;
  /** Stop the ingest (SIGTERM) after this many seconds; null: let it finish. */
  readonly maxSeconds: number | null;
  readonly sampleMs?: number;
  /** The newsgraph executable script (bin/newsgraph.js). */
  readonly bin: string;
}

/** One sample of the running ingest. */
export interface StreamSample {
  readonly seconds: number;
  /** Resident memory of the process and its descendants, MB. */
  readonly rssMb: number;
  /** User + system CPU seconds of the process so far. */
  readonly cpuSeconds: number;
  /** Bytes of the input file read so far. */
  readonly bytesRead: number;
}

/** What the streaming ingest measured. */
export interface StreamIngestReport {
  readonly finished: boolean;
  readonly exitCode: number | null;
  readonly seconds: number;
  readonly cpuSeconds: number;
  readonly peakRssMb: number;
  /** Articles read (the summary line's count when finished, else estimated from the bytes read). */
  readonly articles: number;
  readonly articlesPerSecond: number;
  readonly storeMb: number;
  /** RSS growth per 100,000 articles read, after the first 10% of what was read (least-squares slope), MB. */
  readonly rssSlopeMbPer100k: number;
  readonly summary: string;
  readonly samples: readonly StreamSample[];
}

const PAGE_KB = 4;

function descendants(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      for (const tid of readdirSync(`/proc/${out[i]}/task`)) {
        const children = readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').trim();
        if (children) out.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      continue;
    }
  }
  return out;
}

function rssMb(pids: readonly number[]): number {
  let pages = 0;
  for (const pid of pids) {
    try {
      pages += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    } catch {
      continue;
    }
  }
  return (pages * PAGE_KB) / 1024;
}

function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

function bytesRead(pid: number, file: string): number {
  try {
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      let target = '';
      try {
        target = readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        continue;
      }
      if (target !== file) continue;
      const pos = /pos:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/fdinfo/${fd}`, 'utf8'));
      if (pos) return Number(pos[1]);
    }
  } catch {
    return -1;
  }
  return -1;
}

function slope(points: readonly (readonly [number, number])[]): number {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((s, p) => s + p[0], 0) / n;
  const my = points.reduce((s, p) => s + p[1], 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  }
  return den === 0 ? 0 : num / den;
}

const storeMb = (db: string): number => [db, `${db}-wal`].filter(existsSync).reduce((n, f) => n + statSync(f).size, 0) / 1e6;

/**
 * Runs the real CLI (`newsgraph ingest file --db db --workers N`, niced) on a big JSON Lines file and
 * samples, every second, the RSS of its process tree (from /proc), its CPU time and how far it has
 * read the file; the curve is written to `samplesFile` as CSV as it goes. Linux only.
 */
export async function measureStreamIngest(options: StreamIngestOptions): Promise<StreamIngestReport> {
  const fileBytes = statSync(options.file).size;
  const child = spawn('nice', ['-n', '10', process.execPath, options.bin, 'ingest', options.file, '--db', options.db, '--workers', String(options.workers)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const start = Date.now();
  const samples: StreamSample[] = [];
  const pid = child.pid!;
  writeFileSync(options.samplesFile, 'seconds,rss_mb,cpu_s,bytes_read\n');
  const sample = (): void => {
    const pids = descendants(pid);
    const s: StreamSample = {
      seconds: (Date.now() - start) / 1000,
      rssMb: rssMb(pids),
      cpuSeconds: pids.reduce((n, p) => n + cpuSeconds(p), 0),
      bytesRead: bytesRead(pid, options.file),
    };
    if (s.rssMb === 0) return;
    samples.push(s);
    writeFileSync(options.samplesFile, `${s.seconds.toFixed(1)},${s.rssMb.toFixed(1)},${s.cpuSeconds.toFixed(2)},${s.bytesRead}\n`, { flag: 'a' });
  };
  const timer = setInterval(sample, options.sampleMs ?? 1000);
  const stopper = options.maxSeconds === null ? null : setTimeout(() => child.kill('SIGTERM'), options.maxSeconds * 1000);
  const exitCode = await exited;
  clearInterval(timer);
  if (stopper) clearTimeout(stopper);
  const seconds = (Date.now() - start) / 1000;
  const summary = stdout.trim().split('\n')[0] ?? '';
  const readCount = /^read (\d+) article/.exec(summary);
  const lastRead = samples.reduce((m, s) => Math.max(m, s.bytesRead), 0);
  const articles = readCount ? Number(readCount[1]) : Math.round((lastRead / fileBytes) * options.articles);
  const perByte = options.articles / fileBytes;
  const after = samples.filter((s) => s.bytesRead >= lastRead * 0.1).map((s) => [s.bytesRead * perByte, s.rssMb] as const);
  return {
    finished: readCount !== null,
    exitCode,
    seconds,
    cpuSeconds: samples.at(-1)?.cpuSeconds ?? 0,
    peakRssMb: samples.reduce((m, s) => Math.max(m, s.rssMb), 0),
    articles,
    articlesPerSecond: articles / seconds,
    storeMb: storeMb(options.db),
    rssSlopeMbPer100k: slope(after) * 100_000,
    summary: summary || stderr.trim().split('\n').slice(-3).join(' | '),
    samples,
  };
}

/** The RSS curve at ten points spread over the run, for the report. */
export function rssCurve(report: StreamIngestReport, fileBytes: number, fileArticles: number): string[] {
  const samples = report.samples.filter((s) => s.bytesRead >= 0);
  if (samples.length === 0) return [];
  const picks = [...new Set(Array.from({ length: 10 }, (_x, i) => Math.round(((i + 1) * (samples.length - 1)) / 10)))];
  return picks.map((i) => {
    const s = samples[i]!;
    const read = Math.round((s.bytesRead / fileBytes) * fileArticles);
    return `  ${s.seconds.toFixed(0).padStart(6)} s  ~${String(read).padStart(7)} articles read  RSS ${s.rssMb.toFixed(0).padStart(5)} MB  CPU ${s.cpuSeconds.toFixed(0).padStart(6)} s`;
  });
}
