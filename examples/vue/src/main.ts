import { createApp } from 'vue';
// Registers the steg-* elements; Vue treats them as custom elements (see vite.config.mjs).
import 'stegvis/define.js';
import App from './App.vue';

createApp(App).mount('#app');
