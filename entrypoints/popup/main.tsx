import { render } from 'preact';

render(<p>NewsBrief</p>, document.getElementById('app')!);
