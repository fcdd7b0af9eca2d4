/**
 * What the date, platform and category cells of Recap's own files mean, remembered per
 * file: rows repeat the same few dates and platforms thousands of times. A platform,
 * campaign and category together name a row group, the series its values go to.
 */
import { parseIsoDate, type Calendar, type Day, type Month } from '../model/calendar.ts';
import { ALL_PLATFORMS, COST_CATEGORIES } from '../model/metrics.ts';
import type { Series } from '../model/series.ts';
import { inWindow, type DateWindow } from './date-window.ts';
import { toAsciiDigits } from './numbers.ts';

const PLATFORM_SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** A date cell: a day or a month, whether it lies in the client's window, and whether it is after today. */
export type ParsedDate = ({ day: Day; month: null } | { day: null; month: Month }) & {
  readonly inWindow: boolean;
  readonly future: boolean;
};

export interface PlatformSeries {
  readonly slug: string;
  /** The platform's row groups by campaign and category. */
  readonly byCampaign: Map<string, RowGroup>;
}

/** What a row's platform, campaign and category cells name: the series its cells go to. */
export interface RowGroup {
  readonly platform: string;
  readonly campaign: string;
  readonly category: string;
  /** The group's series by slot, made when a slot first has a value. */
  readonly series: Array<Series | undefined>;
}

export class DimensionCells {
  readonly #calendar: Calendar;
  readonly #window: DateWindow;
  readonly #dates = new Map<string, ParsedDate | null>();
  /** Each platform cell as written, with the platform's series by campaign and slot; null when not a platform. */
  readonly #platforms = new Map<string, PlatformSeries | null>();
  #lastDateText: string | null = null;
  #lastDate: ParsedDate | null = null;
  #lastPlatformText: string | null = null;
  #lastPlatform: PlatformSeries | null = null;

  constructor(calendar: Calendar, window: DateWindow) {
    this.#calendar = calendar;
    this.#window = window;
  }

  /** A date cell as written: a day or a month of the client's calendar; null when it is neither. */
  date(raw: string): ParsedDate | null {
    // Consecutive rows usually share a date; comparing with the last one is cheaper than hashing.
    if (raw === this.#lastDateText) return this.#lastDate;
    let parsed = this.#dates.get(raw);
    if (parsed === undefined) {
      const ascii = toAsciiDigits(raw.trim());
      const day = parseIsoDate(ascii);
      const month = day === null ? this.#calendar.parseMonth(ascii) : null;
      parsed = day !== null ? this.#placedDay(day) : month ? this.#placedMonth(month) : null;
      this.#dates.set(raw, parsed);
    }
    this.#lastDateText = raw;
    this.#lastDate = parsed;
    return parsed;
  }

  #placedDay(day: Day): ParsedDate {
    const window = this.#window;
    return { day, month: null, inWindow: inWindow(window, day, day), future: day > window.today };
  }

  /** A month lies in the window when any of its days does; it is in the future when it starts after today. */
  #placedMonth(month: Month): ParsedDate {
    const calendar = this.#calendar;
    const window = this.#window;
    // Years far out are refused before the calendar is asked for their days.
    if (month.year < 1000 || month.year > 3000) return { day: null, month, inWindow: false, future: false };
    const first = calendar.firstDay(month);
    const last = calendar.lastDay(month);
    return {
      day: null,
      month,
      inWindow: last >= window.earliest && first <= window.latest,
      future: first > window.today,
    };
  }

  /** The platform of a cell as written; null when it is not a platform name. */
  platform(raw: string): PlatformSeries | null {
    if (raw === this.#lastPlatformText) return this.#lastPlatform;
    let platform = this.#platforms.get(raw);
    if (platform === undefined) {
      const slug = raw.trim().toLowerCase();
      platform = slug !== ALL_PLATFORMS && PLATFORM_SLUG.test(slug) ? this.#platformSeries(slug) : null;
      this.#platforms.set(raw, platform);
    }
    this.#lastPlatformText = raw;
    this.#lastPlatform = platform;
    return platform;
  }

  /** One object per platform slug, however its cells are written (Facebook, facebook). */
  #platformSeries(slug: string): PlatformSeries {
    for (const known of this.#platforms.values()) if (known?.slug === slug) return known;
    return { slug, byCampaign: new Map() };
  }

  /** A cost category as written, '' for none; null when it is not one. */
  readonly category = (raw: string): string | null => {
    const category = raw.trim().toLowerCase();
    return category === '' || (COST_CATEGORIES as readonly string[]).includes(category) ? category : null;
  };

  group(platformSeries: PlatformSeries, campaign: string, category: string): RowGroup {
    const key = category ? `${campaign}\u0000${category}` : campaign;
    let group = platformSeries.byCampaign.get(key);
    if (!group) {
      group = { platform: platformSeries.slug, campaign, category, series: [] };
      platformSeries.byCampaign.set(key, group);
    }
    return group;
  }
}
