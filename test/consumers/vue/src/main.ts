// Vue 3: the tags are left to the browser (`isCustomElement` in the build), props of the element become properties.
import 'sahel-widgets';
import { createApp } from 'vue';
import App from './App.vue';
import { check } from '../../shared/checks.ts';
import data from '../../shared/story.json';

createApp(App).mount('#root');
void check('vue', data.id);
