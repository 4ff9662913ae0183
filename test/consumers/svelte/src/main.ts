// Svelte 5: elements are defined first, so Svelte sees their properties and sets them as properties.
import 'sahel-widgets';
import { mount } from 'svelte';
import App from './App.svelte';
import { check } from '../../shared/checks.ts';
import data from '../../shared/story.json';

mount(App, { target: document.getElementById('root')! });
void check('svelte', data.id);
