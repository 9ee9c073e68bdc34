import { render } from 'preact';
import { bundledPolicy } from '../../src/policy/bundled';
import { RoleList } from '../../src/ui/RoleList';

render(<RoleList policy={bundledPolicy()} locale={navigator.language} />, document.getElementById('app')!);
