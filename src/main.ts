import { mount } from 'svelte';
import App from './App.svelte';
import { app, mirrorToUrl } from './lib/state/app.svelte';
import './app.css';

app.loadFromUrl(location.search);
mirrorToUrl(app);
mount(App, { target: document.getElementById('app')! });
