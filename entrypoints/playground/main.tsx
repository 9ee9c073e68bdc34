import '../../src/ui/page.css';
import { render } from 'preact';
import { PageRoot } from '../../src/ui/PageRoot';
import { Playground } from '../../src/ui/playground/Playground';

// Playground only (`npm start`): wiring.
render(
  <PageRoot area={browser.storage.local} changes={browser.storage.onChanged} browserLanguage={navigator.language}>
    {(page) => <Playground page={page} />}
  </PageRoot>,
  document.getElementById('app')!,
);
