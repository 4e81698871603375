import { defaultPipeline, loadAnalysisData } from '../../analyze/analyzer.js';
import { createDoc } from '../../analyze/document.js';
import { explainEvent } from '../../analyze/events/explain-event.js';
import { runPipeline } from '../../analyze/pipeline.js';
import { readInputs } from '../../read/read-inputs.js';
import { writeLine } from '../cli-io.js';
import { intOption, stringOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../usage-error.js';
import { kbOption, loadKbForCli, readOptions } from './shared-options.js';

/** `newsgraph explain`: why each event of an article was coded. */
export const explainCommand: Command = {
  name: 'explain',
  summary: 'Explain why each event of an article was coded: tokens, pattern, actors, modality and date.',
  synopsis: '<input> [--event N]',
  description: `
Analyses the input (one article; for a feed or JSON Lines file, the first unless --article
picks another by position) and prints, for every event or for event N only, the trigger
words, the verb pattern and its CAMEO code, the source and target mentions with their
knowledge-base links and actor codes, what set the modality and where the date came from.

Examples:
  newsgraph explain examples/tehran-ashgabat-meeting.txt
  newsgraph explain examples/tehran-ashgabat-meeting.txt --event 2`,
  positionals: true,
  options: {
    event: { type: 'string', short: 'e', value: 'N', help: 'Explain only event N (0-based, as in the record).' },
    article: { type: 'string', value: 'N', help: 'In a multi-article input, the N-th article (1-based; default 1).' },
    ...readOptions,
    ...kbOption,
  },
  async run(args, io) {
    if (args.positionals.length !== 1) throw new UsageError('explain takes exactly one input');
    const eventArg = stringOption(args, 'event');
    if (eventArg !== undefined && !/^\d+$/.test(eventArg)) throw new UsageError(`--event expects an event number (0, 1, …); got '${eventArg}'`);
    const wanted = intOption(args, 'article', 1);
    let seen = 0;
    for await (const outcome of readInputs(args.positionals, { allowPrivate: args.values['allow-private'] === true, stdin: io.stdin })) {
      if (!outcome.ok) {
        writeLine(io.stderr, `newsgraph: ${outcome.error.message}`);
        return EXIT.noInput;
      }
      if (++seen < wanted) continue;
      const data = loadAnalysisData({ kb: loadKbForCli(args) });
      const doc = runPipeline(defaultPipeline(data), createDoc(outcome.article));
      const title = doc.document.title ?? outcome.article.origin ?? 'article';
      if (!doc.events.length) {
        writeLine(io.stdout, `${title}: no event was coded`);
        return EXIT.ok;
      }
      const indexes = eventArg === undefined ? doc.events.map((_, i) => i) : [Number(eventArg)];
      if (indexes[0]! >= doc.events.length) {
        writeLine(io.stderr, `newsgraph: ${title} has ${doc.events.length} event(s); there is no event ${eventArg}`);
        return EXIT.notFound;
      }
      writeLine(io.stdout, `${title}: ${doc.events.length} event(s)`);
      for (const i of indexes) {
        writeLine(io.stdout);
        writeLine(io.stdout, explainEvent(doc, i, data.events).summary);
      }
      return EXIT.ok;
    }
    writeLine(io.stderr, `newsgraph: the input holds ${seen} article(s); there is no article ${wanted}`);
    return EXIT.notFound;
  },
};
