import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import { mount } from 'svelte';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html: missing #app');
export default mount(App, { target });
