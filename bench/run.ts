// Speed, memory and service calls, each against its target. Targets, not tests: timings vary by
// machine, so a miss is reported (and the exit code is 1), never asserted in `npm test`. The call
// and write counts are deterministic and tested there too. Each part lives in its own file.
import { benchAddOn } from "./addon.ts";
import { benchDocuments } from "./documents.ts";
import { benchEngine } from "./engine.ts";
import { benchFiles } from "./files.ts";
import { benchHistory } from "./history.ts";
import { benchIntake } from "./intake.ts";
import { benchOffline } from "./offline.ts";
import { benchPlaqueKit } from "./plaque-kit.ts";
import { benchScores } from "./scores.ts";
import { finish } from "./targets.ts";

benchEngine();
benchAddOn();
benchHistory();
await benchDocuments();
await benchFiles();
await benchOffline();
benchIntake();
await benchPlaqueKit();
await benchScores();
finish();
