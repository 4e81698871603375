import { stringOption, type ParsedArgs } from '../command.js';
import { UsageError } from '../usage-error.js';

/** A comma-separated list option whose items must each be one of `choices`; undefined when not given. */
export function listOption<T extends string>(args: ParsedArgs, name: string, choices: readonly T[]): T[] | undefined {
  const value = stringOption(args, name);
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!items.length) throw new UsageError(`--${name} expects a comma-separated list of ${choices.join(', ')}; got '${value}'`);
  for (const item of items) {
    if (!(choices as readonly string[]).includes(item)) throw new UsageError(`--${name}: '${item}' is not one of ${choices.join(', ')}`);
  }
  return items as T[];
}
