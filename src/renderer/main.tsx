import { createRoot } from 'react-dom/client';
import 'reveal.js/reveal.css';
import './styles/app.css';
import { App } from './App';
import { installThemes } from './lib/themes';

installThemes();

// No StrictMode: its double-mounted effects would start and destroy each reveal.js instance twice.
createRoot(document.getElementById('root')!).render(<App />);
