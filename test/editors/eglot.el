;;; eglot.el --- drives eglot in Emacs --batch, the README's configuration loaded first  -*- lexical-binding: t -*-
;; Opens the sample, hovers its code (what eldoc shows), picks the quick fix, searches the catalog
;; (xref-find-apropos's backend), reads the problems of a log (flymake), then meets the folder's team
;; catalog (a code it adds, a remedy it overrides, a number it silences, its code in the look-up).
;; Writes what the user would see as JSON to $CEQUENS_RESULT; eglot.test.ts checks it.
(require 'json)
(require 'cl-lib)

(defvar cequens-result nil)
(defun cequens-record (key value) (push (cons key value) cequens-result))

(defun cequens-wait (what predicate)
  (with-timeout (20 (error "timed out waiting for %s" what))
    (while (not (funcall predicate)) (accept-process-output nil 0.05))))

(defun cequens-open (file)
  (find-file (expand-file-name file (getenv "CEQUENS_FIXTURES")))
  ;; eglot-ensure connects after the command that opened the file: --batch runs no command loop.
  (run-hooks 'post-command-hook)
  (cequens-wait (format "eglot to manage %s" file) #'eglot-managed-p))

(defun cequens-hover ()
  "What eldoc shows at point: the card, or \"\" where the server has none."
  (let (hover)
    (eglot-hover-eldoc-function (lambda (info &rest _) (setq hover (or info ""))))
    (cequens-wait "the hover" (lambda () hover))
    (substring-no-properties hover)))

(defun cequens-hover-at (code)
  "The hover at CODE where the code compares it (\"=== CODE\")."
  (goto-char (point-min))
  (search-forward (concat "=== " code))
  (backward-char 1)
  (cequens-hover))

(defun cequens-symbols (query)
  "The look-up: workspace symbols matching QUERY, as xref-find-apropos lists them."
  (vconcat (mapcar (lambda (xref)
                     (list (cons 'text (xref-item-summary xref))
                           (cons 'file (xref-location-group (xref-item-location xref)))))
                   (xref-backend-apropos 'eglot query))))

(defun cequens-run ()
  (cequens-open "send.js")
  (cequens-record 'languageId (eglot--language-id (eglot-current-server)))
  (goto-char (point-min))
  (search-forward "131047")
  (backward-char 2)
  ;; Hover: what eldoc shows.
  (cequens-record 'hover (cequens-hover))
  ;; The quick fix, picked from the menu as a user would.
  (let ((last-nonmenu-event ?a) titles)
    (cl-letf (((symbol-function 'completing-read)
               (lambda (_prompt items &rest _)
                 (setq titles (mapcar #'car items))
                 (seq-find (lambda (title) (string-prefix-p "Insert handler for 131047" title)) titles))))
      (eglot-code-actions (point) nil nil t))
    (cequens-record 'actions (vconcat titles)))
  (cequens-record 'fixed (buffer-substring-no-properties (point-min) (point-max)))
  ;; Insert a handler, the server's command: the server sends the edit (workspace/applyEdit).
  (let ((lines (count-lines (point-min) (point-max))))
    ;; eglot asks before it applies an edit the server sends: the user says yes.
    (advice-add 'y-or-n-p :override (lambda (prompt) (cequens-record 'confirm prompt) t))
    (eglot-execute-command (eglot-current-server) 'cequens.server.insertHandler
                           (vector (eglot--TextDocumentPositionParams)))
    (cequens-wait "the command to insert the handler" (lambda () (> (count-lines (point-min) (point-max)) lines)))
    (cequens-record 'insertedLines (- (count-lines (point-min) (point-max)) lines)))
  ;; The look-up: workspace symbols, as xref-find-apropos lists them.
  (cequens-record 'symbols (cequens-symbols "re-engagement"))
  ;; A log's problems.
  (cequens-open "gateway.log")
  (cequens-record 'logLanguageId (eglot--language-id (eglot-current-server)))
  (flymake-start)
  (cequens-wait "the problems of the log" #'flymake-diagnostics)
  (cequens-record 'diagnostics (vconcat (mapcar #'flymake-diagnostic-text (flymake-diagnostics))))
  ;; The folder's team catalog (.cequens/catalog.json, read once the server has started).
  (cequens-open "team.js")
  (cequens-wait "the team catalog to be read" (lambda () (not (string-empty-p (cequens-hover-at "9001")))))
  (cequens-record 'teamAdded (cequens-hover-at "9001"))
  (cequens-record 'teamOverridden (cequens-hover-at "470"))
  (cequens-record 'teamSilenced (cequens-hover-at "131026"))
  (cequens-record 'teamSymbols (cequens-symbols "WA_TEMPLATE")))

(condition-case err
    (cequens-run)
  (error (cequens-record 'error (error-message-string err))))
(with-temp-file (getenv "CEQUENS_RESULT")
  (insert (json-encode cequens-result)))
(kill-emacs 0)
