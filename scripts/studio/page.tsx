import { mountStudio } from '../../src/studio/ui/mount';

// The studio as a plain web page (`npm run studio`): no extension, so no policy in force to compare with.
mountStudio(document.getElementById('app')!);
