import { render } from 'preact';

render(<p>Copydesk</p>, document.getElementById('app')!);
