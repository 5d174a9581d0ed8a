/**
 * Which links are selected, by id. It outlives paging (loading more keeps it) and is cleared when
 * the filters change, so an action never touches links the user can no longer see.
 */
export class SelectionModel {
  private readonly ids = new Set<string>();

  get size(): number {
    return this.ids.size;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  /** The selected ids, in the order they were selected. */
  values(): string[] {
    return [...this.ids];
  }

  set(id: string, selected: boolean): void {
    if (selected) this.ids.add(id);
    else this.ids.delete(id);
  }

  /** Selects every id given (the loaded rows). */
  selectAll(ids: Iterable<string>): void {
    for (const id of ids) this.ids.add(id);
  }

  clear(): void {
    this.ids.clear();
  }

  /** Drops ids that are gone (deleted, archived out of the view). */
  drop(ids: Iterable<string>): void {
    for (const id of ids) this.ids.delete(id);
  }

  /** `all` when every one of `loaded` is selected, `some` when a part is, else `none`. */
  coverage(loaded: readonly { id: string }[]): 'all' | 'some' | 'none' {
    if (this.ids.size === 0 || loaded.length === 0) return 'none';
    let count = 0;
    for (const link of loaded) if (this.ids.has(link.id)) count++;
    if (count === 0) return 'none';
    return count === loaded.length ? 'all' : 'some';
  }
}
