import { render } from 'preact';
import { bundledPolicy } from '../../src/policy/bundled';
import { PolicySummary } from '../../src/ui/PolicySummary';

render(<PolicySummary policy={bundledPolicy()} locale={navigator.language} />, document.getElementById('app')!);
