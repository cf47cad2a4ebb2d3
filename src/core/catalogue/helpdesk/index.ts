import type { ProductSignature } from '../types';
import { freshdesk } from './freshdesk';
import { glpi } from './glpi';
import { helpScout } from './help-scout';
import { jiraServiceManagement } from './jira-service-management';
import { kayako } from './kayako';
import { manageengineServiceDeskPlus } from './manageengine-servicedesk-plus';
import { osticket } from './osticket';
import { otrs } from './otrs';
import { servicenow } from './servicenow';
import { sysaid } from './sysaid';
import { zammad } from './zammad';
import { zendesk } from './zendesk';
import { znuny } from './znuny';
import { zohoDesk } from './zoho-desk';
import { deskpro } from './deskpro';
import { faveo } from './faveo';
import { frappeHelpdesk } from './frappe-helpdesk';
import { freescout } from './freescout';
import { freshservice } from './freshservice';
import { happyfox } from './happyfox';
import { hesk } from './hesk';
import { itop } from './itop';
import { jitbit } from './jitbit';
import { kix } from './kix';
import { otobo } from './otobo';
import { requestTracker } from './request-tracker';
import { spiceworks } from './spiceworks';
import { topdesk } from './topdesk';
import { uvdesk } from './uvdesk';

/** Order matters only for ties: Znuny and OTOBO before OTRS (same login template, they are the maintained forks). */
export const HELPDESK_SIGNATURES: ProductSignature[] = [
  zendesk,
  freshdesk,
  osticket,
  zammad,
  glpi,
  znuny,
  otobo,
  otrs,
  jiraServiceManagement,
  zohoDesk,
  manageengineServiceDeskPlus,
  sysaid,
  kayako,
  servicenow,
  helpScout,
  // Issue 18: open-source and hosted helpdesks that German-speaking MSPs and IT departments run.
  kix,
  freescout,
  requestTracker,
  itop,
  hesk,
  faveo,
  uvdesk,
  frappeHelpdesk,
  deskpro,
  happyfox,
  spiceworks,
  jitbit,
  topdesk,
  freshservice,
];
