import { mount } from 'svelte';
import { getDatabase } from '@/lib/db';
import './app.css';
import App from './App.svelte';

// The database opens (tens of ms, more for a large one) while the panel is built, not after: the
// jobs list reads its first rows as soon as it is mounted. A database that cannot be opened is
// reported by the stores, which ask again.
void getDatabase().catch(() => {});

mount(App, { target: document.getElementById('app')! });
