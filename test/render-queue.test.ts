import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { customElement } from '../src/shared/custom-element.js';
import { deferUpdate, renderQueue, yieldToMain } from '../src/shared/render-queue.js';

/** Every render of the test elements, in order: `tag#id`. */
const log: string[] = [];
/** Milliseconds each render of a `slow-widget` spins for. */
let cost = 0;

const spin = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

@customElement('queue-widget')
class QueueWidget extends LitElement {
  @property() label = '';
  @property({ type: Number }) inner = 0;
  protected override render() {
    log.push(`widget#${this.id}`);
    spin(cost);
    return html`<p>${this.label}</p>${Array.from({ length: this.inner }, (_, i) => html`<queue-child id=${`${this.id}.${i}`}></queue-child>`)}`;
  }
}

@customElement('queue-child')
class QueueChild extends LitElement {
  protected override render() {
    log.push(`child#${this.id}`);
    return html`<span>child</span>`;
  }
}

/** Tasks (yields to the event loop) during which something was logged, and what: one array per task. */
async function byTask(until: () => boolean): Promise<string[][]> {
  const tasks: string[][] = [];
  let seen = log.length;
  for (let i = 0; i < 500 && !until(); i++) {
    await yieldToMain();
    if (log.length > seen) tasks.push(log.slice(seen));
    seen = log.length;
  }
  return tasks;
}

function widgets(n: number, attrs: (i: number) => string = () => ''): HTMLElement {
  const host = document.createElement('div');
  // innerHTML: every element upgrades in one task, as on a page the parser built
  host.innerHTML = Array.from({ length: n }, (_, i) => `<queue-widget id="w${i}" ${attrs(i)}></queue-widget>`).join('');
  return host;
}

afterEach(async () => {
  await renderQueue.settled();
  log.length = 0;
  cost = 0;
  renderQueue.budget = 30;
  document.querySelectorAll('.queue-test').forEach((n) => n.remove());
});

describe('render queue', () => {
  it('renders widgets in slices of about the budget, yielding between them', async () => {
    cost = 8;
    renderQueue.budget = 20;
    const host = widgets(12);
    host.className = 'queue-test';
    document.body.append(host);
    // nothing renders in the task that connected them
    expect(log).to.deep.equal([]);
    const tasks = await byTask(() => log.length === 12);
    expect(log.length).to.equal(12);
    // 8 ms each, 20 ms budget: 3 per slice (the third starts before 20 ms have passed), never all 12 at once
    expect(tasks.length).to.be.at.least(4);
    for (const t of tasks) expect(t.length).to.be.at.most(3);
  });

  it('renders in document order when nothing is known about the viewport yet, near ones before far ones after', async () => {
    const host = widgets(6);
    host.className = 'queue-test';
    // the last three far below the viewport
    const spacer = document.createElement('div');
    spacer.style.height = '10000px';
    host.insertBefore(spacer, host.children[3]);
    document.body.append(host);
    // one at a time, so that the viewport is known before most of them render
    cost = 4;
    renderQueue.budget = 1;
    await renderQueue.settled();
    expect(log.slice(0, 1)).to.deep.equal(['widget#w0']);
    expect(log.slice(3)).to.have.members(['widget#w3', 'widget#w4', 'widget#w5']);
    expect(log.slice(0, 3)).to.have.members(['widget#w0', 'widget#w1', 'widget#w2']);
  });

  it('puts widgets in or near the viewport before those far from it, whatever their order', async () => {
    renderQueue.budget = 1;
    cost = 2;
    const far = document.createElement('div');
    far.className = 'queue-test';
    far.innerHTML = `<div style="height: 20000px"></div>${Array.from({ length: 20 }, (_, i) => `<queue-widget id="f${i}"></queue-widget>`).join('')}`;
    const near = document.createElement('div');
    near.className = 'queue-test';
    near.innerHTML = `<queue-widget id="n0"></queue-widget>`;
    // the far ones ask first
    document.body.append(far);
    document.body.prepend(near);
    await renderQueue.settled();
    expect(log.length).to.equal(21);
    expect(log[0], log.join(' ')).to.equal('widget#n0');
  });

  it('does not render a widget removed before its turn, and renders it once it is back', async () => {
    const host = widgets(3);
    host.className = 'queue-test';
    document.body.append(host);
    const w1 = host.querySelector<QueueWidget>('#w1')!;
    w1.remove();
    await renderQueue.settled();
    expect(log).to.deep.equal(['widget#w0', 'widget#w2']);
    expect(w1.hasUpdated).to.equal(false);
    document.body.querySelector('.queue-test')!.append(w1);
    await w1.updateComplete;
    expect(log).to.deep.equal(['widget#w0', 'widget#w2', 'widget#w1']);
    expect(w1.shadowRoot!.querySelector('p')).to.be.instanceOf(HTMLParagraphElement);
  });

  it('resolves updateComplete once the queued render ran, with the rendered DOM', async () => {
    const el = await fixture<QueueWidget>(fixtureHtml`<queue-widget class="queue-test" label="hello"></queue-widget>`);
    expect(await el.updateComplete).to.equal(true);
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('hello');
  });

  it('runs later updates at once, and queues a deferred one', async () => {
    const el = await fixture<QueueWidget>(fixtureHtml`<queue-widget class="queue-test" id="x" label="a"></queue-widget>`);
    await el.updateComplete;
    log.length = 0;
    // a property set: rendered in this task's microtasks, no yield
    el.label = 'b';
    await el.updateComplete;
    expect(log).to.deep.equal(['widget#x']);
    // a deferred update waits for a slice: not yet rendered after the microtasks of this task
    deferUpdate(el);
    el.label = 'c';
    await Promise.resolve();
    await Promise.resolve();
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('b');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('p')!.textContent).to.equal('c');
  });

  it('renders the widgets a widget renders in its shadow root in the same task as their parent', async () => {
    const host = widgets(3, () => 'inner="4"');
    host.className = 'queue-test';
    document.body.append(host);
    const tasks = await byTask(() => log.length === 15);
    for (const t of tasks) {
      // a task that rendered a parent rendered all its children
      for (const entry of t.filter((e) => e.startsWith('widget#'))) {
        const id = entry.slice('widget#'.length);
        expect(t.filter((e) => e.startsWith(`child#${id}.`)).length, t.join(' ')).to.equal(4);
      }
    }
    const child = host.querySelector('queue-widget')!.shadowRoot!.querySelector<QueueChild>('queue-child')!;
    expect(child.shadowRoot!.querySelector('span')).to.be.instanceOf(HTMLSpanElement);
  });

  it('shows the light-DOM fallback until the first render, then only the render', async () => {
    renderQueue.budget = 1;
    cost = 5;
    const host = document.createElement('div');
    host.className = 'queue-test';
    host.innerHTML = `${Array.from({ length: 5 }, (_, i) => `<queue-widget id="b${i}" label="rendered"><p class="fb">fallback ${i}</p></queue-widget>`).join('')}`;
    document.body.append(host);
    const last = host.querySelector<QueueWidget>('#b4')!;
    const fallback = last.querySelector('.fb')!;
    // upgraded, its turn not come: the fallback is laid out and no style of the element applies
    expect(last.hasUpdated).to.equal(false);
    expect(fallback.getClientRects().length).to.equal(1);
    expect(last.shadowRoot!.adoptedStyleSheets.length).to.equal(0);
    await last.updateComplete;
    expect(fallback.getClientRects().length).to.equal(0);
    expect(last.shadowRoot!.querySelector('slot')).to.equal(null);
    expect(last.shadowRoot!.querySelector('p')!.textContent).to.equal('rendered');
  });

  it('rejects updateComplete when the render throws, and goes on with the others', async () => {
    const host = widgets(2);
    host.className = 'queue-test';
    const bad = host.querySelector<QueueWidget>('#w0')!;
    const broken = new Error('broken render');
    Object.defineProperty(bad, 'render', {
      value: () => {
        throw broken;
      },
    });
    document.body.append(host);
    let caught: unknown;
    await bad.updateComplete.catch((e: unknown) => (caught = e));
    expect(caught).to.equal(broken);
    await renderQueue.settled();
    expect(log).to.include('widget#w1');
  });
});
