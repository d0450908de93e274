import { bandsText } from "./bands.ts";
import { type Lang, t } from "./labels.ts";
import type { Settings } from "./settings.ts";

/**
 * A setting's value as the Settings tab writes it and a document shows it: `50%` for a share,
 * 中文 / English for the language, the words of a choice, bands as `红旗 85；蓝旗 75`; blank for
 * a blank text.
 *
 * @example
 * settingText("bannerQuota", DEFAULT_SETTINGS, "zh") //=> "5%"
 * settingText("rankBy", DEFAULT_SETTINGS, "en") //=> "mean score"
 */
export function settingText(key: keyof Settings, settings: Settings, lang: Lang): string {
  const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;
  switch (key) {
    case "excellentShare":
      return percent(settings.excellentShare);
    case "language":
      return settings.language === "en" ? "English" : "中文";
    case "rankBy":
      return t(lang, `rankBy.${settings.rankBy}`);
    case "bannerFor":
      return t(lang, `bannerFor.${settings.bannerFor}`);
    case "bannerQuota":
      return settings.bannerQuota.kind === "share"
        ? percent(settings.bannerQuota.value)
        : String(settings.bannerQuota.value);
    case "bands":
      return bandsText(settings.bands, lang);
    default: {
      const value = settings[key];
      return value === undefined ? "" : String(value);
    }
  }
}
