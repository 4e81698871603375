import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './cli-io.js';
import type { ExitCode } from './exit-codes.js';
import { UsageError } from './usage-error.js';

/** Options of a command as node:util parseArgs describes them, each with a help line. */
export type OptionSpec = NonNullable<ParseArgsConfig['options']>[string] & { readonly help: string; readonly value?: string };

/** One `newsgraph <name>` command. */
export interface Command {
  readonly name: string;
  /** One line for the command list. */
  readonly summary: string;
  /** The argument synopsis after the command name, e.g. `<inputs…> [--format json|jsonl|pretty]`. */
  readonly synopsis: string;
  /** A paragraph of help and examples. */
  readonly description: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Whether positional arguments are allowed. */
  readonly positionals: boolean;
  run(args: ParsedArgs, io: CliIo): Promise<ExitCode>;
}

/** Parsed options and positionals of a command line. */
export interface ParsedArgs {
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly positionals: readonly string[];
}

/** Parses a command's arguments; throws UsageError saying what was wrong. */
export function parseCommandArgs(command: Command, argv: readonly string[]): ParsedArgs {
  const options: NonNullable<ParseArgsConfig['options']> = { help: { type: 'boolean', short: 'h' } };
  for (const [name, spec] of Object.entries(command.options)) {
    const { help: _help, value: _value, ...rest } = spec;
    options[name] = rest;
  }
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: command.positionals, strict: true });
    return { values: parsed.values as ParsedArgs['values'], positionals: parsed.positionals };
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/^TypeError \[[A-Z_]+\]: /, ''));
  }
}

/** The help text of a command. */
export function commandHelp(command: Command): string {
  const lines = [`Usage: newsgraph ${command.name} ${command.synopsis}`, '', command.summary, ''];
  lines.push(command.description.trim(), '', 'Options:');
  const entries = Object.entries(command.options).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.type === 'string' ? ` <${spec.value ?? 'value'}>` : ''}`;
    return [flag, spec.help] as const;
  });
  entries.push(['-h, --help', 'Show this help.']);
  const width = Math.max(...entries.map(([f]) => f.length)) + 2;
  for (const [flag, help] of entries) lines.push(`  ${flag.padEnd(width)}${help}`);
  return `${lines.join('\n')}\n`;
}

/** A string option's value, or a default. */
export function stringOption(args: ParsedArgs, name: string, fallback: string): string;
export function stringOption(args: ParsedArgs, name: string): string | undefined;
export function stringOption(args: ParsedArgs, name: string, fallback?: string): string | undefined {
  const v = args.values[name];
  return typeof v === 'string' ? v : fallback;
}

/** A string option that must be one of a few values. */
export function choiceOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const v = stringOption(args, name, fallback);
  if (!(choices as readonly string[]).includes(v)) {
    throw new UsageError(`--${name} expects one of ${choices.join(', ')}; got '${v}'`);
  }
  return v as T;
}

/** A positive integer option. */
export function intOption(args: ParsedArgs, name: string, fallback: number): number {
  const v = stringOption(args, name);
  if (v === undefined) return fallback;
  if (!/^\d+$/.test(v) || Number(v) < 1) throw new UsageError(`--${name} expects a positive whole number; got '${v}'`);
  return Number(v);
}

/** A date option (YYYY-MM-DD, YYYY-MM or YYYY). */
export function dateOption(args: ParsedArgs, name: string): string | undefined {
  const v = stringOption(args, name);
  if (v !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v)) {
    throw new UsageError(`--${name} expects a date YYYY-MM-DD (or YYYY-MM, YYYY); got '${v}'`);
  }
  return v;
}
