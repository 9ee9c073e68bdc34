/** Which component shows each step and panel: one file each, so adding a step is adding a file and a line here. */
import type { FunctionComponent } from 'preact';
import type { PanelId } from '../steps';
import { Consult } from './consult/Consult';
import { Publish } from './publish/Publish';
import { Approval } from './steps/Approval';
import { Covered } from './steps/Covered';
import { Disclosure } from './steps/Disclosure';
import { Fair } from './steps/Fair';
import { Opinion } from './steps/Opinion';
import { Roles } from './steps/Roles';
import { TryIt } from './try/TryIt';

export const PANELS: Readonly<Record<PanelId, FunctionComponent>> = {
  covered: Covered,
  approval: Approval,
  fair: Fair,
  roles: Roles,
  opinion: Opinion,
  disclosure: Disclosure,
  try: TryIt,
  consult: Consult,
  publish: Publish,
};
