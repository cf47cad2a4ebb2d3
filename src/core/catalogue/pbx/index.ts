import type { ProductSignature } from '../types';
import { THREECX } from './3cx';
import { ASTERISK_GUI } from './asterisk-gui';
import { AUERSWALD } from './auerswald';
import { AVAYA_AURA_CM, AVAYA_AURA_SMGR } from './avaya';
import { BVOIP } from './bvoip';
import { CISCO_UCM } from './cisco-ucm';
import { ELASTIX } from './elastix';
import { FREEPBX } from './freepbx';
import { FUSIONPBX } from './fusionpbx';
import { GRANDSTREAM_UCM } from './grandstream-ucm';
import { INNOVAPHONE } from './innovaphone';
import { ISSABEL } from './issabel';
import { MIKOPBX } from './mikopbx';
import { MITEL_MICOLLAB, MITEL_MIVOICE } from './mitel';
import { STARFACE } from './starface';
import { VITALPBX } from './vitalpbx';
import { WILDIX } from './wildix';
import { YEASTAR } from './yeastar';
import { AGFEO } from './agfeo';
import { ALCATEL_LUCENT_OMNIPCX } from './alcatel-lucent';
import { AVAYA_IP_OFFICE } from './avaya-ip-office';
import { NEC_SV9100 } from './nec-sv9100';
import { NFON } from './nfon';
import { PANASONIC_KX_NS } from './panasonic-kx-ns';
import { SANGOMA_PBXACT } from './pbxact';
import { PLACETEL } from './placetel';
import { SIPGATE } from './sipgate';
import { SWYX } from './swyx';
import { UNIFY_OPENSCAPE_BUSINESS } from './unify-openscape-business';

/** Every PBX product signature. The PBX fallback (GENERIC_PBX, ./generic-pbx) lives in GENERIC_SIGNATURES. */
export const PBX_SIGNATURES: ProductSignature[] = [
  THREECX,
  BVOIP,
  FREEPBX,
  ISSABEL,
  ELASTIX,
  FUSIONPBX,
  MIKOPBX,
  ASTERISK_GUI,
  VITALPBX,
  YEASTAR,
  GRANDSTREAM_UCM,
  MITEL_MIVOICE,
  MITEL_MICOLLAB,
  AVAYA_AURA_CM,
  AVAYA_AURA_SMGR,
  CISCO_UCM,
  AUERSWALD,
  STARFACE,
  INNOVAPHONE,
  WILDIX,
  // Issue 18: the systems German-speaking MSPs meet most, and the hosted PBX portals of the DACH market.
  // PBXact after FreePBX (same framework; PBXact wins by its name).
  SANGOMA_PBXACT,
  UNIFY_OPENSCAPE_BUSINESS,
  AGFEO,
  SWYX,
  AVAYA_IP_OFFICE,
  ALCATEL_LUCENT_OMNIPCX,
  PANASONIC_KX_NS,
  NEC_SV9100,
  NFON,
  PLACETEL,
  SIPGATE,
];

export { GENERIC_PBX } from './generic-pbx';
