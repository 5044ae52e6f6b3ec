// GovSite article form (external file: the CSP forbids inline scripts).
// Turns the body's text area into a Quill 2 editor and writes the editor's HTML back into the text area (the `body`
// field) when the form is submitted; the server sanitises it again. Without JavaScript, or if Quill failed to load,
// the text area stays as it is. Also shows the interpretation form only for 政策解读 and the policy block only for
// 政策文件.
//
// Pasting from Word or WPS (issue 14, defect 4): alignment and the first-line indent become the classes the server
// keeps (align-center|right|justify, indent-first-2em; never a style attribute, which the CSP and the sanitiser
// refuse); a table is kept whole, with its header row as <th>, as one block the editor shows and does not edit;
// images from the local disk (file:, data:, blob:) cannot be read by the page and are refused with a message, images
// with a web address are kept.
(function () {
  'use strict';

  var LABELS = {
    'ql-bold': '加粗', 'ql-italic': '倾斜', 'ql-underline': '下划线', 'ql-link': '插入链接', 'ql-blockquote': '引用',
    'ql-clean': '清除格式', 'ql-list[value=ordered]': '编号列表', 'ql-list[value=bullet]': '项目符号列表',
    'ql-align': '对齐方式', 'ql-header': '段落格式'
  };

  function toggleKindFields(form) {
    var kind = form.querySelector('[data-article-kind]');
    if (!kind) {
      return;
    }
    var apply = function () {
      form.querySelectorAll('.interpretation-only').forEach(function (el) {
        el.hidden = kind.value !== 'INTERPRETATION';
      });
      form.querySelectorAll('.policy-block').forEach(function (el) {
        el.hidden = kind.value !== 'POLICY';
      });
    };
    kind.addEventListener('change', apply);
    apply();
  }

  function nameToolbar(toolbar) {
    Object.keys(LABELS).forEach(function (key) {
      var selector = 'button.' + key;
      toolbar.querySelectorAll(selector).forEach(function (button) {
        button.setAttribute('aria-label', LABELS[key]);
        button.setAttribute('title', LABELS[key]);
      });
    });
    toolbar.querySelectorAll('.ql-picker-label').forEach(function (label) {
      label.setAttribute('aria-label', '段落格式');
    });
    toolbar.setAttribute('role', 'toolbar');
    toolbar.setAttribute('aria-label', '正文格式工具栏');
  }

  var registered = false;

  /** Alignment and first-line indent as classes, and a table block: registered once, before the first editor. */
  function registerFormats(Quill) {
    if (registered) {
      return;
    }
    registered = true;
    var Parchment = Quill.import('parchment');
    var BlockEmbed = Quill.import('blots/block/embed');
    Quill.register('formats/align', new Parchment.ClassAttributor('align', 'align',
      { scope: Parchment.Scope.BLOCK, whitelist: ['right', 'center', 'justify'] }), true);
    Quill.register('formats/indent-first', new Parchment.ClassAttributor('indent-first', 'indent-first',
      { scope: Parchment.Scope.BLOCK, whitelist: ['2em'] }), true);

    class TableBlock extends BlockEmbed {
      static create(html) {
        var node = super.create();
        node.setAttribute('contenteditable', 'false');
        node.innerHTML = html;
        return node;
      }
      static value(node) {
        return node.innerHTML;
      }
      html() {
        return this.domNode.innerHTML;
      }
    }
    TableBlock.blotName = 'gov-table';
    TableBlock.tagName = 'DIV';
    TableBlock.className = 'gov-table';
    Quill.register(TableBlock, true);
  }

  /** A clean copy of a pasted table: rows and cells, spans, header cells (th) for a header row; text, line breaks. */
  function cleanTable(table) {
    var clean = document.createElement('table');
    var rows = Array.prototype.slice.call(table.querySelectorAll('tr'));
    var body = document.createElement('tbody');
    rows.forEach(function (row, r) {
      var cells = Array.prototype.slice.call(row.children).filter(function (c) {
        return c.tagName === 'TD' || c.tagName === 'TH';
      });
      // Word marks a header row as <thead>, as <th>, or (most often) by making every cell of the first row bold
      var header = row.parentNode.tagName === 'THEAD' || cells.every(function (c) { return c.tagName === 'TH'; })
        || (r === 0 && rows.length > 1 && cells.length > 0 && cells.every(function (c) {
          var text = c.textContent.trim();
          var bold = Array.prototype.slice.call(c.querySelectorAll('b, strong')).map(function (b) {
            return b.textContent.trim();
          }).join('');
          return text !== '' && bold.replace(/\s+/g, '') === text.replace(/\s+/g, '');
        }));
      var tr = document.createElement('tr');
      cells.forEach(function (cell) {
        var out = document.createElement(header ? 'th' : 'td');
        if (header) {
          out.setAttribute('scope', 'col');
        }
        ['colspan', 'rowspan'].forEach(function (name) {
          var value = parseInt(cell.getAttribute(name), 10);
          if (value > 1 && value < 100) {
            out.setAttribute(name, String(value));
          }
        });
        var align = alignOf(cell) || (cell.querySelector('p') && alignOf(cell.querySelector('p')));
        if (align) {
          out.className = 'align-' + align;
        }
        var lines = Array.prototype.slice.call(cell.querySelectorAll('p')).map(function (p) {
          return p.textContent.replace(/\s+/g, ' ').trim();
        }).filter(function (line) { return line !== ''; });
        if (lines.length === 0) {
          lines = [cell.textContent.replace(/\s+/g, ' ').trim()];
        }
        lines.forEach(function (line, i) {
          if (i > 0) {
            out.appendChild(document.createElement('br'));
          }
          out.appendChild(document.createTextNode(line));
        });
        tr.appendChild(out);
      });
      if (header && r === 0) {
        var head = document.createElement('thead');
        head.appendChild(tr);
        clean.appendChild(head);
      } else {
        body.appendChild(tr);
      }
    });
    clean.appendChild(body);
    return clean.outerHTML;
  }

  /** center, right or justify from the align attribute (Word's own, or the one withoutStyles wrote); null otherwise. */
  function alignOf(node) {
    var value = (node.getAttribute('align') || '').toLowerCase();
    return ['center', 'right', 'justify'].indexOf(value) >= 0 ? value : null;
  }

  /**
   * The pasted HTML without style attributes and style sheets, which the console's CSP refuses (each one a console
   * error, and the browser then hides them from the page's scripts): the two properties worth keeping are read from
   * the attribute's text first — text-align becomes an align attribute, a positive text-indent a data-indent-first.
   */
  function withoutStyles(html) {
    return html.replace(/<style[\s\S]*?<\/style>/gi, '')
      .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, function (attribute, quoted) {
        var css = quoted.replace(/^["']|["']$/g, '').replace(/&quot;/g, '"');
        var kept = '';
        var align = /(?:^|;)\s*text-align\s*:\s*(center|right|justify)/i.exec(css);
        if (align) {
          kept += ' align="' + align[1].toLowerCase() + '"';
        }
        var indent = /(?:^|;)\s*text-indent\s*:\s*([0-9.]+)/i.exec(css);
        if (indent && parseFloat(indent[1]) > 0) {
          kept += ' data-indent-first="2em"';
        }
        return kept;
      });
  }

  function attachEditor(form) {
    var source = form.querySelector('textarea[data-editor]');
    if (!source || typeof window.Quill !== 'function') {
      return;
    }
    registerFormats(window.Quill);
    var holder = document.createElement('div');
    holder.className = 'body-editor';
    source.parentNode.insertBefore(holder, source);
    var quill = new window.Quill(holder, {
      theme: 'snow',
      modules: {
        toolbar: [[{ header: [2, 3, false] }], ['bold', 'italic', 'underline'], [{ align: [] }],
          [{ list: 'ordered' }, { list: 'bullet' }], ['blockquote', 'link'], ['clean']]
      }
    });
    var Delta = window.Quill.import('delta');
    var notice = document.createElement('p');
    notice.className = 'paste-notice';
    notice.setAttribute('role', 'status');
    notice.hidden = true;
    var refusedImages = 0;
    quill.clipboard.addMatcher('TABLE', function (node) {
      return new Delta().insert({ 'gov-table': cleanTable(node) });
    });
    quill.clipboard.addMatcher('IMG', function (node, delta) {
      var src = node.getAttribute('src') || '';
      if (/^(https?:\/\/|\/)/i.test(src)) {
        return delta;
      }
      refusedImages++;
      return new Delta();
    });
    quill.clipboard.addMatcher(Node.ELEMENT_NODE, function (node, delta) {
      if (!/^(P|DIV|H[1-6]|LI)$/.test(node.tagName)) {
        return delta;
      }
      var formats = {};
      var align = alignOf(node);
      if (align) {
        formats.align = align;
      }
      // Word writes 首行缩进 as a positive text-indent (21pt, 2em, 0.74cm …): withoutStyles marked it
      if (node.getAttribute('data-indent-first')) {
        formats['indent-first'] = '2em';
      }
      if (Object.keys(formats).length === 0) {
        return delta;
      }
      // block formats belong on the line's end: add them to every newline of the block, or end the block with one
      var ops = delta.ops.map(function (op) {
        if (typeof op.insert === 'string' && op.insert.indexOf('\n') >= 0) {
          return { insert: op.insert, attributes: Object.assign({}, op.attributes, formats) };
        }
        return op;
      });
      var result = new Delta(ops);
      var last = ops[ops.length - 1];
      if (!last || typeof last.insert !== 'string' || last.insert.slice(-1) !== '\n') {
        result = result.insert('\n', formats);
      }
      return result;
    });
    // Rich pastes go through withoutStyles before Quill parses them (capture phase: before Quill's own handler).
    quill.root.addEventListener('paste', function (event) {
      refusedImages = 0;
      var data = event.clipboardData;
      var html = data ? data.getData('text/html') : '';
      if (html) {
        event.preventDefault();
        event.stopImmediatePropagation();
        var range = quill.getSelection(true);
        quill.deleteText(range.index, range.length, 'user');
        var before = quill.getLength();
        quill.clipboard.dangerouslyPasteHTML(range.index, withoutStyles(html), 'user');
        quill.setSelection(range.index + quill.getLength() - before, 0, 'silent');
      }
      notice.hidden = refusedImages === 0;
      notice.textContent = refusedImages === 0 ? '' : '粘贴内容中有 ' + refusedImages
        + ' 张图片来自本机文件，网页无法读取，未能粘贴。请先把图片作为附件上传，或在正文中插入图片的网址。';
    }, true);
    holder.parentNode.insertBefore(notice, holder.nextSibling);
    if (source.value.trim() !== '') {
      quill.setContents(quill.clipboard.convert({ html: source.value }), 'silent');
    }
    var editable = quill.root;
    editable.setAttribute('role', 'textbox');
    editable.setAttribute('aria-multiline', 'true');
    editable.setAttribute('aria-labelledby', 'body-label');
    var described = source.getAttribute('aria-describedby');
    if (described) {
      editable.setAttribute('aria-describedby', described);
    }
    if (source.getAttribute('aria-invalid') === 'true') {
      editable.setAttribute('aria-invalid', 'true');
    }
    var toolbar = holder.previousElementSibling;
    if (toolbar && toolbar.classList.contains('ql-toolbar')) {
      nameToolbar(toolbar);
    }
    // The label points at the hidden text area; send clicks on it to the editor.
    var label = form.querySelector('#body-label');
    if (label) {
      label.addEventListener('click', function (event) {
        event.preventDefault();
        quill.focus();
      });
    }
    source.closest('.editor-wrap').classList.add('js-editor');
    form.addEventListener('submit', function () {
      if (quill.getText().trim() === '' && !editable.querySelector('img')) {
        source.value = '';
        return;
      }
      // Semantic HTML (real <ul>/<ol>, no editor classes); Quill 2.0 writes every space as &nbsp; there.
      source.value = quill.getSemanticHTML().replace(/&nbsp;/g, ' ');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form.article-form').forEach(function (form) {
      toggleKindFields(form);
      attachEditor(form);
    });
  });
})();
