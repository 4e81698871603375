/**
 * The eval harness: `npm run eval -- <task> [...]` scores newsgraph on the dev sets in
 * ../shared/data. Each task is a module `eval/<task>.ts` exporting `run(args)`.
 */
const TASKS = ['entities', 'times', 'events', 'attribution', 'stories', 'html'] as const;

async function main(): Promise<void> {
  const [task, ...rest] = process.argv.slice(2);
  const chosen = task && task !== 'all' ? [task] : [...TASKS];
  for (const name of chosen) {
    if (!(TASKS as readonly string[]).includes(name)) {
      console.error(`eval: unknown task '${name}'; expected one of ${TASKS.join(', ')} or all`);
      process.exitCode = 2;
      return;
    }
    let mod: { run(args: readonly string[]): Promise<void> };
    try {
      mod = await import(`./${name}.js`);
    } catch (e) {
      if (chosen.length > 1) {
        console.log(`== ${name}: not available (${(e as Error).message.split('\n')[0]})`);
        continue;
      }
      throw e;
    }
    console.log(`== ${name}`);
    await mod.run(rest);
  }
}

await main();
