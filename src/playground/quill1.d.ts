/**
 * Types for `quill1`, the project's npm alias of quill@1.3.7 (the Quill major LinkedIn ships; 1.x has no types of
 * its own). Only what the playground's LinkedIn fixture uses, plus the two internals it adapts for a shadow root.
 */
declare module 'quill1' {
  export type Sources = 'api' | 'user' | 'silent';

  export interface RangeStatic {
    index: number;
    length: number;
  }

  export interface QuillOptions {
    placeholder?: string;
    readOnly?: boolean;
    theme?: string;
    formats?: string[];
    bounds?: HTMLElement | string;
    scrollingContainer?: HTMLElement | string | null;
    modules?: Record<string, unknown>;
  }

  /** Quill 1's history module (`quill.history`): delay, maxStack and userOnly are its options. */
  export interface History {
    readonly options: { delay: number; maxStack: number; userOnly: boolean };
    clear(): void;
    cutoff(): void;
    undo(): void;
    redo(): void;
  }

  /** Internal (quill/core/selection.js): the methods that read and write the DOM selection. */
  export interface QuillSelection {
    hasFocus(): boolean;
    getNativeRange(): unknown;
    setNativeRange(...args: unknown[]): void;
    update(source?: Sources): void;
  }

  /** Internal (quill/core/emitter.js): Quill routes document-level DOM events to its instances through this. */
  export interface QuillEmitter {
    handleDOM(event: Event): void;
  }

  export default class Quill {
    constructor(container: HTMLElement | string, options?: QuillOptions);
    readonly root: HTMLDivElement;
    readonly container: HTMLDivElement;
    readonly history: History;
    readonly selection: QuillSelection;
    readonly emitter: QuillEmitter;
    static readonly version: string;
    getText(index?: number, length?: number): string;
    getLength(): number;
    setText(text: string, source?: Sources): unknown;
    insertText(index: number, text: string, source?: Sources): unknown;
    deleteText(index: number, length: number, source?: Sources): unknown;
    getSelection(focus?: boolean): RangeStatic | null;
    setSelection(index: number, length?: number, source?: Sources): void;
    focus(): void;
    blur(): void;
    hasFocus(): boolean;
    enable(enabled?: boolean): void;
    on(event: 'text-change', handler: (delta: unknown, oldContents: unknown, source: Sources) => void): this;
    on(
      event: 'selection-change',
      handler: (range: RangeStatic | null, oldRange: RangeStatic | null, source: Sources) => void,
    ): this;
  }
}
