import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { installPlazaHook } from './lib/geoparser/plazaHook.ts';

const target = document.getElementById('app');
if (!target) throw new Error('index.html: missing #app');
installPlazaHook();
export default mount(App, { target });
