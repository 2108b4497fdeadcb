import { JupyterFrontEnd, JupyterFrontEndPlugin } from '@jupyterlab/application';
import { IEditorLanguageRegistry } from '@jupyterlab/codemirror';
import { INotebookTracker } from '@jupyterlab/notebook';
import { IMainMenu } from '@jupyterlab/mainmenu';
import { PageConfig, URLExt } from '@jupyterlab/coreutils';
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
  optional: [INotebookTracker, IMainMenu],
  activate: (
    app: JupyterFrontEnd,
    languages: IEditorLanguageRegistry,
    notebooks: INotebookTracker | null,
    menu: IMainMenu | null
  ) => {
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
    if (menu) addHelp(app, menu);
  }
};

/** The project's own docs, rendered at build time into this extension's static folder. */
const DOCS = [
  { id: 'gtrace:language-reference', label: 'G-TRACE language reference', page: 'language.html' },
  { id: 'gtrace:methodology', label: 'G-TRACE methodology', page: 'methodology.html' }
];

function addHelp(app: JupyterFrontEnd, menu: IMainMenu): void {
  for (const doc of DOCS) {
    app.commands.addCommand(doc.id, {
      label: doc.label,
      execute: () => {
        const url = URLExt.join(PageConfig.getBaseUrl(), 'lab/extensions/gtrace-jupyterlab/static/docs', doc.page);
        window.open(url, '_blank', 'noopener');
      }
    });
  }
  menu.helpMenu.addGroup(DOCS.map(d => ({ command: d.id })), 20);
}

export default plugin;
