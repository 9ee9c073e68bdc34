import { readState } from '../../src/store/state';
import { mountStudio } from '../../src/studio/ui/mount';

// Wiring only: the studio, with the policy this browser applies as the version to compare a draft with.
void readState(browser.storage.local)
  .catch(() => undefined)
  .then((state) => mountStudio(document.getElementById('app')!, state?.active?.policy));
