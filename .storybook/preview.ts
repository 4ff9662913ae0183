/// <reference types="vite/client" />
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { withActions } from 'storybook/actions/decorator';
// Registers every element and declares the embedded default story, as the CMS bundle does.
import '../src/index.js';

// The docs tables (attributes, properties, events, slots, CSS custom properties, parts) come from the
// code's JSDoc through custom-elements.json, written by `npm run analyze` (both storybook scripts run it).
// It is git-ignored, so it is read through a glob: a fresh clone still type-checks before it exists, and a
// Storybook built without it says so in the console, which fails `npm run test:storybook`.
const manifests = import.meta.glob<{ default: Manifest }>('../custom-elements.json', { eager: true });
const manifest = Object.values(manifests)[0]?.default;
if (manifest) setCustomElementsManifest(forDocs(manifest));
else console.error('custom-elements.json is missing: run `npm run analyze` before Storybook.');

interface Named {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Manifest {
  modules?: { declarations?: { tagName?: string; members?: Named[]; cssParts?: Named[] }[] }[];
}

/**
 * The manifest as the docs tables need it: only the public API (the analyzer also lists private and
 * `#private` fields), and parts named `::part(x)`. Storybook keys every row by name across sections, so a
 * part called `quote` would otherwise replace the `quote` attribute in the table and the controls.
 */
function forDocs(source: Manifest): Manifest {
  const copy = structuredClone(source);
  for (const mod of copy.modules ?? []) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.tagName) continue;
      decl.members = decl.members?.filter((m) => !m.static && (m.privacy ?? 'public') === 'public' && !/^[#_]/.test(m.name));
      decl.cssParts = decl.cssParts?.map((p) => ({ ...p, name: `::part(${p.name})` }));
    }
  }
  return copy;
}

export type Theme = 'light' | 'dark';
export type Locale = 'en' | 'fr' | 'ha' | 'ar';
const locales: readonly Locale[] = ['en', 'fr', 'ha', 'ar'];

/**
 * Every story sits in a "host page" block with the toolbar's colour scheme and language, the things a CMS
 * page gives a widget: `color-scheme` (widgets use `light-dark()`), the nearest `lang`, and `dir` (Arabic: rtl).
 */
const withHostPage: Decorator = (story, { globals, viewMode }) => {
  const theme: Theme = globals.theme === 'dark' ? 'dark' : 'light';
  const locale: Locale = locales.includes(globals.locale) ? globals.locale : 'en';
  const style = {
    colorScheme: theme,
    background: 'Canvas',
    color: 'CanvasText',
    padding: '1rem',
    minBlockSize: viewMode === 'docs' ? undefined : '100vh',
    boxSizing: 'border-box',
    fontFamily: 'Georgia, "Times New Roman", serif',
    lineHeight: '1.5',
  };
  // Arabic is written right to left: the host page says so with `dir`, which every widget follows
  return html`<div class="host-page" lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'} data-theme=${theme} style=${styleMap(style)}>${story()}</div>`;
};

/** Rows that document CSS and events: nothing to set from a control (theming has its own page). */
const tableOnly = new Set(['css custom properties', 'css shadow parts', 'events', 'slots']);
type Enhancer = NonNullable<Preview['argTypesEnhancers']>[number];
const documentOnly: Enhancer = ({ argTypes }) =>
  Object.fromEntries(
    Object.entries(argTypes).map(([name, argType]) => [
      name,
      tableOnly.has(String(argType.table?.category)) ? { ...argType, control: false } : argType,
    ]),
  );

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [documentOnly],
  decorators: [withHostPage, withActions],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the host page (widgets follow the inherited color-scheme)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the host page (widgets read the nearest lang)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English', right: 'en' },
          { value: 'fr', title: 'Français', right: 'fr' },
          { value: 'ha', title: 'Hausa', right: 'ha' },
          { value: 'ar', title: 'العربية (RTL)', right: 'ar' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    actions: { handles: ['sahel-select', 'sahel-story-load', 'sahel-story-error'] },
    docs: { source: { excludeDecorators: true } },
    options: {
      storySort: {
        order: ['Docs', ['Getting started', 'npm usage', 'Story format', 'Theming', 'Accessibility'], 'Pages', 'Widgets'],
      },
    },
  },
};

export default preview;
