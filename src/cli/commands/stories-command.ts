import { createCorpusLinker } from '../../corpus/corpus-linker.js';
import { storySummaries } from '../../corpus/story-summary.js';
import { writeLine } from '../cli-io.js';
import { choiceOption, dateOption, type Command } from '../command.js';
import { EXIT } from '../exit-codes.js';
import { table } from '../format/table.js';
import { dbOption } from './shared-options.js';
import { withStore } from './with-store.js';

/** `newsgraph stories`: the story clusters of the store, with their articles and sources. */
export const storiesCommand: Command = {
  name: 'stories',
  summary: 'List stories: the stored articles grouped by the news event they report.',
  synopsis: '[--since date] [--format table|json]',
  description: `
Every stored article belongs to exactly one story (a story of one is fine); copies of an
article are in its story. Articles stored before stories existed are linked first. The
table lists the largest stories first, with their article and copy counts, sources, first
date and first title; json prints [{"story": id, "articles": [article ids]}] by story id.
--since keeps the stories with an article published on or after the date.

Examples:
  newsgraph stories
  newsgraph stories --since 2024-09 --format json`,
  positionals: false,
  options: {
    ...dbOption,
    since: { type: 'string', value: 'date', help: 'Only stories with an article published on or after this date.' },
    format: { type: 'string', short: 'f', value: 'table|json', help: 'Output format (default table).' },
  },
  async run(args, io) {
    const format = choiceOption(args, 'format', ['table', 'json'] as const, 'table');
    const since = dateOption(args, 'since');
    const rows = await withStore(args, io, async (store) => {
      await createCorpusLinker(store).link();
      return store.storyArticles({ since });
    });
    const stories = storySummaries(rows);
    if (format === 'json') {
      writeLine(io.stdout, JSON.stringify(stories.map((s) => ({ story: s.story, articles: s.articles }))));
    } else if (!stories.length) {
      writeLine(io.stdout, 'no stories');
    } else {
      const ordered = [...stories].sort((a, b) => b.articles.length - a.articles.length || a.story - b.story);
      const lines = ordered.map((s) => [
        String(s.story),
        String(s.articles.length),
        String(s.copies),
        s.sources.join(', '),
        s.first?.slice(0, 10) ?? '',
        s.title ?? '',
      ]);
      writeLine(io.stdout, table(['story', 'articles', 'copies', 'sources', 'first', 'title'], lines, 60));
    }
    return EXIT.ok;
  },
};
