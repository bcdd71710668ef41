/**
 * What the script holds is never an emulator object itself but a proxy that
 * offers exactly the methods Google's class has (and that the emulator
 * implements): anything else reads as undefined, as on Google. Every call
 * through it passes the runtime's hooks, which count it, enforce the execution
 * context (no UI from a trigger…) and hand errors over in the script's realm.
 * Calls the emulator makes on its own objects go to the raw object and are
 * not counted.
 */

export interface ClassSpec<G, M extends keyof G & string = keyof G & string> {
  /** Google's service, for signature errors: 'SpreadsheetApp'. */
  readonly service: string;
  /** Google's class: 'Range'. Calls are counted as 'Range.getValues'. */
  readonly name: string;
  readonly methods: readonly M[];
  /** Non-method members, e.g. `Ui.Button`. */
  readonly constants: readonly (keyof G & string)[];
}

export function classSpec<G>() {
  return <const M extends keyof G & string>(
    service: string, name: string, methods: readonly M[], constants: readonly (keyof G & string)[] = [],
  ): ClassSpec<G, M> => ({ service, name, methods, constants });
}

export interface ServiceCall {
  /** 'Range.getValues'. */
  readonly key: string;
  readonly spec: ClassSpec<unknown, never>;
  readonly method: string;
  readonly raw: object;
  readonly args: readonly unknown[];
}

export interface CallHooks {
  /** Before the call; throwing here refuses it (it never starts). */
  before(call: ServiceCall): void;
  /** Once a call that started has ended, whether it succeeded or failed. */
  settle(call: ServiceCall): void;
  after(call: ServiceCall, result: unknown): void;
  /** Turns an error thrown by the service into what the script should catch. */
  translate(error: unknown): unknown;
}

type AnyClass<T> = abstract new (...args: never[]) => T;

export class Exposer {
  private readonly proxies = new WeakMap<object, object>();
  private readonly raws = new WeakMap<object, object>();

  constructor(private readonly hooks: CallHooks) {}

  expose<G, M extends keyof G & string>(raw: Pick<G, M>, spec: ClassSpec<G, M>): G {
    const existing = this.proxies.get(raw as object);
    if (existing) return existing as G;
    const target = raw as unknown as Record<string, unknown>;
    const methods = new Set<string>(spec.methods);
    const constants = new Set<string>(spec.constants);
    const wrappers = new Map<string, (...args: unknown[]) => unknown>();
    const hooks = this.hooks;
    const untyped = spec as unknown as ClassSpec<unknown, never>;
    const proxy: object = new Proxy(target, {
      get(_target, property) {
        if (typeof property === 'symbol') return property === Symbol.toStringTag ? spec.name : undefined;
        if (property === 'toString') return () => spec.name;
        if (constants.has(property)) return target[property];
        if (!methods.has(property)) return undefined;
        let wrapper = wrappers.get(property);
        if (!wrapper) {
          wrapper = (...args: unknown[]): unknown => {
            const call: ServiceCall = { key: `${spec.name}.${property}`, spec: untyped, method: property, raw: target, args };
            let result: unknown;
            try {
              hooks.before(call);
            } catch (error) {
              throw hooks.translate(error);
            }
            try {
              result = (target[property] as (...a: unknown[]) => unknown).apply(target, args);
            } catch (error) {
              throw hooks.translate(error);
            } finally {
              hooks.settle(call);
            }
            hooks.after(call, result);
            return result === target ? proxy : result;
          };
          wrappers.set(property, wrapper);
        }
        return wrapper;
      },
      has: (_target, property) => typeof property === 'string' && (methods.has(property) || constants.has(property)),
      ownKeys: () => [],
      getOwnPropertyDescriptor: () => undefined,
      set: () => true,
      defineProperty: () => true,
      deleteProperty: () => true,
    });
    this.proxies.set(raw as object, proxy);
    this.raws.set(proxy, raw as object);
    return proxy as G;
  }

  /** The emulator object behind something the script handed back, or null if it is not one of `type`. */
  unwrap<T>(value: unknown, type: AnyClass<T>): T | null {
    if (typeof value !== 'object' || value === null) return null;
    const raw = this.raws.get(value) ?? value;
    return raw instanceof type ? raw : null;
  }
}
