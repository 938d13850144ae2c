/**
 * The exercise editor: CodeMirror 6 with TypeScript highlighting, line numbers, bracket matching
 * and closing, undo history and the default keymap. Tab indents (`indentWithTab`); CodeMirror's
 * own escape hatch, Escape then Tab, moves focus on, and the component says so next to the
 * editor. Colours come from classes (`tok-*`, `classHighlighter`) styled in exercise.css, so they
 * follow the site's light and dark themes. A syntax error is shown as a lint diagnostic.
 */
import { closeBrackets, closeBracketsKeymap } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { javascript } from '@codemirror/lang-javascript';
import { bracketMatching, indentOnInput, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { classHighlighter } from '@lezer/highlight';

export interface EditorOptions {
  /** The code to start with. */
  doc: string;
  /** The accessible name of the editing area, e.g. "Your code for sigmoid". */
  label: string;
  /** Id of the element that describes the keys (Tab, Escape then Tab, Ctrl+Enter). */
  describedBy: string;
  /** Called after every change of the text. */
  onChange(code: string): void;
  /** Ctrl+Enter (Cmd+Enter): run the tests. */
  onRun(): void;
}

export interface CodeEditor {
  readonly view: EditorView;
  code(): string;
  /** Replaces the whole text as one undoable change (Ctrl+Z brings the old text back). */
  replace(code: string): void;
  /** Marks a syntax error at its 1-based `line` and `column` until the next change. */
  markError(message: string, line: number, column?: number): void;
  focus(): void;
}

/**
 * Mounts an editor in `parent`. Example: `createEditor(div, { doc: starter, label, describedBy, onChange, onRun })`.
 */
export function createEditor(parent: HTMLElement, options: EditorOptions): CodeEditor {
  let marked = false;
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: options.doc,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        history(),
        drawSelection(),
        indentOnInput(),
        bracketMatching(),
        closeBrackets(),
        highlightActiveLine(),
        syntaxHighlighting(classHighlighter),
        javascript({ typescript: true }),
        lintGutter(),
        EditorState.tabSize.of(2),
        // Long lines wrap rather than scroll sideways: on a phone the editor is ~300 px wide.
        EditorView.lineWrapping,
        keymap.of([
          { key: 'Mod-Enter', run: () => (options.onRun(), true) },
          ...closeBracketsKeymap,
          ...defaultKeymap,
          ...historyKeymap,
          ...lintKeymap,
          indentWithTab,
        ]),
        EditorView.contentAttributes.of({ 'aria-label': options.label, 'aria-describedby': options.describedBy }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged) return;
          options.onChange(update.state.doc.toString());
          if (marked) {
            marked = false;
            // A view cannot be updated from inside its own update.
            queueMicrotask(() => view.dispatch(setDiagnostics(view.state, [])));
          }
        }),
      ],
    }),
  });
  return {
    view,
    code: () => view.state.doc.toString(),
    replace(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code } });
    },
    markError(message, line, column = 1) {
      const doc = view.state.doc;
      const l = doc.line(Math.min(Math.max(1, line), doc.lines));
      const from = Math.min(l.from + Math.max(0, column - 1), l.to);
      const to = from < l.to ? from + 1 : from;
      view.dispatch(setDiagnostics(view.state, [{ from, to, severity: 'error', message }]));
      marked = true;
    },
    focus: () => view.focus(),
  };
}
