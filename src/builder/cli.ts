/**
 * The `sahel-widgets` command. Every sub-command is a function of its arguments and an output
 * sink, so tests run it in-process and `bin.ts` only wires it to the process.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Story } from '../story/types.js';
import { resolveDateForCli } from './date-command.js';
import { draftArticle, readDraftManifest } from './draft-command.js';
import { jobCount, runTasks } from './jobs.js';
import { formatScores, scoreStory } from './draft/score.js';
import { startPreview } from './preview.js';
import { initStory } from './init.js';
import { FALLBACK_TAGS, FALLBACK_WIDGETS, escapeHtml, fallbackHtml } from './html/index.js';
import type { FallbackWidget } from './html/index.js';
import { validateStory } from '../story/validate.js';
import { formatProblem } from '../story/problems.js';
import { runBuildJobs } from './run.js';
import { EMBED_WIDGETS, writeEmbeds } from './embed/index.js';

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Standard input as text, for `-` arguments. */
  stdin?: () => string;
  cwd?: string;
}

interface Command {
  summary: string;
  usage: string;
  help: string;
  run: (args: string[], io: CliIO) => number | Promise<number>;
}

const PROGRAM = 'sahel-widgets';

class UsageError extends Error {}

type Options = Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>;
interface Parsed {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

function parse(args: string[], options: Options): Parsed {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Parsed['values'], positionals };
  } catch (error) {
    throw new UsageError((error as Error).message.replace(/\. To specify a positional argument.*$/s, ''));
  }
}

/** `--jobs VALUE` as a thread count, or a usage error. */
function jobsOption(value: unknown): number {
  try {
    return jobCount(value as string | undefined);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

const build = (check: boolean): Command['run'] => async (args, io) => {
  const { values, positionals } = parse(args, { jobs: { type: 'string' }, ...(check ? {} : { changed: { type: 'boolean' } }) });
  if (positionals.length === 0) throw new UsageError('give at least one folder');
  const jobs = jobsOption(values.jobs);
  const result = await runBuildJobs({ dirs: positionals, check, cwd: io.cwd, jobs, changed: values.changed === true });
  for (const line of result.report) io.out(line);
  for (const line of result.errors) io.err(line);
  if (!result.ok) {
    const n = result.errors.length;
    io.err(`${PROGRAM} ${check ? 'check' : 'build'}: ${n} error${n === 1 ? '' : 's'}${check ? '' : '; nothing written for the stories with errors'}`);
  }
  return result.ok ? 0 : 1;
};

/** `draft --manifest FILE`: every article the manifest lists, on `--jobs` threads. */
async function draftMany(manifest: string, values: Parsed['values'], io: CliIO): Promise<number> {
  const jobs = jobsOption(values.jobs);
  const { entries, errors } = readDraftManifest(resolve(io.cwd ?? '.', manifest));
  for (const line of errors) io.err(`${PROGRAM} draft: ${line}`);
  if (errors.length > 0) return 1;
  if (entries.length === 0) {
    io.err(`${PROGRAM} draft: ${manifest} lists no article`);
    return 1;
  }
  const shared = { force: values.force === true };
  const results = jobs <= 1 ? entries.map((e) => draftArticle(e, shared)) : await runTasks('draft', entries, shared, jobs);
  for (const r of results) for (const line of r.out) io.out(line);
  for (const r of results) for (const line of r.err) io.err(`${PROGRAM} draft: ${line}`);
  const failed = results.filter((r) => !r.ok).length;
  io.out(`${results.length - failed} of ${results.length} articles drafted`);
  return failed === 0 ? 0 : 1;
}

const COMMANDS: Record<string, Command> = {
  build: {
    summary: 'article.txt + story.yaml → verified story.json',
    usage: 'build DIR… [--jobs N] [--changed]',
    help: `Builds each story folder (article.txt + story.yaml → story.json, written only when its bytes change).
A DIR may also hold one folder per story, as data/ does; the story id is the folder's name. Give as
many DIRs as you like (a shell glob such as archive/2024-* works).
Every problem is printed on its own line as FILE: ITEM.FIELD: MESSAGE, and the exit code is 1
when there was any (nothing is written for a story with errors; the other stories are built).
--jobs N builds on N worker threads (default 1; 0 or auto: one per available core); the output,
its order and the files written are the same whatever N.
--changed skips a folder whose article.txt, story.yaml and story.json are as they were after its
last --changed build by this same builder (a hash in each story folder's .story.hash, written by it).`,
    run: build(false),
  },
  check: {
    summary: 'verify stories without writing (CI)',
    usage: 'check DIR… [--jobs N]',
    help: `Like build, but writes nothing: exits 1 when a story has problems or its story.json is
missing or out of date with story.yaml and article.txt. --jobs N as for build.`,
    run: build(true),
  },
  init: {
    summary: 'a new story folder with the article and a story.yaml skeleton',
    usage: 'init DIR --published YYYY-MM-DD --headline "…" [--article FILE|-] [--publisher "…"] [--url URL] [--language en] [--force]',
    help: `Creates DIR with article.txt (the article given with --article, or read from standard input with
"--article -", normalised to one paragraph per line; empty when not given, for you to paste into) and
a commented story.yaml that builds as it is. DIR's name is the story id. Refuses to overwrite
existing files unless --force.`,
    run: (args, io) => {
      const { values, positionals } = parse(args, {
        published: { type: 'string' },
        headline: { type: 'string' },
        article: { type: 'string' },
        publisher: { type: 'string' },
        url: { type: 'string' },
        language: { type: 'string' },
        force: { type: 'boolean' },
      });
      if (positionals.length !== 1) throw new UsageError('give exactly one folder');
      if (typeof values.published !== 'string') throw new UsageError('--published YYYY-MM-DD is required');
      if (typeof values.headline !== 'string') throw new UsageError('--headline is required');
      const source = values.article as string | undefined;
      const articleText = source === undefined ? undefined : source === '-' ? (io.stdin?.() ?? '') : readFileSync(source, 'utf8');
      const dir = positionals[0];
      const result = initStory(dir, {
        published: values.published,
        headline: values.headline,
        publisher: values.publisher as string | undefined,
        url: values.url as string | undefined,
        language: values.language as string | undefined,
        articleText,
        force: values.force === true,
      });
      if (!result.ok) {
        io.err(`${PROGRAM} init: ${result.error}`);
        return 1;
      }
      for (const file of result.files) io.out(`wrote ${file}`);
      io.out(result.paragraphs === 0
        ? `next: paste the article into ${dir}/article.txt (one paragraph per line), annotate story.yaml, then \`${PROGRAM} build ${dir}\``
        : `${result.paragraphs} paragraphs; next: annotate story.yaml, then \`${PROGRAM} build ${dir}\``);
      return 0;
    },
  },
  draft: {
    summary: 'a first annotation of an article, for an editor to review',
    usage: 'draft ARTICLE.txt|- --published YYYY-MM-DD --out DIR [--headline "…"] [--publisher "…"] [--url URL] [--language en] [--force]\n       sahel-widgets draft --manifest FILE.jsonl [--jobs N] [--force]',
    help: `Reads the article (a file, or standard input with "-"), writes DIR/article.txt (one paragraph per line,
characters kept) and DIR/story.yaml: actors, quotes and their speakers, dated events, places, figures and
simple relations, each with the article's exact words. The draft builds as it is (\`sahel-widgets build DIR\`);
items the extractor is unsure of are marked "# check: …", items the builder would refuse are left out
with a comment saying what was seen. DIR's name is the story id. Refuses to overwrite unless --force.
--manifest drafts many articles: FILE is JSON Lines, one object per article,
  {"article": "in/a.txt", "out": "stories/a-id", "published": "2024-04-13", "headline": "…"}
(publisher, url and language as the options; paths relative to FILE's folder), on --jobs N worker
threads (default 1; 0 or auto: one per available core). An article that cannot be drafted is named
with the reason and makes the exit code 1; the others are still drafted.`,
    run: (args, io) => {
      const { values, positionals } = parse(args, {
        published: { type: 'string' },
        out: { type: 'string' },
        headline: { type: 'string' },
        publisher: { type: 'string' },
        url: { type: 'string' },
        language: { type: 'string' },
        force: { type: 'boolean' },
        manifest: { type: 'string' },
        jobs: { type: 'string' },
      });
      if (typeof values.manifest === 'string') {
        const single = ['published', 'out', 'headline', 'publisher', 'url', 'language'].find((k) => values[k] !== undefined);
        if (positionals.length > 0 || single) throw new UsageError(`with --manifest, the manifest gives each article${single ? ` (and its ${single})` : ''}`);
        return draftMany(values.manifest, values, io);
      }
      if (values.jobs !== undefined) throw new UsageError('--jobs is for --manifest (many articles)');
      if (positionals.length !== 1) throw new UsageError('give the article file, or - for standard input');
      if (typeof values.published !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) throw new UsageError('--published YYYY-MM-DD is required');
      if (typeof values.out !== 'string') throw new UsageError('--out DIR is required');
      const out = values.out;
      const result = draftArticle({
        article: positionals[0],
        ...(positionals[0] === '-' ? { text: io.stdin?.() ?? '' } : {}),
        out,
        published: values.published,
        headline: values.headline as string | undefined,
        publisher: values.publisher as string | undefined,
        url: values.url as string | undefined,
        language: values.language as string | undefined,
      }, { force: values.force === true });
      for (const line of result.err) io.err(`${PROGRAM} draft: ${line}`);
      if (!result.ok) return 1;
      for (const line of result.out) io.out(line);
      io.out(`next: review it (\`${PROGRAM} preview ${out}\`), fix story.yaml, then \`${PROGRAM} build ${out}\``);
      return 0;
    },
  },
  preview: {
    summary: 'review a story folder in the browser: highlighted article and every widget',
    usage: 'preview DIR [--port N]',
    help: `Serves a page on 127.0.0.1 (port 5117 by default; 0 for any free port) showing the article with every
extracted item highlighted in its text, the items marked "# check:" listed first, the builder's errors if
any, and the widgets rendering the story beside it. Edit story.yaml or article.txt and the page updates
without a reload. Stop it with Ctrl-C.`,
    run: async (args, io) => {
      const { values, positionals } = parse(args, { port: { type: 'string' } });
      if (positionals.length !== 1) throw new UsageError('give one story folder');
      const port = values.port === undefined ? 5117 : Number(values.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a number from 0 to 65535');
      const preview = await startPreview(positionals[0], { port });
      io.out(`preview of ${positionals[0]}: ${preview.url} (Ctrl-C to stop)`);
      await new Promise<void>((stop) => process.once('SIGINT', stop));
      await preview.close();
      return 0;
    },
  },
  score: {
    summary: 'precision and recall of a draft story against a reviewed one',
    usage: 'score DRAFT_STORY.json GOLD_STORY.json',
    help: `Compares two built stories of one article, section by section: quotes by their exact words, the
speakers of the quotes both have, actors and places by name or alias, events by date span and precision,
figures by value and unit, relations by the pair they join. Prints one line per section and a summary.`,
    run: (args, io) => {
      const { positionals } = parse(args, {});
      if (positionals.length !== 2) throw new UsageError('give the draft story.json and the reviewed story.json');
      const [d, g] = positionals.map((f) => JSON.parse(readFileSync(f, 'utf8')) as Story);
      for (const line of formatScores(scoreStory(d, g))) io.out(line);
      return 0;
    },
  },
  embed: {
    summary: 'iframe embed pages of a story\'s widgets, with a resizer and oEmbed JSON',
    usage: 'embed DIR --base-url URL --out OUT [--widget NAME[:ID]]… [--parent-origin ORIGIN]… [--width N] [--bundle FILE]',
    help: `Writes, for the story in DIR (a story folder or a story.json), one static HTML page per widget into
OUT/<story id>/, with the widget's fallback HTML inside its tag, the bundle, the resizer and the story
copied beside it, and an oEmbed JSON file per page (type "rich") linked from the page for discovery.
--base-url is where OUT will be served (https://news.example/embeds/). --widget is one of
${Object.keys(EMBED_WIDGETS).join(', ')} (quote and badge take :ID; without it, one page per quote or actor),
repeatable; without it, every widget the story has content for, and one page per quote. --parent-origin
names an origin the pages post their height to (repeatable; "*" by default). Parent pages load
OUT/sahel-embed.js to size every <iframe data-sahel-embed>.`,
    run: (args, io) => {
      const { values, positionals } = parse(args, {
        'base-url': { type: 'string' },
        out: { type: 'string' },
        widget: { type: 'string', multiple: true },
        'parent-origin': { type: 'string', multiple: true },
        width: { type: 'string' },
        bundle: { type: 'string' },
      });
      if (positionals.length !== 1) throw new UsageError('give one story folder (or story.json)');
      if (typeof values['base-url'] !== 'string') throw new UsageError('--base-url URL is required');
      if (typeof values.out !== 'string') throw new UsageError('--out DIR is required');
      const width = values.width === undefined ? undefined : Number(values.width);
      if (width !== undefined && !(Number.isInteger(width) && width > 0)) throw new UsageError('--width must be a positive integer');
      const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);
      const result = writeEmbeds({
        story: positionals[0],
        baseUrl: values['base-url'],
        out: values.out,
        widgets: list(values.widget).flatMap((w) => w.split(',')).filter(Boolean),
        parentOrigins: list(values['parent-origin']),
        width,
        bundle: values.bundle as string | undefined,
      });
      for (const line of result.errors) io.err(`${PROGRAM} embed: ${line}`);
      if (!result.ok) return 1;
      for (const page of result.pages) io.out(`${page.url}  (oEmbed ${page.oembedUrl})`);
      io.out(`${result.pages.length} embed page${result.pages.length === 1 ? '' : 's'} in ${values.out}; parent pages load ${new URL('sahel-embed.js', values['base-url'].replace(/\/?$/, '/')).href}`);
      return 0;
    },
  },
  html: {
    summary: 'static fallback HTML of a widget, to put inside its tag (no-JS, SEO, no layout shift)',
    usage: 'html STORY.json --widget timeline|quote|badge|list|figures|map|relations [--quote ID] [--speaker ID] [--all] [--actor ID] [--figure ID] [--kind KIND] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--variant V] [--layout L] [--contested] [--sort S] [--heading-level N] [--lang L] [--wrap]',
    help: `Prints the widget's content as static, accessible HTML (every story string escaped, story text in
the story's language, only http(s) links), for the light DOM of the widget's tag: shown without
JavaScript and to search engines, hidden when the element upgrades. The options are the element's
attributes (--quote for <quote-card quote>, --actor for <actor-badge actor>, …); --lang sets the
language of the UI words. --wrap prints the whole tag with those attributes around the HTML.
STORY.json is validated first; exit 1 naming the field when it is invalid.`,
    run: (args, io) => {
      const names = ['quote', 'speaker', 'actor', 'figure', 'kind', 'from', 'to', 'variant', 'sort', 'heading-level', 'layout', 'lang'];
      const { values, positionals } = parse(args, {
        widget: { type: 'string' },
        all: { type: 'boolean' },
        contested: { type: 'boolean' },
        wrap: { type: 'boolean' },
        ...Object.fromEntries(names.map((n) => [n, { type: 'string' as const }])),
      });
      if (positionals.length !== 1) throw new UsageError('give one story.json');
      const widget = values.widget as FallbackWidget | undefined;
      if (!widget || !FALLBACK_WIDGETS.includes(widget)) throw new UsageError(`--widget is one of ${FALLBACK_WIDGETS.join(', ')}`);
      const result = validateStory(JSON.parse(readFileSync(positionals[0], 'utf8')));
      if (!result.ok) {
        for (const p of result.problems) io.err(`${positionals[0]}: ${formatProblem(p)}`);
        return 1;
      }
      const attributes: Record<string, string> = {};
      for (const n of names) if (typeof values[n] === 'string') attributes[n] = values[n];
      for (const n of ['all', 'contested']) if (values[n] === true) attributes[n] = '';
      const body = fallbackHtml(result.story, widget, attributes);
      if (!values.wrap) io.out(body);
      else {
        const tag = FALLBACK_TAGS[widget];
        const attrs = Object.entries(attributes).map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`)).join('');
        io.out(`<${tag}${attrs}>${body}</${tag}>`);
      }
      return 0;
    },
  },
  date: {
    summary: 'resolve one date phrase against a publication day',
    usage: 'date "PHRASE" --published YYYY-MM-DD [--planned] [--anchor EDTF]',
    help: `Resolves PHRASE ("last week", "in the late 1990s", "by 2030") the way the builder does and prints one
JSON object {"edtf","start","end","precision","basis", …} on standard output. --planned reads an
ambiguous phrase forward (an event that has not happened yet); --anchor gives the date of the event a
phrase such as "two years later" counts from. Exit 2 with a one-line reason when it cannot.`,
    run: (args, io) => {
      const { values, positionals } = parse(args, { published: { type: 'string' }, planned: { type: 'boolean' }, anchor: { type: 'string' } });
      if (positionals.length !== 1) throw new UsageError('give exactly one phrase, in quotes');
      if (typeof values.published !== 'string') throw new UsageError('--published YYYY-MM-DD is required');
      const answer = resolveDateForCli(positionals[0], {
        published: values.published,
        planned: values.planned === true,
        anchor: values.anchor as string | undefined,
      });
      if (!answer.ok) {
        io.err(`${PROGRAM} date: ${answer.reason}`);
        return 2;
      }
      io.out(JSON.stringify(answer.result));
      return 0;
    },
  },
};

function overview(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  return [
    `${PROGRAM}: turn a news article into a verified story for the sahel-widgets elements.`,
    '',
    `usage: ${PROGRAM} COMMAND [options]`,
    '',
    ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    `${PROGRAM} COMMAND --help shows a command's options.`,
  ].join('\n');
}

const commandHelp = (name: string, c: Command) => `usage: ${PROGRAM} ${c.usage}\n\n${c.help}`;

/** Runs the command line `argv` (without the program name); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest[0] : undefined;
    if (topic !== undefined && COMMANDS[topic]) io.out(commandHelp(topic, COMMANDS[topic]));
    else io.out(overview());
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command) {
    io.err(`${PROGRAM}: unknown command ${JSON.stringify(name)} (commands: ${Object.keys(COMMANDS).join(', ')}; see --help)`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(commandHelp(name, command));
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${PROGRAM} ${name}: ${error.message}`);
    io.err(`usage: ${PROGRAM} ${command.usage}`);
    return 2;
  }
}
