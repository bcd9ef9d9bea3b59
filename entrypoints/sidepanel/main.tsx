import { render } from 'preact';
import '../popup/style.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
