import { INotebookTracker, Notebook, NotebookPanel } from '@jupyterlab/notebook';

/** The output metadata key the kernel marks its progress lines with. */
export const PROGRESS = 'gtrace/progress';

/** Kernel states after which no running cell will take its progress line out itself. */
const GONE = new Set(['restarting', 'autorestarting', 'dead', 'terminating', 'unknown']);

/**
 * Takes the kernel's progress lines out of a notebook when its kernel restarts or dies, and before
 * each save. The kernel removes its own line when a cell ends or is interrupted; a restart cancels
 * the cell's messages in the browser, so that line would stay, and be saved, without this.
 */
export function dropStaleProgress(tracker: INotebookTracker): void {
  tracker.widgetAdded.connect((_, panel: NotebookPanel) => {
    panel.sessionContext.statusChanged.connect((_, status) => {
      if (GONE.has(status)) removeProgress(panel.content);
    });
    panel.context.saveState.connect((_, state) => {
      if (state === 'started') removeProgress(panel.content);
    });
  });
}

function removeProgress(notebook: Notebook): void {
  const cells = notebook.model?.cells;
  if (!cells) return;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells.get(c);
    if (cell.type !== 'code') continue;
    const outputs = (cell as any).outputs;
    const isProgress = (o: { metadata?: Record<string, unknown> }) => !!o.metadata?.[PROGRESS];
    if (typeof outputs.remove !== 'function') {
      // JupyterLab before 4.1 has no remove: keep the others
      const all = outputs.toJSON();
      if (all.some(isProgress)) {
        outputs.clear();
        outputs.fromJSON(all.filter((o: any) => !isProgress(o)));
      }
      continue;
    }
    for (let i = outputs.length - 1; i >= 0; i--) {
      if (isProgress({ metadata: outputs.get(i).metadata })) outputs.remove(i);
    }
  }
}
