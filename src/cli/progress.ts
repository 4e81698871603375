import type { Writable } from 'node:stream';

/** Counts shown by the progress line. */
export interface ProgressCounts {
  readonly read: number;
  readonly stored: number;
  readonly unchanged: number;
  readonly failed: number;
}

/**
 * A one-line progress display on a terminal: a bar when the total is known, counts and rate always.
 * Redraws at most ten times a second; draws nothing when the stream is not a terminal.
 */
export class Progress {
  private last = 0;
  private readonly started = Date.now();
  private drawn = false;

  constructor(
    private readonly stream: Writable,
    private readonly enabled: boolean,
    private readonly label: string,
  ) {}

  /** Redraws the line, unless it was drawn less than 100 ms ago. */
  update(counts: ProgressCounts, total: number | null = null, force = false): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (!force && now - this.last < 100) return;
    this.last = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const done = counts.read + counts.failed;
    const rate = Math.round(done / seconds);
    let bar = '';
    if (total && total > 0) {
      const width = 24;
      const filled = Math.min(width, Math.round((done / total) * width));
      bar = `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} `;
    }
    const line = `${this.label} ${bar}${counts.read} read · ${counts.stored} stored · ${counts.unchanged} unchanged · ${counts.failed} failed · ${rate}/s`;
    this.stream.write(`\r\x1b[2K${line}`);
    this.drawn = true;
  }

  /** Clears the line so that the summary starts on a clean line. */
  done(): void {
    if (this.enabled && this.drawn) this.stream.write('\r\x1b[2K');
  }
}
