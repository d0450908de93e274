import { parseBands } from "../engine/bands.ts";
import { bothLangs, type LabelKey, type Lang, t } from "../engine/labels.ts";
import { parseSemesterId } from "../engine/semester.ts";
import { settingText } from "../engine/setting-text.ts";
import { DEFAULT_SETTINGS, SETTING_SPECS, type SettingKind, type Settings } from "../engine/settings.ts";
import { decimalOf } from "./cells.ts";
import type { TabLayout } from "./layout.ts";
import { normalizeName, textOf } from "./normalize.ts";

type Parsed = { readonly value: unknown } | { readonly error: true };

function parseNumber(cell: unknown): number | undefined {
  if (typeof cell === "number") return cell;
  return decimalOf(textOf(cell));
}

function parseValue(kind: SettingKind, cell: unknown): Parsed {
  const text = textOf(cell).normalize("NFKC");
  const n = parseNumber(cell);
  const whole = (min: number, max: number): Parsed =>
    n !== undefined && Number.isInteger(n) && n >= min && n <= max ? { value: n } : { error: true };
  switch (kind) {
    case "text":
      return { value: text };
    case "semester": {
      const id = parseSemesterId(text);
      return id ? { value: id } : { error: true };
    }
    case "month":
      return whole(1, 12);
    case "count":
      return whole(1, 1000);
    case "countOrOff":
      return whole(0, 1000);
    case "points":
      return n !== undefined && Math.abs(n) <= 1000 ? { value: n } : { error: true };
    case "days":
      return whole(0, 3650);
    case "score":
      return n !== undefined && n >= 0 && n <= 100 ? { value: n } : { error: true };
    case "share": {
      const percent = /^(\d+(?:\.\d+)?)%$/.exec(text);
      const share = percent ? Number(percent[1]) / 100 : n !== undefined && n > 1 ? n / 100 : n;
      return share !== undefined && share > 0 && share <= 1 ? { value: share } : { error: true };
    }
    case "line":
      // Printed as typed: full-width punctuation stays full width.
      return { value: textOf(cell) };
    case "url":
      // A web address the door cards' QR codes open: http(s) only, no spaces, short enough for a
      // code a phone reads at a door (a QR code holds about 2,000 characters at most).
      return /^https?:\/\/\S+$/i.test(text) && text.length <= 1000 ? { value: text } : { error: true };
    case "lang": {
      const word = normalizeName(text);
      if (["zh", "中文", "chinese", "简体中文", "zh-cn", "zh_cn"].includes(word)) return { value: "zh" };
      if (["en", "english", "英文", "英语"].includes(word)) return { value: "en" };
      return { error: true };
    }
    case "rankBy":
      return choice(text, {
        score: ["rankBy.score", "分数", "score", "得分"],
        excellents: ["rankBy.excellents", "优秀", "excellent"],
      });
    case "bannerFor":
      return choice(text, {
        dorms: ["bannerFor.dorms", "寝室", "dorm"],
        buildings: ["bannerFor.buildings", "楼", "building"],
      });
    case "quota": {
      const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
      if (percent) {
        const share = Number(percent[1]) / 100;
        return share > 0 && share <= 1 ? { value: { kind: "share", value: share } } : { error: true };
      }
      // A share typed as 5% may come back as the number 0.05 (Sheets keeps percentages so).
      if (n !== undefined && n > 0 && n < 1) return { value: { kind: "share", value: n } };
      return n !== undefined && Number.isInteger(n) && n >= 1 && n <= 1000
        ? { value: { kind: "count", value: n } }
        : { error: true };
    }
    case "bands": {
      const bands = parseBands(text);
      return bands ? { value: bands } : { error: true };
    }
  }
}

/** One of a few words: each value with its label and the other spellings it accepts. */
function choice(text: string, values: Record<string, [LabelKey, ...string[]]>): Parsed {
  const word = normalizeName(text);
  for (const [value, [label, ...extra]] of Object.entries(values)) {
    if ([...bothLangs(label), ...extra].some((w) => normalizeName(w) === word)) return { value };
  }
  return { error: true };
}

function shownDefault(key: keyof Settings, lang: Lang): string {
  const value = DEFAULT_SETTINGS[key];
  if (key === "excellentShare") return `${Number(value) * 100}%`;
  // Choices, quotas and bands in words; the other keys as the values they are.
  const text =
    typeof value === "object" || key === "rankBy" || key === "bannerFor"
      ? settingText(key, DEFAULT_SETTINGS, lang)
      : String(value ?? "");
  return text === "" ? "—" : text;
}

/** The settings a Settings tab gives, with a check message for every row that could not be read. */
export interface SettingsRead {
  readonly settings: Settings;
  readonly checks: string[];
}

/**
 * Reads the Settings tab: each known key in zh or en; blank values keep the default; unreadable
 * values are reported and keep the default too.
 *
 * @example
 * readSettings(layoutOf({ name: "Settings", values: [["Key", "Value"], ["Semester fail limit", 3]] }, tabSpec("settings"))).settings.semesterFailLimit //=> 3
 */
export function readSettings(layout: TabLayout | undefined, lang?: Lang): SettingsRead {
  const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
  const rows = layout?.grid.values.slice(1, layout.rows) ?? [];
  const keyAt = layout?.columns.get("col.key");
  const valueAt = layout?.columns.get("col.value");
  const found: { row: number; spec: (typeof SETTING_SPECS)[number]; cell: unknown }[] = [];
  const unknownRows = new Set<number>();
  rows.forEach((row, i) => {
    const key = normalizeName(keyAt === undefined ? "" : row[keyAt]);
    if (key === "") return;
    const spec = SETTING_SPECS.find((s) => bothLangs(s.label).some((w) => normalizeName(w) === key));
    if (spec) found.push({ row: i, spec, cell: valueAt === undefined ? "" : row[valueAt] });
    else unknownRows.add(i);
  });
  const parsed = found.map((f) => ({
    ...f,
    parsed: textOf(f.cell) === "" ? undefined : parseValue(f.spec.kind, f.cell),
  }));
  for (const { spec, parsed: p } of parsed) if (p && "value" in p) settings[spec.key] = p.value;
  // Two semesters cannot start in the same month: the second would be empty.
  const clash = settings.semester1StartMonth === settings.semester2StartMonth;
  if (clash) {
    settings.semester1StartMonth = DEFAULT_SETTINGS.semester1StartMonth;
    settings.semester2StartMonth = DEFAULT_SETTINGS.semester2StartMonth;
  }
  // A pass mark above the excellent mark would grade a score both ways: neither can be right.
  const scores = { pass: Number(settings.passScore), excellent: Number(settings.excellentScore) };
  const inverted = scores.pass > scores.excellent;
  if (inverted) {
    settings.passScore = DEFAULT_SETTINGS.passScore;
    settings.excellentScore = DEFAULT_SETTINGS.excellentScore;
  }
  const language = lang ?? (settings.language as Lang);
  const checks = rows.map((_, i) => (unknownRows.has(i) ? t(language, "check.unknownSetting") : ""));
  for (const { row, spec, cell, parsed: p } of parsed) {
    if (p && "error" in p) {
      checks[row] = t(language, "check.badSetting", {
        value: textOf(cell),
        default: shownDefault(spec.key, language),
      });
    } else if (clash && (spec.key === "semester1StartMonth" || spec.key === "semester2StartMonth")) {
      checks[row] = t(language, "check.sameStartMonth");
    } else if (inverted && (spec.key === "passScore" || spec.key === "excellentScore")) {
      checks[row] = t(language, "check.scoreOrder", {
        ...scores,
        defaultPass: DEFAULT_SETTINGS.passScore,
        defaultExcellent: DEFAULT_SETTINGS.excellentScore,
      });
    }
  }
  return { settings: settings as unknown as Settings, checks };
}
