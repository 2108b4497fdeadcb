import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { IEditorLanguageRegistry } from '@jupyterlab/codemirror';
import { INotebookTracker } from '@jupyterlab/notebook';
import { LanguageSupport, syntaxHighlighting } from '@codemirror/language';
import { classHighlighter } from '@lezer/highlight';
import { gtrace } from './language';
import { dropStaleProgress } from './progress';

/** The MIME type the kernel's language_info names; codemirror_mode 'gtrace' finds it by name too. */
export const MIME = 'text/x-gtrace';

const plugin: JupyterFrontEndPlugin<void> = {
  id: 'gtrace-jupyterlab:language',
  description: 'Highlighting and comment toggling for G-TRACE cells and .gtrace files; no progress line outlives its kernel',
  autoStart: true,
  requires: [IEditorLanguageRegistry],
  optional: [INotebookTracker],
  activate: (app: JupyterFrontEnd, languages: IEditorLanguageRegistry, notebooks: INotebookTracker | null) => {
    languages.addLanguage({
      name: 'gtrace',
      displayName: 'G-TRACE',
      mime: MIME,
      extensions: ['gtrace'],
      // classHighlighter adds stable tok-* classes beside the theme's colours, for tests and user CSS
      support: new LanguageSupport(gtrace, [syntaxHighlighting(classHighlighter)])
    });
    app.docRegistry.addFileType({
      name: 'gtrace',
      displayName: 'G-TRACE program',
      extensions: ['.gtrace'],
      mimeTypes: [MIME]
    });
    if (notebooks) dropStaleProgress(notebooks);
  }
};

export default plugin;
