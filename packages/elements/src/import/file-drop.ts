import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The import's way in: the file input (by its ref) and the drop zone around it. A file picked or
 * dropped goes to `onFile`; while files are dragged over the zone, {@link FileDrop.dragging} is true.
 */
export class FileDrop implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly onFile: (file: File) => void;
  private input: HTMLInputElement | undefined;
  private over = false;

  constructor(host: ReactiveControllerHost, onFile: (file: File) => void) {
    this.host = host;
    this.onFile = onFile;
    host.addController(this);
  }

  /** Files are being dragged over the drop zone. */
  get dragging(): boolean {
    return this.over;
  }

  /** The file input, while it is on screen. */
  get fileInput(): HTMLInputElement | undefined {
    return this.input;
  }

  hostDisconnected(): void {
    this.setDragging(false);
  }

  /** Bind with `ref()`. A template going away calls it with undefined, maybe after the next one set it. */
  readonly inputRef = (element: Element | undefined): void => {
    if (element instanceof HTMLInputElement) this.input = element;
    else if (!this.input?.isConnected) this.input = undefined;
  };

  readonly onPick = (event: Event): void => {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (file) this.onFile(file);
  };

  /** `dragenter` and `dragover`: accept files (only files), as a copy. */
  readonly onDrag = (event: DragEvent): void => {
    if (!event.dataTransfer?.types.includes('Files')) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    this.setDragging(true);
  };

  readonly onDragLeave = (event: DragEvent): void => {
    const zone = event.currentTarget as HTMLElement;
    if (!(event.relatedTarget instanceof Node && zone.contains(event.relatedTarget))) this.setDragging(false);
  };

  readonly onDrop = (event: DragEvent): void => {
    event.preventDefault();
    this.setDragging(false);
    const file = event.dataTransfer?.files[0];
    if (file) this.onFile(file);
  };

  private setDragging(dragging: boolean): void {
    if (this.over === dragging) return;
    this.over = dragging;
    this.host.requestUpdate();
  }
}
