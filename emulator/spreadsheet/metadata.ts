/** Developer metadata on the spreadsheet or on a sheet. */
import { signatureMismatch } from '../errors';
import { DeveloperMetadataVisibility, enumName } from '../enums';
import { classSpec } from '../expose';
import type { SheetsContext } from './context';
import type { MetadataModel, WorkbookModel } from './model';

const METHODS = ['getId', 'getKey', 'getValue', 'getVisibility', 'setKey', 'setValue', 'remove'] as const;
type GMetadata = GoogleAppsScript.Spreadsheet.DeveloperMetadata;
const DEVELOPER_METADATA = classSpec<GMetadata>()('SpreadsheetApp', 'DeveloperMetadata', METHODS);

const FINDER_METHODS = ['withKey', 'withValue', 'withId', 'find'] as const;
type GFinder = GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder;
export const DEVELOPER_METADATA_FINDER = classSpec<GFinder>()('SpreadsheetApp', 'DeveloperMetadataFinder', FINDER_METHODS);

class DeveloperMetadataImpl implements Pick<GMetadata, typeof METHODS[number]> {
  constructor(private readonly owner: MetadataModel[], private readonly model: MetadataModel) {}

  getId(): number {
    return this.model.id;
  }

  getKey(): string {
    return this.model.key;
  }

  getValue(): string | null {
    return this.model.value;
  }

  getVisibility(): GoogleAppsScript.Spreadsheet.DeveloperMetadataVisibility {
    return DeveloperMetadataVisibility[this.model.visibility];
  }

  setKey(key: string): GMetadata {
    this.model.key = String(key);
    return this as unknown as GMetadata;
  }

  setValue(value: string): GMetadata {
    this.model.value = String(value);
    return this as unknown as GMetadata;
  }

  remove(): void {
    const index = this.owner.indexOf(this.model);
    if (index >= 0) this.owner.splice(index, 1);
  }
}

export function exposeMetadata(context: SheetsContext, owner: MetadataModel[], model: MetadataModel): GMetadata {
  return context.env.expose(new DeveloperMetadataImpl(owner, model), DEVELOPER_METADATA);
}

/** The overloads (key), (key, visibility), (key, value), (key, value, visibility). */
export function addMetadata(workbook: WorkbookModel, owner: MetadataModel[], args: readonly unknown[], method: string): void {
  const [key, second, third] = args;
  if (typeof key !== 'string' || args.length > 3) signatureMismatch(method, args);
  const secondIsVisibility = enumName(second, 'DeveloperMetadataVisibility') !== null;
  const value = second === undefined || secondIsVisibility ? null : String(second);
  const visibility = enumName(secondIsVisibility ? second : third, 'DeveloperMetadataVisibility') ?? 'DOCUMENT';
  owner.push({ id: workbook.nextMetadataId++, key, value, visibility: visibility as MetadataModel['visibility'] });
}

export class DeveloperMetadataFinderImpl implements Pick<GFinder, typeof FINDER_METHODS[number]> {
  private readonly filters: Array<(model: MetadataModel) => boolean> = [];

  constructor(private readonly context: SheetsContext, private readonly owners: () => MetadataModel[][]) {}

  withKey(key: string): GFinder {
    this.filters.push((model) => model.key === key);
    return this as unknown as GFinder;
  }

  withValue(value: string): GFinder {
    this.filters.push((model) => model.value === value);
    return this as unknown as GFinder;
  }

  withId(id: number): GFinder {
    this.filters.push((model) => model.id === id);
    return this as unknown as GFinder;
  }

  find(): GMetadata[] {
    const found: GMetadata[] = [];
    for (const owner of this.owners()) {
      for (const model of owner) if (this.filters.every((keep) => keep(model))) found.push(exposeMetadata(this.context, owner, model));
    }
    return found;
  }
}
