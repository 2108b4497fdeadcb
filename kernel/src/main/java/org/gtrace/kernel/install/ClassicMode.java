package org.gtrace.kernel.install;

import java.util.List;
import java.util.stream.Collectors;
import org.gtrace.grammar.parse.Keywords;

/**
 * {@code kernel.js} for the classic Notebook 6, which loads it from the kernelspec: a CodeMirror 5
 * simple mode with the lexer's own keywords, so cells are highlighted and Ctrl+/ comments with
 * '#'. JupyterLab 4 and Notebook 7 use the lab extension instead.
 */
public final class ClassicMode {

    private ClassicMode() {}

    public static String kernelJs() {
        return kernelJs(Keywords.all());
    }

    static String kernelJs(List<String> keywords) {
        String words = keywords.stream().map(w -> "'" + w + "'").collect(Collectors.joining(", "));
        return """
                // Written by `gtrace install`; the keywords come from the G-TRACE grammar.
                define(['codemirror/lib/codemirror', 'codemirror/addon/mode/simple', 'base/js/namespace'], function (CodeMirror, _, Jupyter) {
                  'use strict';
                  var keywords = [%s];
                  CodeMirror.defineSimpleMode('gtrace', {
                    start: [
                      {regex: /#.*/, token: 'comment'},
                      {regex: /%%%%?[A-Za-z]\\w*/, sol: true, token: 'meta'},
                      {regex: /"(?:[^"\\\\]|\\\\.)*"?/, token: 'string'},
                      {regex: /\\d+x\\d+|(?:\\d[\\d_]*(?:\\.\\d+)?|\\.\\d+)(?:[eE][-+]?\\d+)?[KMBT]?%%?/, token: 'number'},
                      {regex: new RegExp('\\\\b(?:' + keywords.join('|') + ')\\\\b'), token: 'keyword'},
                      {regex: /[A-Za-z_][\\w.-]*/, token: 'variable'}
                    ],
                    meta: {lineComment: '#'}
                  });
                  CodeMirror.defineMIME('text/x-gtrace', 'gtrace');
                  return {
                    onload: function () {
                      // cells opened before this loaded keep the plain mode unless told
                      if (Jupyter.notebook) Jupyter.notebook.set_codemirror_mode('gtrace');
                    }
                  };
                });
                """.formatted(words);
    }
}
