// Test-runner commands for what axe cannot check (issue 18), run from tests with `executeServerCommand`:
//   ax-tree          Chromium only: the page's accessibility tree (CDP Accessibility.getFullAXTree), reduced to
//                    one line per role/name/state, indented like a screen-reader transcript; '' in Firefox.
//   forced-colors    Chromium only: emulate `forced-colors: active` (CDP Emulation.setEmulatedMedia); false in Firefox.
//   transcript       Reads test/a11y-transcripts/<name>.txt ('' if missing); with UPDATE_TRANSCRIPTS=1 writes `text` there first.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../test/a11y-transcripts');

/** States worth reading out, in a fixed order. */
const STATES = ['expanded', 'pressed', 'selected', 'checked', 'disabled', 'level', 'invalid', 'modal', 'required'];
/** Roles that only group: their children are printed in their place. */
const FLAT = new Set(['generic', 'none', 'presentation', 'InlineTextBox', 'LineBreak', 'GenericContainer']);

const text = (s) => String(s ?? '').replace(/[\u00a0\u2009\u202f]/g, ' ').replace(/\s+/g, ' ').trim();

/** The reduced transcript of a getFullAXTree answer. */
export function transcript(nodes) {
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const root = nodes.find((n) => !n.parentId) ?? nodes[0];
  const lines = [];
  const walk = (node, depth) => {
    if (!node) return;
    const role = node.role?.value ?? '';
    const name = text(node.name?.value);
    const flat = node.ignored || (FLAT.has(role) && !name) || role === 'InlineTextBox';
    let next = depth;
    if (!flat && role !== 'RootWebArea') {
      const states = [];
      for (const p of node.properties ?? []) {
        if (!STATES.includes(p.name)) continue;
        const v = p.value?.value;
        if (v === false || v === 'false' || v === undefined) continue;
        states.push(v === true || v === 'true' ? p.name : `${p.name}=${v}`);
      }
      states.sort((a, b) => STATES.indexOf(a.split('=')[0]) - STATES.indexOf(b.split('=')[0]));
      const description = text(node.description?.value);
      const line = role === 'StaticText' ? `"${name}"` : `${role}${name ? ` "${name}"` : ''}`;
      lines.push(`${'  '.repeat(depth)}${line}${states.length ? ` [${states.join(', ')}]` : ''}${description ? ` — ${description}` : ''}`);
      next = depth + 1;
    }
    // A static text's children are its inline text boxes: nothing more to read.
    if (role !== 'StaticText') for (const id of node.childIds ?? []) walk(byId.get(id), next);
  };
  walk(root, 0);
  // consecutive duplicate lines at the same depth are one thing read twice only if the page says it twice: keep them
  return `${lines.join('\n')}\n`;
}

async function cdp(session) {
  if (session.browser.type !== 'puppeteer') return null;
  const page = session.browser.getPage(session.id);
  if (!page) return null;
  try {
    return await page.createCDPSession();
  } catch {
    return null;
  }
}

/** The CDP session that holds each test page's forced-colours emulation (it ends when the session detaches). */
const forced = new Map();

export function a11yCommandsPlugin() {
  return {
    name: 'a11y-commands',
    async executeCommand({ command, payload, session }) {
      if (command === 'ax-tree') {
        const client = await cdp(session);
        // a null answer would read as "command not handled": '' means no tree (Firefox)
        if (!client) return '';
        try {
          const { nodes } = await client.send('Accessibility.getFullAXTree');
          return transcript(nodes);
        } finally {
          await client.detach().catch(() => {});
        }
      }
      if (command === 'forced-colors') {
        const client = forced.get(session.id) ?? (await cdp(session));
        if (!client) return false;
        forced.set(session.id, client);
        // the emulation lasts as long as a CDP session is attached: keep this one for the page
        await client.send('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }] });
        return true;
      }
      if (command === 'transcript') {
        const file = join(dir, `${String(payload.name).replace(/[^\w.-]/g, '_')}.txt`);
        if (process.env.UPDATE_TRANSCRIPTS === '1' && typeof payload.text === 'string' && payload.text) {
          await mkdir(dir, { recursive: true });
          await writeFile(file, payload.text);
        }
        return readFile(file, 'utf8').catch(() => '');
      }
      return undefined;
    },
  };
}
