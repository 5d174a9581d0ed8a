/** Numbers and file sizes in the user's locale, with the formatters built once per locale. */
export class Formats {
  private readonly localeOf: () => string;
  private cached:
    | { locale: string; number: Intl.NumberFormat; kb: Intl.NumberFormat; mb: Intl.NumberFormat }
    | undefined;

  constructor(locale: () => string) {
    this.localeOf = locale;
  }

  /** `12345` → `12,345` (en), `12.345` (nl). */
  readonly number = (value: number): string => this.formats().number.format(value);

  /** A file size in kB or MB, one decimal at most. */
  readonly size = (bytes: number): string => {
    const { kb, mb } = this.formats();
    return bytes >= 1024 * 1024 ? mb.format(bytes / (1024 * 1024)) : kb.format(Math.max(0.1, bytes / 1024));
  };

  private formats() {
    const locale = this.localeOf();
    if (this.cached?.locale !== locale) {
      const unit = (unit: string) =>
        new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 });
      this.cached = {
        locale,
        number: new Intl.NumberFormat(locale),
        kb: unit('kilobyte'),
        mb: unit('megabyte'),
      };
    }
    return this.cached;
  }
}
